package dk.loeft.enrolment.completion;

import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import org.springframework.security.access.AccessDeniedException;

/** Who may do what here: the forvaltning registers attendance, results and progress. */
final class CompletionAccess {

    private CompletionAccess() {}

    static LoeftUser user() {
        return Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
    }

    static LoeftUser requireAdmin() {
        LoeftUser user = user();
        if (!user.is(Role.KOMMUNE_ADMIN)) {
            throw new AccessDeniedException("Kun forvaltningen registrerer fremmøde og resultater");
        }
        return user;
    }
}
