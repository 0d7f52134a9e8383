package dk.loeft.plan;

import java.util.List;
import java.util.UUID;

/** Reads plan versions for the projection, the scenarios and the document. Tenancy applies: another kommune's plan is not found. */
public interface PlanVersions {

    /** One version, whole; {@link dk.loeft.platform.NotFoundException} when it does not exist or is not readable. */
    PlanContent content(UUID planId, int versionNo);

    /** Every version of every plan of a kommune, newest plan and version first. */
    List<PlanVersionSummary> versionsOf(int kommuneCode);
}
