package dk.loeft.plan;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A coverage goal of the plan: for the kommune, an area or an institution, either a share to reach
 * (85 %) or a rise in percentage points (+10), by a year.
 *
 * @param scopeId the area or institution; null for the kommune
 */
public record CoverageGoal(
        Scope scope, @Nullable UUID scopeId, String scopeName, Kind kind, BigDecimal value, int year) {

    public enum Scope {
        KOMMUNE,
        AREA,
        INSTITUTION
    }

    public enum Kind {
        /** Reach this share in percent. */
        SHARE,
        /** Rise by this many percentage points. */
        POINTS
    }
}
