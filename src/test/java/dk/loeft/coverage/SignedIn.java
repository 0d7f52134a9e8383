package dk.loeft.coverage;

import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Test users of each role, and running work as one of them (security context and tenancy). */
final class SignedIn {

    private SignedIn() {}

    static LoeftUser admin(int kommune) {
        return user(Role.KOMMUNE_ADMIN, kommune, Set.of(), null);
    }

    static LoeftUser finance(int kommune) {
        return user(Role.FINANCE, kommune, Set.of(), null);
    }

    static LoeftUser leader(int kommune, Set<UUID> institutions) {
        return user(Role.LEADER, kommune, institutions, null);
    }

    static LoeftUser staff(int kommune, UUID staffId) {
        return user(Role.STAFF, kommune, Set.of(), staffId);
    }

    static LoeftUser national() {
        return user(Role.NATIONAL, null, Set.of(), null);
    }

    static LoeftUser user(Role role, @Nullable Integer kommune, Set<UUID> institutions, @Nullable UUID staffId) {
        String name = role.name().toLowerCase() + "." + kommune;
        return new LoeftUser(
                UUID.randomUUID(),
                name,
                null,
                "Test " + name,
                role,
                kommune,
                kommune == null ? null : "Testkommune " + kommune,
                institutions,
                staffId,
                true,
                false,
                null);
    }

    /** Runs the work signed in as the user, with the database scoped to the user's kommune. */
    static <T> T as(LoeftUser user, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return Tenancy.runAs(user.tenantScope(), work);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    static void as(LoeftUser user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }
}
