package dk.loeft.funding;

import static dk.loeft.testing.LedgerFixture.ROUND_2023;
import static dk.loeft.testing.LedgerFixture.ROUND_2024;
import static dk.loeft.testing.TestUsers.actingAs;
import static dk.loeft.testing.TestUsers.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.loeft.IntegrationTest;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.testing.LedgerFixture;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What approved plans commit reaches the ledger: the newest approval of each plan counts, earlier ones stay as history. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitmentsIntegrationTests {

    static final int K = 217;
    static final int OTHER = 219;

    @Autowired
    LedgerService ledgers;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void grants() {
        LedgerFixture.roedovresGrants(jdbc, K);
    }

    private static GrantLedger.Commitment kr(UUID round, int year, long kroner) {
        return new GrantLedger.Commitment(round, year, kroner * 100);
    }

    private GrantLedger ledger() {
        return actingAs(admin(K), () -> ledgers.ledger(K));
    }

    private long committedIn(int year) {
        return ledger().years().stream()
                .filter(y -> y.year() == year)
                .findFirst()
                .orElseThrow()
                .committedOere();
    }

    @Test
    void theNewestApprovedVersionOfEachPlanIsWhatIsCommitted() {
        UUID plan = UUID.randomUUID();
        UUID secondPlan = UUID.randomUUID();
        long before2024 = committedIn(2024);
        long before2025 = committedIn(2025);

        actingAs(
                admin(K),
                () -> ledgers.commit(new PlanCommitment(
                        K,
                        plan,
                        1,
                        "Plan 2023-25",
                        LocalDate.of(2024, 3, 12),
                        List.of(
                                kr(ROUND_2023, 2023, 137_000),
                                kr(ROUND_2024, 2024, 1_005_500),
                                kr(ROUND_2024, 2025, 672_500)),
                        "test")));
        assertThat(committedIn(2024) - before2024).isEqualTo(100_550_000L);

        actingAs(
                admin(K),
                () -> ledgers.commit(new PlanCommitment(
                        K,
                        plan,
                        2,
                        "Plan 2023-25",
                        LocalDate.of(2024, 9, 1),
                        List.of(kr(ROUND_2024, 2024, 900_000)),
                        "test")));
        actingAs(
                admin(K),
                () -> ledgers.commit(new PlanCommitment(
                        K,
                        secondPlan,
                        1,
                        "Lederplan",
                        LocalDate.of(2024, 9, 2),
                        List.of(kr(ROUND_2024, 2024, 50_000)),
                        "test")));

        GrantLedger ledger = ledger();
        assertThat(committedIn(2024) - before2024).isEqualTo(95_000_000L);
        assertThat(committedIn(2025) - before2025)
                .as("version 2 commits nothing in 2025")
                .isZero();
        assertThat(ledger.totals().committedOere())
                .isEqualTo(ledger.years().stream()
                        .mapToLong(GrantLedger.Year::committedOere)
                        .sum());
        assertThat(ledger.totals().uncommittedOere())
                .isEqualTo(ledger.totals().grantedOere() - ledger.totals().committedOere());
        long sets = Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql("select count(*) from commitment_set where plan_id = :p")
                .param("p", plan)
                .query(Long.class)
                .single());
        assertThat(sets).as("the first approval stays in the history").isEqualTo(2);
    }

    @Test
    void commitmentsCannotBeChangedOrWrittenForAnotherKommune() {
        UUID plan = UUID.randomUUID();
        actingAs(
                admin(K),
                () -> ledgers.commit(new PlanCommitment(
                        K, plan, 1, "Plan", LocalDate.of(2024, 1, 5), List.of(kr(ROUND_2024, 2024, 10_000)), "test")));

        assertThatThrownBy(() -> Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql(
                                "update commitment_line set amount_oere = 0 where kommune_code = :k")
                        .param("k", K)
                        .update()))
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> actingAs(
                        admin(K),
                        () -> ledgers.commit(new PlanCommitment(
                                OTHER,
                                UUID.randomUUID(),
                                1,
                                "Plan",
                                LocalDate.of(2024, 1, 5),
                                List.of(kr(ROUND_2024, 2024, 1)),
                                "test"))))
                .rootCause()
                .hasMessageContaining("row-level security");
    }
}
