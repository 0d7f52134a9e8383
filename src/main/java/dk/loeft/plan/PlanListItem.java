package dk.loeft.plan;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A plan in the list: its latest version's title, years and status, and which version is approved now. */
public record PlanListItem(
        UUID planId,
        int kommuneCode,
        String kommuneName,
        String title,
        int firstYear,
        int lastYear,
        int versionNo,
        PlanStatus status,
        @Nullable Integer approvedVersionNo) {}
