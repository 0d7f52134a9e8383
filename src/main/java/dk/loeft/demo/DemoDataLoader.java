package dk.loeft.demo;

import dk.loeft.platform.security.Role;
import dk.loeft.platform.security.UserAccount;
import dk.loeft.platform.security.UserAccountRepository;
import dk.loeft.platform.tenancy.Tenancy;
import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data on first start of the embedded database (never into an external database
 * unless {@code LOEFT_DEMO_DATA=true}). It runs once: when any account exists, it does nothing.
 */
@Component
class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    static final String DEMO_PASSWORD = "demo1234";

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final TransactionTemplate tx;
    private final Environment environment;
    private final Clock clock;

    DemoDataLoader(
            UserAccountRepository accounts,
            PasswordEncoder passwords,
            TransactionTemplate tx,
            Environment environment,
            Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.tx = tx;
        this.environment = environment;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadOnFirstStart() {
        String setting = environment.getProperty("loeft.demo.enabled", "auto");
        boolean embedded = environment.getProperty("loeft.embedded-db.active", Boolean.class, false);
        boolean wanted = "true".equalsIgnoreCase(setting) || ("auto".equalsIgnoreCase(setting) && embedded);
        if (!wanted || accounts.count() > 0) {
            return;
        }
        Tenancy.runAs(Tenancy.ALL, () -> tx.executeWithoutResult(status -> load()));
    }

    private void load() {
        String hash = passwords.encode(DEMO_PASSWORD);
        var now = clock.instant();
        accounts.save(
                UserAccount.create("ministeriet", hash, "Mette Ministeriel", Role.NATIONAL, null, Set.of(), null, now));
        log.info("Demo data loaded");
    }
}
