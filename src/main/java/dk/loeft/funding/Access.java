package dk.loeft.funding;

import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import java.util.Arrays;
import org.springframework.security.access.AccessDeniedException;

/** Who may do what with the pool: the ministry changes and allocates; kommune roles read their own grants. */
final class Access {

    private Access() {}

    static LoeftUser require(Role... roles) {
        LoeftUser user = Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
        if (Arrays.stream(roles).noneMatch(user::is)) {
            throw new AccessDeniedException("Rollen " + user.role() + " har ikke adgang");
        }
        return user;
    }

    static LoeftUser national() {
        return require(Role.NATIONAL);
    }
}
