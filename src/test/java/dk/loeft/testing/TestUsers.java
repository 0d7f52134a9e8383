package dk.loeft.testing;

import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in users for tests, built directly as principals (no account row needed). */
public final class TestUsers {

    private TestUsers() {}

    public static LoeftUser admin(int kommune) {
        return user(Role.KOMMUNE_ADMIN, kommune, Set.of(), null);
    }

    public static LoeftUser finance(int kommune) {
        return user(Role.FINANCE, kommune, Set.of(), null);
    }

    public static LoeftUser leader(int kommune, UUID... institutions) {
        return user(Role.LEADER, kommune, Set.of(institutions), null);
    }

    public static LoeftUser staff(int kommune, @Nullable UUID staffId) {
        return user(Role.STAFF, kommune, Set.of(), staffId);
    }

    public static LoeftUser national() {
        return new LoeftUser(
                UUID.randomUUID(),
                "test-national",
                null,
                "Test Ministeriet",
                Role.NATIONAL,
                null,
                null,
                Set.of(),
                null,
                true,
                false,
                null);
    }

    public static LoeftUser user(Role role, int kommune, Set<UUID> institutions, @Nullable UUID staffId) {
        String name = "test-" + role.name().toLowerCase() + "-" + kommune;
        return new LoeftUser(
                UUID.randomUUID(),
                name,
                null,
                "Test " + role.name(),
                role,
                kommune,
                "Testkommune " + kommune,
                institutions,
                staffId,
                true,
                false,
                null);
    }

    /** For MockMvc: the request is made as this signed-in user (a session login). */
    public static RequestPostProcessor as(LoeftUser user) {
        return SecurityMockMvcRequestPostProcessors.user(user);
    }

    /** Runs work in the test thread as the user, in the user's kommune (for setting up data). */
    public static <T> T actingAs(LoeftUser user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return Tenancy.runAs(user.tenantScope(), work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void actingAs(LoeftUser user, Runnable work) {
        actingAs(user, () -> {
            work.run();
            return null;
        });
    }
}
