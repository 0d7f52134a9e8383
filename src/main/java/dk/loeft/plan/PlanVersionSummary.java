package dk.loeft.plan;

import java.util.UUID;

/** A plan version in a list: which plan, which version, its title and status. */
public record PlanVersionSummary(
        UUID planId, int versionNo, String title, int firstYear, int lastYear, PlanStatus status) {}
