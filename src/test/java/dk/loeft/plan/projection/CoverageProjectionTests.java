package dk.loeft.plan.projection;

import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.plan.InitiativeKind;
import dk.loeft.plan.PlannedInitiative;
import dk.loeft.testing.RoedovrePlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CoverageProjectionTests {

    static final Baseline HUNDRED_SIXTY = new Baseline(LocalDate.of(2026, 6, 30), bd("100"), bd("60"));
    static final BigDecimal GOAL = bd("0.85");

    @Test
    void aMeritCohortRaisesTheShareInTheYearItCompletesByHand() {
        // 10 start in August 2026, 36 months: complete August 2029. 10 × 85 % × 0,8 FTE = 6,8 FTE.
        var noTurnover = new ProjectionAssumptions(bd("0.80"), bd("0.85"), BigDecimal.ZERO, bd("0.80"));
        Projection p = CoverageProjection.project(
                List.of(initiative(InitiativeKind.MERIT_NET, LocalDate.of(2026, 8, 1), 36, 2026, 10)),
                HUNDRED_SIXTY,
                noTurnover,
                GOAL);

        assertThat(p.years()).extracting(ProjectionYear::year).containsExactly(2026, 2027, 2028, 2029, 2030);
        assertThat(p.years())
                .extracting(ProjectionYear::share)
                .containsExactly(bd("0.600000"), bd("0.600000"), bd("0.600000"), bd("0.668000"), bd("0.668000"));
        assertThat(p.years().get(3).completions()).isEqualByComparingTo("8.5");
        assertThat(p.years().get(3).completedFte()).isEqualByComparingTo("6.8");
        assertThat(p.totalCompletions()).isEqualByComparingTo("8.5");
        assertThat(p.reachesGoal()).isFalse();
    }

    @Test
    void turnoverAmongTheEducatedLowersTheShareByHand() {
        // 10 % leave each year, half of the replacements are educated: 5 % of the educated FTE lost a year.
        var turnover = new ProjectionAssumptions(bd("0.80"), bd("0.85"), bd("0.10"), bd("0.50"));
        Projection p = CoverageProjection.project(
                List.of(initiative(InitiativeKind.MERIT_NET, LocalDate.of(2026, 8, 1), 36, 2026, 10)),
                HUNDRED_SIXTY,
                turnover,
                GOAL);

        // 2027: 60 − 3 = 57; 2028: 57 − 2,85 = 54,15; 2029: 54,15 − 2,7075 + 6,8 = 58,2425;
        // 2030: 58,2425 − 2,912125 (→ 2,9121) = 55,3304.
        assertThat(p.years())
                .extracting(ProjectionYear::educatedFte)
                .containsExactly(bd("60.0000"), bd("57.0000"), bd("54.1500"), bd("58.2425"), bd("55.3304"));
        assertThat(p.years().get(4).turnoverFte()).isEqualByComparingTo("2.9121");
        assertThat(p.finalShare()).isEqualByComparingTo("0.553304");
    }

    @Test
    void withoutInitiativesAndWithoutTurnoverTheShareStaysFlat() {
        var noTurnover = new ProjectionAssumptions(bd("0.80"), bd("0.85"), BigDecimal.ZERO, bd("0.80"));
        Projection p = CoverageProjection.project(List.of(), HUNDRED_SIXTY, noTurnover, GOAL);

        assertThat(p.years()).hasSize(5).allSatisfy(y -> assertThat(y.share()).isEqualByComparingTo("0.6"));
    }

    @Test
    void onlyProgrammesLeadingToPaedagogOrPauMoveAnyoneToEducated() {
        var noTurnover = new ProjectionAssumptions(bd("1"), bd("1"), BigDecimal.ZERO, bd("1"));
        Projection p = CoverageProjection.project(
                List.of(
                        initiative(InitiativeKind.DIPLOMA_MODULE, LocalDate.of(2027, 1, 1), 6, 2027, 24),
                        initiative(InitiativeKind.SHORT_COURSE_UNSKILLED, LocalDate.of(2027, 1, 1), 2, 2027, 48),
                        initiative(InitiativeKind.PAU_EUV2, LocalDate.of(2027, 1, 1), 24, 2027, 5)),
                HUNDRED_SIXTY,
                noTurnover,
                GOAL);

        assertThat(p.totalCompletions()).isEqualByComparingTo("5");
        assertThat(p.years().get(3).educatedFte()).isEqualByComparingTo("65");
    }

    @Test
    void cohortsCompletedBeforeTheBaselineAreInItAlreadyAndLaterOnesInTheBaselineYearCountNextYear() {
        var noTurnover = new ProjectionAssumptions(bd("1"), bd("1"), BigDecimal.ZERO, bd("1"));
        var intake = new TreeMap<Integer, Integer>();
        intake.put(2023, 9); // completes August 2026: after the baseline of 30 June 2026
        intake.put(2022, 4); // completes August 2025: already counted in today's figures
        Projection p = CoverageProjection.project(
                List.of(initiative(InitiativeKind.MERIT_NET, LocalDate.of(2022, 8, 1), 36, intake)),
                HUNDRED_SIXTY,
                noTurnover,
                GOAL);

        assertThat(p.years().get(1).completions()).isEqualByComparingTo("9");
        assertThat(p.totalCompletions()).isEqualByComparingTo("9");
    }

    @Test
    void theEducatedNeverExceedThePedagogicalStaff() {
        var all = new ProjectionAssumptions(bd("1"), bd("1"), BigDecimal.ZERO, bd("1"));
        Projection p = CoverageProjection.project(
                List.of(initiative(InitiativeKind.MERIT_NET, LocalDate.of(2026, 8, 1), 12, 2026, 100)),
                HUNDRED_SIXTY,
                all,
                GOAL);

        assertThat(p.finalShare()).isEqualByComparingTo("1");
        assertThat(p.reachesGoal()).isTrue();
    }

    @Test
    void roedovresGoalOf85PercentIsTheGoalLineAndItsLaterMeritCohortCounts() {
        Projection p = CoverageProjection.project(
                RoedovrePlan.content(), HUNDRED_SIXTY, ProjectionAssumptions.DEFAULTS, bd("0.80"));

        assertThat(p.goal()).isEqualByComparingTo("0.85");
        // 2023's nine complete August 2026 (after the baseline, so in the first projected year), 2024's ten
        // August 2027: (9 + 10) × 85 % in 2027.
        assertThat(p.years().get(1).completions()).isEqualByComparingTo("16.15");
        assertThat(p.years().get(2).completions()).isEqualByComparingTo("0");
    }

    @Test
    void withoutPedagogicalStaffThereIsNoShare() {
        Projection p = CoverageProjection.project(
                List.of(),
                new Baseline(LocalDate.of(2026, 1, 1), BigDecimal.ZERO, BigDecimal.ZERO),
                ProjectionAssumptions.DEFAULTS,
                GOAL);

        assertThat(p.finalShare()).isNull();
        assertThat(p.reachesGoal()).isFalse();
    }

    static PlannedInitiative initiative(InitiativeKind kind, LocalDate start, int months, int year, int seats) {
        var intake = new TreeMap<Integer, Integer>();
        intake.put(year, seats);
        return initiative(kind, start, months, intake);
    }

    static PlannedInitiative initiative(
            InitiativeKind kind, LocalDate start, int months, TreeMap<Integer, Integer> intake) {
        return new PlannedInitiative(
                UUID.randomUUID(),
                kind.name(),
                kind,
                false,
                "",
                Set.of(),
                "",
                start,
                start.plusMonths(months),
                months,
                intake,
                "",
                List.of());
    }

    static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
