package dk.loeft.plan;

import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may read a kommune's plans, their projection, scenarios and document: the ministry, the
 * forvaltning, økonomi and leaders; staff are refused. Which kommune is visible is
 * the tenancy's business ({@link dk.loeft.plan.PlanVersions}).
 */
public final class PlanReaders {

    private PlanReaders() {}

    public static LoeftUser require() {
        LoeftUser user = Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
        if (user.is(Role.STAFF)) {
            throw new AccessDeniedException("Rollen " + user.role() + " læser ikke planer");
        }
        return user;
    }
}
