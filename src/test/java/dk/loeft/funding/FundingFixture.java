package dk.loeft.funding;

import static dk.loeft.testing.TestUsers.actingAs;
import static dk.loeft.testing.TestUsers.national;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.IntToLongFunction;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Keys and allocations of round 2026-2030 for tests, created as the ministry through the real services. */
final class FundingFixture {

    static final UUID ROUND_2026 = UUID.fromString("6b1f3c1e-2a41-4c55-9a0e-000000002026");

    final AllocationKeys keys;
    final Allocations allocations;
    final JdbcClient jdbc;

    FundingFixture(ApplicationContext context) {
        this.keys = context.getBean(AllocationKeys.class);
        this.allocations = context.getBean(Allocations.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    Map<Integer, Long> kommuner(IntToLongFunction children) {
        Map<Integer, Long> key = new TreeMap<>();
        jdbc.sql("select code from kommune order by code")
                .query(Integer.class)
                .list()
                .forEach(code -> key.put(code, children.applyAsLong(code)));
        return key;
    }

    static String csv(Map<Integer, Long> key) {
        StringBuilder csv = new StringBuilder("kommunekode;børn\n");
        key.forEach((code, n) -> csv.append(code).append(';').append(n).append('\n'));
        return csv.toString();
    }

    UUID key(String name, Map<Integer, Long> children) {
        KeyImportResult result = actingAs(
                national(),
                () -> keys.importFile(
                        new KeyDetails(name, 0, 5, 2026, "Test"),
                        "test.csv",
                        csv(children).getBytes(StandardCharsets.UTF_8)));
        if (!result.imported()) {
            throw new IllegalStateException(result.problems().toString());
        }
        return result.keyId();
    }

    /** Discards whatever preview of round 2026 another test left, so a new one can be made. */
    void noPreview() {
        actingAs(national(), () -> allocations.all().stream()
                .filter(a -> a.roundId().equals(ROUND_2026) && a.status() == AllocationStatus.PREVIEW)
                .forEach(a -> allocations.discard(a.id(), a.version())));
    }

    Allocation allocate(UUID key, int from, int to) {
        noPreview();
        return actingAs(national(), () -> allocations.create(ROUND_2026, key, from, to));
    }

    Allocation publish(UUID key, int from, int to) {
        Allocation created = allocate(key, from, to);
        actingAs(national(), () -> allocations.publish(created.id(), created.version()));
        return created;
    }

    long booked(int kommune, UUID round, int year) {
        return jdbc.sql("""
                        select coalesce(sum(amount_oere), 0) from grant_entry
                         where kommune_code = :k and funding_round = :r and year = :y""")
                .param("k", kommune)
                .param("r", round)
                .param("y", year)
                .query(Long.class)
                .single();
    }
}
