package dk.loeft.plan.projection;

import dk.loeft.plan.FundingSourceKind;
import dk.loeft.plan.PlanContent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * One plan variant in a comparison: its projection, what it costs and what each percentage point of
 * coverage it adds by 2030 costs. The points are measured against the same kommune without the
 * plan (same baseline and assumptions, no completions), so turnover does not count against the
 * plan.
 *
 * @param pointsGained percentage points the plan adds by the horizon; null without pedagogical staff
 */
public record Scenario(
        PlanContent plan,
        Projection projection,
        long poolOere,
        long totalOere,
        @Nullable BigDecimal pointsGained) {

    private static final int POINTS_SCALE = 4;

    static Scenario of(PlanContent plan, Projection projection, Projection withoutPlan) {
        long pool = plan.allCosts()
                .filter(line -> line.source().kind() == FundingSourceKind.POOL)
                .mapToLong(line -> line.amountOere())
                .sum();
        BigDecimal withPlan = projection.finalShare();
        BigDecimal without = withoutPlan.finalShare();
        BigDecimal points = withPlan == null || without == null
                ? null
                : withPlan.subtract(without).movePointRight(2).setScale(POINTS_SCALE, RoundingMode.HALF_UP);
        return new Scenario(plan, projection, pool, plan.totalOere(), points);
    }

    /** Total cost (all sources) per percentage point gained, in whole kroner (as øre); null when nothing is gained. */
    public @Nullable Long totalPerPointOere() {
        return perPoint(totalOere);
    }

    /** Pool money per percentage point gained, in whole kroner (as øre); null when nothing is gained. */
    public @Nullable Long poolPerPointOere() {
        return perPoint(poolOere);
    }

    private @Nullable Long perPoint(long oere) {
        if (pointsGained == null || pointsGained.signum() <= 0) {
            return null;
        }
        return BigDecimal.valueOf(oere, 2)
                .divide(pointsGained, 0, RoundingMode.HALF_UP)
                .movePointRight(2)
                .longValueExact();
    }
}
