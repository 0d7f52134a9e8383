package dk.loeft.plan.projection;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A plan version's projected coverage year by year to {@link CoverageProjection#HORIZON}, with the
 * goal it is measured against (as a share).
 *
 * @param years the baseline year first, then each later year to the horizon
 * @param shareWithoutPlan the share at the horizon on the same assumptions without the plan's completions
 */
public record Projection(
        Baseline baseline,
        ProjectionAssumptions assumptions,
        List<ProjectionYear> years,
        BigDecimal goal,
        @Nullable BigDecimal shareWithoutPlan) {

    public Projection {
        years = List.copyOf(years);
    }

    public ProjectionYear last() {
        return years.getLast();
    }

    public @Nullable BigDecimal finalShare() {
        return last().share();
    }

    /** Participants expected to complete over the whole projection. */
    public BigDecimal totalCompletions() {
        return years.stream().map(ProjectionYear::completions).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean reachesGoal() {
        BigDecimal share = finalShare();
        return share != null && share.compareTo(goal) >= 0;
    }
}
