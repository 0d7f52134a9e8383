package dk.loeft.plan;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where one kommune stands with its plan, for the national view: the newest plan's latest version
 * and the version approved now (with the date of approval); all null when the kommune has no plan.
 */
public record KommunePlanStatus(
        int kommuneCode,
        String kommuneName,
        @Nullable UUID planId,
        @Nullable String title,
        @Nullable Integer versionNo,
        @Nullable PlanStatus status,
        @Nullable Integer approvedVersionNo,
        @Nullable LocalDate approvedOn) {}
