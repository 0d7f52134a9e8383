package dk.loeft.testing;

import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in users for MockMvc tests, built directly as principals (no account row needed). */
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
                "test-national-" + UUID.randomUUID(),
                null,
                "Test Ministeriet",
                Role.NATIONAL,
                null,
                Set.of(),
                null,
                true,
                false);
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
                institutions,
                staffId,
                true,
                false);
    }

    public static RequestPostProcessor as(LoeftUser user) {
        return SecurityMockMvcRequestPostProcessors.user(user);
    }
}
