package dk.loeft.funding;

import dk.loeft.institution.InstitutionService;
import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national allocation: the ministry apportions some years of a round by a key
 * ({@link LargestRemainder}), checks the preview and publishes it, which books each kommune's grant
 * in the ledger (grant_entry: a GRANT the first time, afterwards a CORRECTION with the difference).
 * Only one preview per round at a time, so the ministry never publishes the wrong one of two.
 * Kommuner read their own published allocations, letters and grants.
 */
@Service
public class Allocations {

    private final AllocationRepository allocations;
    private final FundingRounds rounds;
    private final AllocationKeys keys;
    private final InstitutionService institutions;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    Allocations(
            AllocationRepository allocations,
            FundingRounds rounds,
            AllocationKeys keys,
            InstitutionService institutions,
            JdbcClient jdbc,
            JdbcTemplate template,
            Clock clock) {
        this.allocations = allocations;
        this.rounds = rounds;
        this.keys = keys;
        this.institutions = institutions;
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    /** The ministry apportions the years of a round by a key, as a preview. */
    @Transactional
    public Allocation create(UUID roundId, UUID keyId, int firstYear, int lastYear) {
        LoeftUser user = Access.national();
        return create(roundId, keyId, firstYear, lastYear, user.getUsername(), clock.instant());
    }

    /** The same for system work (demo data), with who and when stated by the caller. */
    @Transactional
    public Allocation create(UUID roundId, UUID keyId, int firstYear, int lastYear, String by, Instant at) {
        FundingRound round = rounds.byId(roundId);
        keys.byId(keyId);
        List<Allocation> ofRound = allocations.findByRoundIdOrderByNumberDesc(roundId);
        ofRound.stream()
                .filter(a -> a.status() == AllocationStatus.PREVIEW)
                .findFirst()
                .ifPresent(a -> {
                    throw new RuleViolationException("funding.allocation.error.previewExists", a.number());
                });
        int number = ofRound.isEmpty() ? 1 : ofRound.getFirst().number() + 1;
        Allocation allocation = Allocation.preview(round, keyId, number, firstYear, lastYear, by, at);
        Map<Integer, Long> children = keys.children(keyId);
        List<Object[]> lines = new ArrayList<>();
        for (int year : allocation.years()) {
            long kroner = round.year(year).totalOere() / 100;
            LargestRemainder.apportion(kroner, children)
                    .forEach((code, amount) ->
                            lines.add(new Object[] {allocation.id(), code, year, children.get(code), amount * 100}));
        }
        Allocation saved = allocations.save(allocation);
        template.batchUpdate(
                "insert into allocation_line (allocation, kommune_code, year, children, amount_oere) values (?, ?, ?, ?, ?)",
                lines);
        return saved;
    }

    /** The ministry publishes a preview: earlier published allocations of these years are superseded, grants booked. */
    @Transactional
    public void publish(UUID id, int expectedVersion) {
        LoeftUser user = Access.national();
        publish(id, expectedVersion, user.getUsername(), clock.instant());
    }

    /** The same for system work (demo data), with who and when stated by the caller. */
    @Transactional
    public void publish(UUID id, int expectedVersion, String by, Instant at) {
        Allocation allocation = get(id);
        allocation.expectVersion(expectedVersion);
        allocation.publish(by, at);
        for (Allocation other : allocations.findByRoundIdOrderByNumberDesc(allocation.roundId())) {
            if (other.status() == AllocationStatus.PUBLISHED
                    && !other.id().equals(id)
                    && other.overlaps(allocation.firstYear(), allocation.lastYear())) {
                other.supersede();
                allocations.save(other);
            }
        }
        allocations.save(allocation);
        bookGrants(allocation, by, at);
    }

    /** GRANT where the kommune has nothing booked for the round and year yet, else CORRECTION by the difference. */
    private void bookGrants(Allocation allocation, String by, Instant at) {
        Map<String, Long> booked = new HashMap<>();
        jdbc.sql("""
                        select kommune_code, year, sum(amount_oere) as booked
                          from grant_entry
                         where funding_round = :round and year between :from and :to
                         group by kommune_code, year""")
                .param("round", allocation.roundId())
                .param("from", allocation.firstYear())
                .param("to", allocation.lastYear())
                .query((rs, n) -> booked.put(rs.getInt(1) + "/" + rs.getInt(2), rs.getLong(3)))
                .list();
        Timestamp when = Timestamp.from(at);
        List<Object[]> entries = new ArrayList<>();
        jdbc.sql("select kommune_code, year, amount_oere from allocation_line where allocation = :id")
                .param("id", allocation.id())
                .query((rs, n) -> {
                    int kommune = rs.getInt(1);
                    int year = rs.getInt(2);
                    long amount = rs.getLong(3);
                    Long before = booked.get(kommune + "/" + year);
                    if (before == null) {
                        entries.add(entry(kommune, allocation, year, "GRANT", amount, by, when));
                    } else if (amount != before) {
                        entries.add(entry(kommune, allocation, year, "CORRECTION", amount - before, by, when));
                    }
                    return null;
                })
                .list();
        template.batchUpdate("""
                        insert into grant_entry (id, kommune_code, funding_round, year, kind, amount_oere, allocation,
                                                 recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries);
    }

    private static Object[] entry(
            int kommune, Allocation allocation, int year, String kind, long amount, String by, Timestamp when) {
        return new Object[] {
            UUID.randomUUID(), kommune, allocation.roundId(), year, kind, amount, allocation.id(), by, when
        };
    }

    /** The ministry discards a preview it does not want to publish. */
    @Transactional
    public void discard(UUID id, int expectedVersion) {
        Access.national();
        Allocation allocation = get(id);
        allocation.expectVersion(expectedVersion);
        allocation.discard();
        allocations.save(allocation);
    }

    /** Every allocation, newest first (the ministry). */
    public List<AllocationSummary> all() {
        Access.national();
        return jdbc.sql(SUMMARY + " order by a.created_at desc, a.number desc")
                .query(AllocationSummary.class)
                .list();
    }

    /** An allocation with all 98 lines (the ministry). */
    public AllocationView view(UUID id) {
        Access.national();
        AllocationSummary summary = summary(id);
        List<AllocationLine> lines = lines(id, null);
        SortedMap<Integer, Long> totals = new TreeMap<>();
        summary.years().forEach(y -> totals.put(y, 0L));
        lines.forEach(l -> l.amountsOere().forEach((y, a) -> totals.merge(y, a, Long::sum)));
        return new AllocationView(summary, lines, totals);
    }

    /** The published (and superseded) allocations of a kommune, newest first, with its line and the round. */
    public List<KommuneAllocation> publishedFor(int kommuneCode) {
        requireReaderOf(kommuneCode);
        List<KommuneAllocation> result = new ArrayList<>();
        for (AllocationSummary summary :
                jdbc.sql(SUMMARY + """
                         where a.status in ('PUBLISHED', 'SUPERSEDED')
                         order by r.first_year desc, a.first_year desc, a.number desc""").query(AllocationSummary.class).list()) {
            List<AllocationLine> lines = lines(summary.id(), kommuneCode);
            if (!lines.isEmpty()) {
                result.add(new KommuneAllocation(summary, rounds.byId(summary.roundId()), lines.getFirst()));
            }
        }
        return result;
    }

    /** The allocation letter of one kommune for a published allocation: its own only, or any for the ministry. */
    public AllocationLetter letter(UUID id, int kommuneCode) {
        requireReaderOf(kommuneCode);
        AllocationSummary summary = summary(id);
        if (!summary.status().isPublic()) {
            throw new NotFoundException();
        }
        List<AllocationLine> lines = lines(id, kommuneCode);
        if (lines.isEmpty()) {
            throw new NotFoundException();
        }
        return new AllocationLetter(
                rounds.pool(),
                institutions.kommune(kommuneCode).orElseThrow(NotFoundException::new),
                summary,
                rounds.byId(summary.roundId()),
                keys.byId(summary.keyId()),
                lines.getFirst());
    }

    /** A kommune's booked grants per round and year (grants and corrections added up). */
    public List<GrantTotal> grants(int kommuneCode) {
        requireReaderOf(kommuneCode);
        return jdbc.sql("""
                        select g.kommune_code, g.funding_round as round_id, r.name as round_name, g.year,
                               sum(g.amount_oere) as amount_oere
                          from grant_entry g join funding_round r on r.id = g.funding_round
                         where g.kommune_code = :k
                         group by g.kommune_code, g.funding_round, r.name, r.first_year, g.year
                         order by r.first_year, g.year""").param("k", kommuneCode).query(GrantTotal.class).list();
    }

    /** Forvaltning and økonomi read their own kommune's grants; the ministry any kommune's. */
    private static void requireReaderOf(int kommuneCode) {
        LoeftUser user = Access.require(Role.NATIONAL, Role.KOMMUNE_ADMIN, Role.FINANCE);
        if (!user.isNational() && user.kommuneCode() != kommuneCode) {
            throw new NotFoundException();
        }
    }

    public Allocation get(UUID id) {
        return allocations.findById(id).orElseThrow(NotFoundException::new);
    }

    private AllocationSummary summary(UUID id) {
        return jdbc.sql(SUMMARY + " where a.id = :id")
                .param("id", id)
                .query(AllocationSummary.class)
                .optional()
                .orElseThrow(NotFoundException::new);
    }

    /** The lines of an allocation, one per kommune with its amounts per year; only one kommune's when given. */
    private List<AllocationLine> lines(UUID id, @Nullable Integer kommuneCode) {
        Map<Integer, AllocationLineBuilder> byKommune = new LinkedHashMap<>();
        jdbc.sql("""
                        select l.kommune_code, k.name, l.children, key.total_children, l.year, l.amount_oere
                          from allocation_line l
                          join allocation a on a.id = l.allocation
                          join allocation_key key on key.id = a.allocation_key
                          join kommune k on k.code = l.kommune_code
                         where l.allocation = :id and (cast(:kommune as integer) is null or l.kommune_code = :kommune)
                         order by l.kommune_code, l.year""")
                .param("id", id)
                .param("kommune", kommuneCode, java.sql.Types.INTEGER)
                .query((rs, n) -> {
                    int code = rs.getInt(1);
                    AllocationLineBuilder line = byKommune.get(code);
                    if (line == null) {
                        line = new AllocationLineBuilder(code, rs.getString(2), rs.getLong(3), rs.getLong(4));
                        byKommune.put(code, line);
                    }
                    line.amounts.put(rs.getInt(5), rs.getLong(6));
                    return null;
                })
                .list();
        return byKommune.values().stream().map(AllocationLineBuilder::build).toList();
    }

    private static final class AllocationLineBuilder {
        final int code;
        final String name;
        final long children;
        final long total;
        final SortedMap<Integer, Long> amounts = new TreeMap<>();

        AllocationLineBuilder(int code, String name, long children, long total) {
            this.code = code;
            this.name = name;
            this.children = children;
            this.total = total;
        }

        AllocationLine build() {
            return new AllocationLine(code, name, children, total, amounts);
        }
    }

    private static final String SUMMARY = """
            select a.id, a.funding_round as round_id, r.name as round_name, a.allocation_key as key_id,
                   k.name as key_name, a.number, a.first_year, a.last_year, a.status, a.created_by, a.created_at,
                   a.published_by, a.published_at,
                   coalesce((select sum(l.amount_oere) from allocation_line l where l.allocation = a.id), 0)
                       as total_oere,
                   a.version
              from allocation a
              join funding_round r on r.id = a.funding_round
              join allocation_key k on k.id = a.allocation_key
            """;
}
