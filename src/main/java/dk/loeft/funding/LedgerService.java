package dk.loeft.funding;

import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.Paged;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kommune's grant ledger: reads its grant entries and expenditure into a {@link GrantLedger},
 * registers and reverses expenditure by hand (forvaltning and økonomi of the kommune), and keeps
 * the price index (the ministry). Grant entries are written by publishing an allocation, never here.
 */
@Service
public class LedgerService {

    static final int VOUCHER_MAX = 40;
    static final int TEXT_MAX = 200;
    static final BigDecimal INDEX_MAX = new BigDecimal("99999.999");

    private final JdbcClient jdbc;
    private final Clock clock;

    LedgerService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The kommune whose ledger the signed-in user may read: their own for forvaltning and økonomi,
     * the chosen one for the ministry (read-only); everyone else is refused.
     */
    public int readableKommune(@Nullable Integer chosen) {
        LoeftUser user = currentUser();
        if (user.isNational()) {
            if (chosen == null) {
                throw new NotFoundException();
            }
            return chosen;
        }
        requireBookkeeper(user);
        return user.kommuneCode();
    }

    /** The kommune of a signed-in forvaltning or økonomi user, who may book expenditure. */
    public int bookkeepingKommune() {
        LoeftUser user = currentUser();
        requireBookkeeper(user);
        return user.kommuneCode();
    }

    public GrantLedger ledger(int kommuneCode) {
        List<GrantLedger.Grant> grants = jdbc.sql("""
                        select funding_round, year, sum(amount_oere) as amount
                          from grant_entry where kommune_code = :k
                         group by funding_round, year""")
                .param("k", kommuneCode)
                .query((rs, n) -> new GrantLedger.Grant(
                        rs.getObject("funding_round", UUID.class), rs.getInt("year"), rs.getLong("amount")))
                .list();
        List<GrantLedger.Spend> spending = jdbc.sql("""
                        select booked_on, cost_category, sum(amount_oere) as amount
                          from expenditure where kommune_code = :k
                         group by booked_on, cost_category""")
                .param("k", kommuneCode)
                .query((rs, n) -> new GrantLedger.Spend(
                        rs.getObject("booked_on", LocalDate.class),
                        rs.getLong("amount"),
                        CostCategory.valueOf(rs.getString("cost_category"))))
                .list();
        List<GrantLedger.Commitment> commitments = jdbc.sql("""
                        select l.funding_round, l.year, sum(l.amount_oere) as amount
                          from commitment_line l
                         where l.kommune_code = :k
                           and l.commitment_set in (
                               select distinct on (s.plan_id) s.id
                                 from commitment_set s
                                where s.kommune_code = :k
                                order by s.plan_id, s.recorded_at desc, s.plan_version_no desc)
                         group by l.funding_round, l.year""")
                .param("k", kommuneCode)
                .query((rs, n) -> new GrantLedger.Commitment(
                        rs.getObject("funding_round", UUID.class), rs.getInt("year"), rs.getLong("amount")))
                .list();
        return GrantLedger.of(rounds(), grants, commitments, spending, priceIndex(), today());
    }

    /** Every round of the pool, oldest first. */
    public List<LedgerRound> rounds() {
        return jdbc.sql("""
                        select id, name, first_year, last_year, completion_deadline, informal_cap_percent,
                               eligible_costs, wages_eligible_from, substitutes_eligible_from, price_level_year
                          from funding_round order by first_year, name""")
                .query((rs, n) -> new LedgerRound(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getInt("first_year"),
                        rs.getInt("last_year"),
                        rs.getObject("completion_deadline", LocalDate.class),
                        rs.getBigDecimal("informal_cap_percent"),
                        categories(rs.getArray("eligible_costs")),
                        rs.getObject("wages_eligible_from", LocalDate.class),
                        rs.getObject("substitutes_eligible_from", LocalDate.class),
                        rs.getInt("price_level_year")))
                .list();
    }

    private static Set<CostCategory> categories(Array array) throws SQLException {
        Set<CostCategory> result = EnumSet.noneOf(CostCategory.class);
        for (Object name : (Object[]) array.getArray()) {
            for (CostCategory c : CostCategory.values()) {
                if (c.name().equals(name)) {
                    result.add(c);
                }
            }
        }
        return result;
    }

    public Map<Integer, BigDecimal> priceIndex() {
        Map<Integer, BigDecimal> index = new LinkedHashMap<>();
        priceIndexEntries().forEach(e -> index.put(e.year(), e.value()));
        return index;
    }

    public List<PriceIndexEntry> priceIndexEntries() {
        return jdbc.sql("select year, index_value, source, version from price_index order by year")
                .query((rs, n) -> new PriceIndexEntry(
                        rs.getInt("year"),
                        rs.getBigDecimal("index_value"),
                        rs.getString("source"),
                        rs.getInt("version")))
                .list();
    }

    /**
     * The ministry sets a year's index: a new year without a version, a known year with the version it
     * read (someone else's change in between is an optimistic-locking conflict).
     */
    @Transactional
    public void savePriceIndex(int year, BigDecimal value, String source, @Nullable Integer version) {
        if (!currentUser().is(Role.NATIONAL)) {
            throw new AccessDeniedException("Kun ministeriet kan rette prisindekset");
        }
        if (value.signum() <= 0
                || value.compareTo(INDEX_MAX) > 0
                || value.stripTrailingZeros().scale() > 3) {
            throw new RuleViolationException("ledger.index.value.range");
        }
        if (version == null) {
            try {
                jdbc.sql("insert into price_index (year, index_value, source) values (:y, :v, :s)")
                        .param("y", year)
                        .param("v", value)
                        .param("s", source.strip())
                        .update();
            } catch (DuplicateKeyException e) {
                throw new RuleViolationException("ledger.index.exists", Integer.toString(year));
            }
            return;
        }
        int updated = jdbc.sql("""
                        update price_index set index_value = :v, source = :s, version = version + 1
                         where year = :y and version = :version""")
                .param("y", year)
                .param("v", value)
                .param("s", source.strip())
                .param("version", version)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("price_index " + year + " changed or gone");
        }
    }

    public List<GrantEntryLine> grantEntries(int kommuneCode) {
        return jdbc.sql("""
                        select g.id, r.name, g.year, g.kind, g.amount_oere, g.note, g.recorded_by, g.recorded_at
                          from grant_entry g join funding_round r on r.id = g.funding_round
                         where g.kommune_code = :k
                         order by g.recorded_at desc, r.first_year desc, g.year desc""")
                .param("k", kommuneCode)
                .query((rs, n) -> new GrantEntryLine(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getInt("year"),
                        rs.getString("kind"),
                        rs.getLong("amount_oere"),
                        rs.getString("note"),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /** The kommune's expenditure lines, newest recorded first. */
    public Paged<ExpenditureEntry> expenditures(int kommuneCode, Paged.Request request) {
        long total = jdbc.sql("select count(*) from expenditure where kommune_code = :k")
                .param("k", kommuneCode)
                .query(Long.class)
                .single();
        List<ExpenditureEntry> items = jdbc.sql(SELECT_ENTRY + """
                         where e.kommune_code = :k
                         order by e.recorded_at desc, e.booked_on desc, e.voucher desc
                         limit :size offset :offset""")
                .param("k", kommuneCode)
                .param("size", request.size())
                .param("offset", request.offset())
                .query((rs, n) -> entry(rs))
                .list();
        return new Paged<>(items, request.page(), request.size(), total);
    }

    /** Every expenditure line of the kommune, newest recorded first (for the export). */
    public List<ExpenditureEntry> allExpenditures(int kommuneCode) {
        return jdbc.sql(SELECT_ENTRY + """
                         where e.kommune_code = :k
                         order by e.recorded_at desc, e.booked_on desc, e.voucher desc""")
                .param("k", kommuneCode)
                .query((rs, n) -> entry(rs))
                .list();
    }

    public Optional<ExpenditureEntry> expenditure(int kommuneCode, UUID id) {
        return jdbc.sql(SELECT_ENTRY + " where e.kommune_code = :k and e.id = :id")
                .param("k", kommuneCode)
                .param("id", id)
                .query((rs, n) -> entry(rs))
                .optional();
    }

    /** What the kommune has booked under each voucher, for comparing an imported file with it. */
    public Map<String, BookedVoucher> bookedVouchers(int kommuneCode) {
        Map<String, BookedVoucher> vouchers = new LinkedHashMap<>();
        jdbc.sql(
                        "select voucher, booked_on, amount_oere, cost_category, initiative from expenditure where kommune_code = :k")
                .param("k", kommuneCode)
                .query((rs, n) -> vouchers.put(
                        rs.getString("voucher"),
                        new BookedVoucher(
                                rs.getObject("booked_on", LocalDate.class),
                                rs.getLong("amount_oere"),
                                CostCategory.valueOf(rs.getString("cost_category")),
                                rs.getString("initiative"))))
                .list();
        return vouchers;
    }

    /** Books an expenditure by hand in the signed-in user's kommune, after every rule is checked. */
    @Transactional
    public ExpenditureEntry register(NewExpenditure expenditure) {
        LoeftUser user = currentUser();
        int kommuneCode = bookkeepingKommune();
        if (expenditure.amountOere() <= 0) {
            throw new ExpenditureRejectedException("amount", "ledger.expenditure.amount.positive");
        }
        if (expenditure.bookedOn().isAfter(today())) {
            throw new ExpenditureRejectedException("bookedOn", "ledger.expenditure.date.future");
        }
        String voucher = expenditure.voucher().strip();
        if (voucher.isEmpty() || voucher.length() > VOUCHER_MAX) {
            throw new ExpenditureRejectedException(
                    "voucher", "ledger.expenditure.voucher.size", Integer.toString(VOUCHER_MAX));
        }
        CostEligibility.check(rounds(), expenditure.category(), expenditure.bookedOn())
                .ifPresent(breach -> {
                    throw new ExpenditureRejectedException(
                            "category", breach.messageKey(), breach.arguments().toArray());
                });
        if (voucherTaken(kommuneCode, voucher)) {
            throw new ExpenditureRejectedException("voucher", "ledger.expenditure.voucher.duplicate", voucher);
        }
        UUID id = UUID.randomUUID();
        insert(
                id,
                kommuneCode,
                expenditure.bookedOn(),
                expenditure.amountOere(),
                expenditure.category(),
                voucher,
                blankToNull(expenditure.initiative()),
                blankToNull(expenditure.note()),
                null,
                user.getUsername());
        return expenditure(kommuneCode, id).orElseThrow();
    }

    /**
     * Reverses a wrong line (ret/tilbagefør): a new line on the same date and category with the
     * opposite amount that names the wrong one. A line is reversed at most once; a reversal is not reversed.
     */
    @Transactional
    public ExpenditureEntry correct(UUID id, @Nullable String note) {
        LoeftUser user = currentUser();
        int kommuneCode = bookkeepingKommune();
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:id))")
                .param("id", id.toString())
                .query()
                .listOfRows();
        ExpenditureEntry original = expenditure(kommuneCode, id).orElseThrow(NotFoundException::new);
        if (original.corrects() != null) {
            throw new ExpenditureRejectedException("entry", "ledger.correction.ofCorrection", original.voucher());
        }
        if (original.correctedBy() != null) {
            throw new ExpenditureRejectedException("entry", "ledger.correction.twice", original.voucher());
        }
        String voucher = original.voucher() + CORRECTION_SUFFIX;
        if (voucherTaken(kommuneCode, voucher)) {
            throw new ExpenditureRejectedException("entry", "ledger.expenditure.voucher.duplicate", voucher);
        }
        UUID correctionId = UUID.randomUUID();
        insert(
                correctionId,
                kommuneCode,
                original.bookedOn(),
                -original.amountOere(),
                original.category(),
                voucher,
                original.initiative(),
                blankToNull(note),
                id,
                user.getUsername());
        return expenditure(kommuneCode, correctionId).orElseThrow();
    }

    /**
     * Records what an approved plan version commits of the kommune's grants, per round and year. It
     * replaces what earlier versions of the same plan committed; they stay in the ledger's history.
     * Called by the plan when a version is approved, in the same transaction.
     */
    @Transactional
    public void commit(PlanCommitment commitment) {
        UUID setId = UUID.randomUUID();
        jdbc.sql("""
                        insert into commitment_set (id, kommune_code, plan_id, plan_version_no, plan_title, approved_on,
                                                    recorded_at, recorded_by)
                        values (:id, :k, :plan, :version, :title, :approvedOn, :at, :by)""")
                .param("id", setId)
                .param("k", commitment.kommuneCode())
                .param("plan", commitment.planId())
                .param("version", commitment.versionNo())
                .param("title", commitment.planTitle())
                .param("approvedOn", commitment.approvedOn())
                .param("at", Timestamp.from(clock.instant()))
                .param("by", commitment.recordedBy())
                .update();
        commitment.amounts().forEach(amount -> jdbc.sql("""
                        insert into commitment_line (commitment_set, kommune_code, funding_round, year, amount_oere)
                        values (:set, :k, :round, :year, :amount)""")
                .param("set", setId)
                .param("k", commitment.kommuneCode())
                .param("round", amount.round())
                .param("year", amount.year())
                .param("amount", amount.amountOere())
                .update());
    }

    /** The voucher of a reversal: the wrong line's voucher with this suffix. */
    public static final String CORRECTION_SUFFIX = "-R";

    private boolean voucherTaken(int kommuneCode, String voucher) {
        return jdbc.sql("select exists (select 1 from expenditure where kommune_code = :k and voucher = :v)")
                .param("k", kommuneCode)
                .param("v", voucher)
                .query(Boolean.class)
                .single();
    }

    private void insert(
            UUID id,
            int kommuneCode,
            LocalDate bookedOn,
            long amountOere,
            CostCategory category,
            String voucher,
            @Nullable String initiative,
            @Nullable String note,
            @Nullable UUID corrects,
            String recordedBy) {
        try {
            jdbc.sql("""
                            insert into expenditure (id, kommune_code, booked_on, amount_oere, cost_category, voucher,
                                                     initiative, note, corrects, recorded_by, recorded_at)
                            values (:id, :k, :on, :amount, :category, :voucher, :initiative, :note, :corrects, :by, :at)""")
                    .param("id", id)
                    .param("k", kommuneCode)
                    .param("on", bookedOn)
                    .param("amount", amountOere)
                    .param("category", category.name())
                    .param("voucher", voucher)
                    .param("initiative", truncate(initiative))
                    .param("note", truncate(note))
                    .param("corrects", corrects)
                    .param("by", recordedBy)
                    .param("at", Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ExpenditureRejectedException("voucher", "ledger.expenditure.voucher.duplicate", voucher);
        }
    }

    private static final String SELECT_ENTRY = """
            select e.id, e.kommune_code, e.booked_on, e.amount_oere, e.cost_category, e.voucher, e.initiative, e.note,
                   e.corrects, c.id as corrected_by, e.import_job, e.recorded_by, e.recorded_at
              from expenditure e
              left join expenditure c on c.corrects = e.id
            """;

    private static ExpenditureEntry entry(ResultSet rs) throws SQLException {
        return new ExpenditureEntry(
                rs.getObject("id", UUID.class),
                rs.getInt("kommune_code"),
                rs.getObject("booked_on", LocalDate.class),
                rs.getLong("amount_oere"),
                CostCategory.valueOf(rs.getString("cost_category")),
                rs.getString("voucher"),
                rs.getString("initiative"),
                rs.getString("note"),
                rs.getObject("corrects", UUID.class),
                rs.getObject("corrected_by", UUID.class),
                rs.getObject("import_job", UUID.class),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static @Nullable String truncate(@Nullable String text) {
        return text == null || text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX);
    }

    private static LoeftUser currentUser() {
        return Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
    }

    private static void requireBookkeeper(LoeftUser user) {
        if (!user.is(Role.KOMMUNE_ADMIN) && !user.is(Role.FINANCE)) {
            throw new AccessDeniedException("Kun forvaltningen og økonomi har adgang til tilskudsregnskabet");
        }
    }
}
