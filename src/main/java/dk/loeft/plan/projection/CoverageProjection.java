package dk.loeft.plan.projection;

import dk.loeft.plan.CoverageGoal;
import dk.loeft.plan.PlanContent;
import dk.loeft.plan.PlannedInitiative;
import dk.loeft.staff.StaffRole;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The coverage (R11) a plan reaches year by year to 2030: pure, exact arithmetic in BigDecimal.
 *
 * <ul>
 *   <li>The pedagogical FTE stay as measured on the baseline date.
 *   <li>A cohort (an initiative's intake in year Y) starts on the initiative's start day and month
 *       in year Y and completes {@code monthsPerParticipant} months later. Only programmes whose
 *       graduates become pædagog or PAU ({@code graduatesAs()}) move anyone from unskilled to
 *       educated: completions × completion rate × FTE per participant, never above the
 *       pedagogical FTE. A cohort completing on or before the baseline date is in the baseline
 *       already; one completing later in the baseline year counts in the first projected year.
 *   <li>Each projected year first loses educated FTE × turnover × (1 − educated share of hires),
 *       then gains the year's completions.
 *   <li>FTE are kept to 4 decimals (HALF_UP) as in the coverage module, shares to 6.
 * </ul>
 */
public final class CoverageProjection {

    /** The last year projected: the pool's period ends in 2030. */
    public static final int HORIZON = 2030;

    static final int FTE_SCALE = 4;
    private static final int SHARE_SCALE = 6;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CoverageProjection() {}

    /**
     * @param fallbackGoal the kommune's coverage target, used when the plan has no goal for the kommune
     */
    public static Projection project(
            PlanContent plan, Baseline baseline, ProjectionAssumptions assumptions, BigDecimal fallbackGoal) {
        return project(plan.initiatives(), baseline, assumptions, goal(plan, baseline, fallbackGoal));
    }

    public static Projection project(
            List<PlannedInitiative> initiatives,
            Baseline baseline,
            ProjectionAssumptions assumptions,
            BigDecimal goal) {
        int baseYear = baseline.date().getYear();
        Map<Integer, BigDecimal> completions = completionsByYear(initiatives, baseline.date(), assumptions);
        BigDecimal pedagogical = Baseline.fte(baseline.pedagogicalFte());
        BigDecimal educated = Baseline.fte(baseline.educatedFte());
        BigDecimal zero = BigDecimal.ZERO.setScale(FTE_SCALE);
        List<ProjectionYear> years = new ArrayList<>();
        years.add(new ProjectionYear(
                baseYear, pedagogical, educated, BigDecimal.ZERO, zero, zero, share(educated, pedagogical)));
        BigDecimal keptShare = BigDecimal.ONE.subtract(assumptions.educatedHireShare());
        for (int year = baseYear + 1; year <= HORIZON; year++) {
            BigDecimal turnover = educated.multiply(assumptions.turnoverRate())
                    .multiply(keptShare)
                    .setScale(FTE_SCALE, RoundingMode.HALF_UP);
            BigDecimal completed = completions.getOrDefault(year, BigDecimal.ZERO);
            BigDecimal completedFte =
                    completed.multiply(assumptions.ftePerParticipant()).setScale(FTE_SCALE, RoundingMode.HALF_UP);
            educated = educated.subtract(turnover).add(completedFte).min(pedagogical);
            years.add(new ProjectionYear(
                    year, pedagogical, educated, completed, completedFte, turnover, share(educated, pedagogical)));
        }
        BigDecimal withoutPlan = initiatives.isEmpty()
                ? years.getLast().share()
                : project(List.of(), baseline, assumptions, goal).finalShare();
        return new Projection(baseline, assumptions, years, goal, withoutPlan);
    }

    /**
     * The plan's goal for the kommune as a share: a share to reach, or a rise in points on the
     * baseline; the latest goal if there are several; otherwise the fallback.
     */
    static BigDecimal goal(PlanContent plan, Baseline baseline, BigDecimal fallbackGoal) {
        return plan.goals().stream()
                .filter(g -> g.scope() == CoverageGoal.Scope.KOMMUNE)
                .reduce((first, second) -> second.year() >= first.year() ? second : first)
                .map(g -> {
                    BigDecimal share = g.value().divide(HUNDRED, SHARE_SCALE, RoundingMode.HALF_UP);
                    BigDecimal base = baseline.share();
                    return g.kind() == CoverageGoal.Kind.SHARE || base == null ? share : base.add(share);
                })
                .orElse(fallbackGoal);
    }

    /** Participants completing by projected year: intake × completion rate of every cohort that changes a post. */
    static Map<Integer, BigDecimal> completionsByYear(
            List<PlannedInitiative> initiatives, LocalDate baselineDate, ProjectionAssumptions assumptions) {
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        for (PlannedInitiative initiative : initiatives) {
            if (!raisesCoverage(initiative)) {
                continue;
            }
            initiative.intakePerYear().forEach((startYear, intake) -> {
                LocalDate completes =
                        initiative.start().withYear(startYear).plusMonths(initiative.monthsPerParticipant());
                if (completes.isAfter(baselineDate) && completes.getYear() <= HORIZON) {
                    int year = Math.max(completes.getYear(), baselineDate.getYear() + 1);
                    byYear.merge(
                            year, BigDecimal.valueOf(intake).multiply(assumptions.completionRate()), BigDecimal::add);
                }
            });
        }
        return byYear;
    }

    static boolean raisesCoverage(PlannedInitiative initiative) {
        StaffRole post = initiative.kind().graduatesAs();
        return post == StaffRole.PAEDAGOG || post == StaffRole.PAEDAGOGISK_ASSISTENT;
    }

    static @Nullable BigDecimal share(BigDecimal educated, BigDecimal pedagogical) {
        return pedagogical.signum() == 0 ? null : educated.divide(pedagogical, SHARE_SCALE, RoundingMode.HALF_UP);
    }
}
