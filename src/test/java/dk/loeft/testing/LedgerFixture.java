package dk.loeft.testing;

import dk.loeft.platform.tenancy.Tenancy;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Grant entries and expenditure written straight into a kommune's ledger, as publishing an
 * allocation and a finance import would leave them.
 */
public final class LedgerFixture {

    public static final UUID ROUND_2023 = UUID.fromString("6b1f3c1e-2a41-4c55-9a0e-000000002023");
    public static final UUID ROUND_2024 = UUID.fromString("6b1f3c1e-2a41-4c55-9a0e-000000002024");

    private LedgerFixture() {}

    public static UUID grant(JdbcClient jdbc, int kommune, UUID round, int year, long kroner) {
        UUID id = UUID.randomUUID();
        Tenancy.runAs(Integer.toString(kommune), () -> jdbc.sql("""
                        insert into grant_entry (id, kommune_code, funding_round, year, kind, amount_oere, recorded_by, recorded_at)
                        values (:id, :k, :round, :year, 'GRANT', :amount, 'ministeriet', :at)""")
                .param("id", id)
                .param("k", kommune)
                .param("round", round)
                .param("year", year)
                .param("amount", kroner * 100)
                .param("at", Timestamp.from(Instant.now()))
                .update());
        return id;
    }

    /**
     * Makes the kommune's grants exactly Rødovre's three yearly grants from its plan (seed 001):
     * 533.000, 1.030.000 and 976.000 kr. The demo data has already booked grants for every kommune,
     * so these are first cancelled by corrections, as the ministry would correct them.
     */
    public static void roedovresGrants(JdbcClient jdbc, int kommune) {
        Tenancy.runAs(Integer.toString(kommune), () -> jdbc.sql("""
                        insert into grant_entry (id, kommune_code, funding_round, year, kind, amount_oere, note,
                                                 recorded_by, recorded_at)
                        select gen_random_uuid(), kommune_code, funding_round, year, 'CORRECTION', -sum(amount_oere),
                               'Testopsætning', 'ministeriet', :at
                        from grant_entry
                        where kommune_code = :k
                        group by kommune_code, funding_round, year
                        having sum(amount_oere) <> 0""")
                .param("k", kommune)
                .param("at", Timestamp.from(Instant.now()))
                .update());
        grant(jdbc, kommune, ROUND_2023, 2023, 533_000);
        grant(jdbc, kommune, ROUND_2024, 2024, 1_030_000);
        grant(jdbc, kommune, ROUND_2024, 2025, 976_000);
    }

    public static UUID expenditure(
            JdbcClient jdbc, int kommune, LocalDate on, long oere, String category, String voucher, String initiative) {
        UUID id = UUID.randomUUID();
        Tenancy.runAs(Integer.toString(kommune), () -> jdbc.sql("""
                        insert into expenditure (id, kommune_code, booked_on, amount_oere, cost_category, voucher,
                                                 initiative, recorded_by, recorded_at)
                        values (:id, :k, :on, :amount, :category, :voucher, :initiative, 'test', :at)""")
                .param("id", id)
                .param("k", kommune)
                .param("on", on)
                .param("amount", oere)
                .param("category", category)
                .param("voucher", voucher)
                .param("initiative", initiative)
                .param("at", Timestamp.from(Instant.now()))
                .update());
        return id;
    }

    /** Everything the kommune has spent, in øre. */
    public static long spentOere(JdbcClient jdbc, int kommune) {
        return Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql(
                        "select coalesce(sum(amount_oere), 0) from expenditure where kommune_code = :k")
                .param("k", kommune)
                .query(Long.class)
                .single());
    }

    public static long expenditureCount(JdbcClient jdbc, int kommune) {
        return Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql("select count(*) from expenditure where kommune_code = :k")
                .param("k", kommune)
                .query(Long.class)
                .single());
    }
}
