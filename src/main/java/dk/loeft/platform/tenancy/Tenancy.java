package dk.loeft.platform.tenancy;

import dk.loeft.platform.security.LoeftUser;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Which kommune's rows the current thread may see. The signed-in user decides it; system work
 * (start-up, demo data, listeners) states it explicitly with {@link #runAs}. The database enforces
 * it through row-level security, so a forgotten filter shows nothing rather than everything.
 */
public final class Tenancy {

    /** The value that lets the ministry and system jobs see every kommune. */
    public static final String ALL = "ALL";

    private static final ThreadLocal<@Nullable String> OVERRIDE = new ThreadLocal<>();

    private Tenancy() {}

    /** The scope for the database session: a kommune code, {@link #ALL} or empty (sees nothing). */
    static String currentScope() {
        String override = OVERRIDE.get();
        if (override != null) {
            return override;
        }
        return currentUser().map(LoeftUser::tenantScope).orElse("");
    }

    public static Optional<LoeftUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof LoeftUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** Runs work as the given kommune (code) or as {@link #ALL}, whoever is signed in. */
    public static <T> T runAs(String scope, Supplier<T> work) {
        String previous = OVERRIDE.get();
        OVERRIDE.set(scope);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }

    public static void runAs(String scope, Runnable work) {
        runAs(scope, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T asKommune(int kommuneCode, Supplier<T> work) {
        return runAs(Integer.toString(kommuneCode), work);
    }
}
