package dk.loeft.demo;

import dk.loeft.catalog.Catalog;
import dk.loeft.enrolment.Applications;
import dk.loeft.funding.AllocationKeys;
import dk.loeft.funding.Allocations;
import dk.loeft.funding.FundingRounds;
import dk.loeft.plan.Plans;
import dk.loeft.platform.security.UserAccount;
import dk.loeft.platform.security.UserAccountRepository;
import dk.loeft.platform.tenancy.Tenancy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data on first start of the embedded database (never into an external database
 * unless {@code LOEFT_DEMO_DATA=true}). It runs once: when any account exists, it does nothing.
 * Rødovre (175) and Dragør (155) get institutions, staff and children counts from
 * {@link DemoDataGenerator}; the pool's earlier rounds are allocated ({@link DemoFunding}) and expenditure booked
 * ({@link DemoExpenditure}); Rødovre gets seed 001's plan as an approved version and Dragør a draft
 * ({@link DemoPlans}); both get a catalogue of providers and published offerings ({@link DemoCatalog}); every role gets a login with the password {@value #DEMO_PASSWORD}.
 */
@Component
class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    static final String DEMO_PASSWORD = "demo1234";

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    private final Environment environment;
    private final Clock clock;
    private final DemoFunding funding;
    private final Plans plans;
    private final DemoCatalog catalog;
    private final DemoCompletion completion;
    private final Catalog catalogService;
    private final Applications applications;

    DemoDataLoader(
            UserAccountRepository accounts,
            PasswordEncoder passwords,
            TransactionTemplate tx,
            JdbcTemplate jdbc,
            Environment environment,
            Clock clock,
            FundingRounds rounds,
            AllocationKeys keys,
            Allocations allocations,
            Plans plans,
            DemoCatalog catalog,
            DemoCompletion completion,
            Catalog catalogService,
            Applications applications) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.tx = tx;
        this.jdbc = jdbc;
        this.environment = environment;
        this.clock = clock;
        this.funding = new DemoFunding(rounds, keys, allocations);
        this.plans = plans;
        this.catalog = catalog;
        this.completion = completion;
        this.catalogService = catalogService;
        this.applications = applications;
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
        long started = System.nanoTime();
        Instant now = clock.instant();
        SyntheticKommune roedovre = DemoDataGenerator.generate(DemoKommuner.ROEDOVRE);
        SyntheticKommune dragoer = DemoDataGenerator.generate(DemoKommuner.DRAGOER);
        var writer = new DemoDataWriter(jdbc);
        writer.write(roedovre, now);
        writer.write(dragoer, now);
        DemoExpenditure.write(jdbc);

        String hash = passwords.encode(DEMO_PASSWORD);
        List<UserAccount> users = DemoUsers.of(roedovre, dragoer).stream()
                .map(u -> UserAccount.create(
                        u.username(),
                        hash,
                        u.displayName(),
                        u.role(),
                        u.kommuneCode(),
                        u.institutionIds(),
                        u.staffId(),
                        now))
                .toList();
        accounts.saveAll(users);
        funding.load(jdbc.queryForList("select code from kommune order by code", Integer.class));
        plans.create(DemoPlans.roedovreApproved(), "forvaltning.roedovre");
        plans.create(DemoPlans.dragoerDraft(), "forvaltning.dragoer");
        catalog.load(roedovre, dragoer);
        DemoEnrolment.load(users, catalogService, applications, jdbc, clock);
        completion.load(jdbc);
        DemoEvaluations.load(jdbc, now);
        log.info(
                "Demo data loaded in {} ms: Rødovre {} institutions and {} staff, Dragør {} institutions and {} staff, {} users",
                (System.nanoTime() - started) / 1_000_000,
                roedovre.institutions().size(),
                roedovre.staff().size(),
                dragoer.institutions().size(),
                dragoer.staff().size(),
                users.size());
    }
}
