package dk.loeft.funding.web;

import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import java.util.Arrays;
import org.springframework.security.access.AccessDeniedException;

/** Which roles may open a page; everyone else gets 403. */
final class PageAccess {

    private PageAccess() {}

    static LoeftUser require(Role... roles) {
        LoeftUser user = Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
        if (Arrays.stream(roles).noneMatch(user::is)) {
            throw new AccessDeniedException("Rollen " + user.role() + " har ikke adgang");
        }
        return user;
    }
}
