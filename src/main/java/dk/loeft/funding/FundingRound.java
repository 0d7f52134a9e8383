package dk.loeft.funding;

import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.Ownership;
import dk.loeft.platform.RuleViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A round of the pool (tildelingsrunde): the years whose money is allocated together by one key,
 * under one set of rules. Seeded from the known sources; the ministry corrects its values (each
 * with its source) as rules become known. Its years are fixed; their amounts are not.
 */
@Table("funding_round")
public class FundingRound {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final @Id UUID id;
    private final UUID poolId;
    private String name;
    private final int firstYear;
    private final int lastYear;
    private int keyAgeFrom;
    private int keyAgeTo;
    private int keyReferenceYear;
    private @Nullable LocalDate startWindowFrom;
    private @Nullable LocalDate startWindowTo;
    private @Nullable LocalDate completionDeadline;
    private BigDecimal informalCapPercent;
    private String[] eligibleCosts;
    private @Nullable LocalDate wagesEligibleFrom;
    private @Nullable LocalDate substitutesEligibleFrom;
    private String[] eligibleKinds;
    private String[] eligibleOwnerships;
    private int priceLevelYear;
    private boolean localPlanRequired;

    @MappedCollection(idColumn = "funding_round")
    private Set<RoundYear> years;

    @MappedCollection(idColumn = "funding_round")
    private Set<RoundSource> sources;

    /** Never null once read; the seeded rows start at 0, which a primitive would mistake for a new round. */
    private @Version @Nullable Integer version;

    @PersistenceCreator
    FundingRound(
            UUID id,
            UUID poolId,
            String name,
            int firstYear,
            int lastYear,
            int keyAgeFrom,
            int keyAgeTo,
            int keyReferenceYear,
            @Nullable LocalDate startWindowFrom,
            @Nullable LocalDate startWindowTo,
            @Nullable LocalDate completionDeadline,
            BigDecimal informalCapPercent,
            String[] eligibleCosts,
            @Nullable LocalDate wagesEligibleFrom,
            @Nullable LocalDate substitutesEligibleFrom,
            String[] eligibleKinds,
            String[] eligibleOwnerships,
            int priceLevelYear,
            boolean localPlanRequired,
            Set<RoundYear> years,
            Set<RoundSource> sources,
            @Nullable Integer version) {
        this.id = id;
        this.poolId = poolId;
        this.name = name;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.keyAgeFrom = keyAgeFrom;
        this.keyAgeTo = keyAgeTo;
        this.keyReferenceYear = keyReferenceYear;
        this.startWindowFrom = startWindowFrom;
        this.startWindowTo = startWindowTo;
        this.completionDeadline = completionDeadline;
        this.informalCapPercent = informalCapPercent;
        this.eligibleCosts = eligibleCosts;
        this.wagesEligibleFrom = wagesEligibleFrom;
        this.substitutesEligibleFrom = substitutesEligibleFrom;
        this.eligibleKinds = eligibleKinds;
        this.eligibleOwnerships = eligibleOwnerships;
        this.priceLevelYear = priceLevelYear;
        this.localPlanRequired = localPlanRequired;
        this.years = new HashSet<>(years);
        this.sources = new HashSet<>(sources);
        this.version = version;
    }

    /** Replaces every rule value and source of the round; the whole change is refused on any broken rule. */
    public void change(RoundRules rules) {
        check(rules);
        this.name = rules.name().trim();
        this.keyAgeFrom = rules.keyAgeFrom();
        this.keyAgeTo = rules.keyAgeTo();
        this.keyReferenceYear = rules.keyReferenceYear();
        this.startWindowFrom = rules.startWindowFrom();
        this.startWindowTo = rules.startWindowTo();
        this.completionDeadline = rules.completionDeadline();
        this.informalCapPercent = rules.informalCapPercent();
        this.eligibleCosts = names(rules.eligibleCosts());
        this.wagesEligibleFrom = rules.wagesEligibleFrom();
        this.substitutesEligibleFrom = rules.substitutesEligibleFrom();
        this.eligibleKinds = names(rules.eligibleKinds());
        this.eligibleOwnerships = names(rules.eligibleOwnerships());
        this.priceLevelYear = rules.priceLevelYear();
        this.localPlanRequired = rules.localPlanRequired();
        this.years = new HashSet<>(rules.years());
        this.sources = new HashSet<>(rules.sources());
    }

    private void check(RoundRules rules) {
        if (rules.name().isBlank()) {
            throw new RuleViolationException("funding.round.error.name");
        }
        Set<Integer> given = rules.years().stream().map(RoundYear::year).collect(Collectors.toSet());
        for (RoundYear year : rules.years()) {
            if (year.year() < firstYear || year.year() > lastYear) {
                throw new RuleViolationException("funding.round.error.yearOutside", year.year(), firstYear, lastYear);
            }
        }
        if (given.size() != rules.years().size() || given.size() != lastYear - firstYear + 1) {
            throw new RuleViolationException("funding.round.error.years", firstYear, lastYear);
        }
        if (rules.keyAgeFrom() < 0 || rules.keyAgeTo() < rules.keyAgeFrom()) {
            throw new RuleViolationException("funding.round.error.ageBand");
        }
        if (rules.startWindowFrom() != null
                && rules.startWindowTo() != null
                && rules.startWindowTo().isBefore(rules.startWindowFrom())) {
            throw new RuleViolationException("funding.round.error.window");
        }
        if (rules.informalCapPercent().signum() < 0
                || rules.informalCapPercent().compareTo(HUNDRED) > 0) {
            throw new RuleViolationException("funding.round.error.cap");
        }
        if (rules.eligibleCosts().isEmpty()) {
            throw new RuleViolationException("funding.round.error.costs");
        }
        if (rules.eligibleKinds().isEmpty() || rules.eligibleOwnerships().isEmpty()) {
            throw new RuleViolationException("funding.round.error.targetGroup");
        }
        Set<String> fields = rules.sources().stream().map(RoundSource::field).collect(Collectors.toSet());
        if (fields.size() != rules.sources().size()) {
            throw new RuleViolationException("funding.round.error.sourceTwice");
        }
    }

    /** Used by the edit form and the API so a stale change is detected as a conflict, not silently applied. */
    public void expectVersion(int expected) {
        if (expected != version()) {
            throw new OptimisticLockingFailureException("Round " + id + " was changed by someone else");
        }
    }

    /** The rules as they stand, for an edit form or a copy with changes. */
    public RoundRules rules() {
        return new RoundRules(
                name,
                years(),
                keyAgeFrom,
                keyAgeTo,
                keyReferenceYear,
                startWindowFrom,
                startWindowTo,
                completionDeadline,
                informalCapPercent,
                eligibleCosts(),
                wagesEligibleFrom,
                substitutesEligibleFrom,
                eligibleKinds(),
                eligibleOwnerships(),
                priceLevelYear,
                localPlanRequired,
                sources());
    }

    public UUID id() {
        return id;
    }

    public UUID poolId() {
        return poolId;
    }

    public String name() {
        return name;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }

    /** The round's years in order. */
    public List<RoundYear> years() {
        return years.stream().sorted(Comparator.comparingInt(RoundYear::year)).toList();
    }

    public RoundYear year(int year) {
        return years.stream()
                .filter(y -> y.year() == year)
                .findFirst()
                .orElseThrow(
                        () -> new RuleViolationException("funding.round.error.yearOutside", year, firstYear, lastYear));
    }

    /** All the round's money: every year's amount and one-off lift. */
    public long totalOere() {
        return years.stream().mapToLong(RoundYear::totalOere).sum();
    }

    public int keyAgeFrom() {
        return keyAgeFrom;
    }

    public int keyAgeTo() {
        return keyAgeTo;
    }

    public int keyReferenceYear() {
        return keyReferenceYear;
    }

    public @Nullable LocalDate startWindowFrom() {
        return startWindowFrom;
    }

    public @Nullable LocalDate startWindowTo() {
        return startWindowTo;
    }

    public @Nullable LocalDate completionDeadline() {
        return completionDeadline;
    }

    /** The most of a yearly grant that may go to informal upskilling, in percent (10.00 = 10 %). */
    public BigDecimal informalCapPercent() {
        return informalCapPercent;
    }

    public Set<CostCategory> eligibleCosts() {
        return parse(eligibleCosts, CostCategory.class);
    }

    public @Nullable LocalDate wagesEligibleFrom() {
        return wagesEligibleFrom;
    }

    public @Nullable LocalDate substitutesEligibleFrom() {
        return substitutesEligibleFrom;
    }

    public Set<InstitutionKind> eligibleKinds() {
        return parse(eligibleKinds, InstitutionKind.class);
    }

    public Set<Ownership> eligibleOwnerships() {
        return parse(eligibleOwnerships, Ownership.class);
    }

    /** Whether an institution of this kind and ownership is in the round's target group. */
    public boolean isEligible(InstitutionKind kind, Ownership ownership) {
        return eligibleKinds().contains(kind) && eligibleOwnerships().contains(ownership);
    }

    public int priceLevelYear() {
        return priceLevelYear;
    }

    public boolean localPlanRequired() {
        return localPlanRequired;
    }

    /** Every documented value's source, by field, in page order. */
    public List<RoundSource> sources() {
        Map<String, RoundSource> byField = sources.stream()
                .collect(Collectors.toMap(RoundSource::field, Function.identity(), (a, b) -> a, TreeMap::new));
        return RoundSource.FIELDS.stream()
                .map(byField::get)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    public Optional<RoundSource> source(String field) {
        return sources.stream().filter(s -> s.field().equals(field)).findFirst();
    }

    public int version() {
        return version == null ? 0 : version;
    }

    private static <E extends Enum<E>> Set<E> parse(String[] names, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        Arrays.stream(names).map(n -> Enum.valueOf(type, n)).forEach(set::add);
        return set;
    }

    private static String[] names(Set<? extends Enum<?>> values) {
        return values.stream()
                .sorted(Comparator.comparingInt(Enum::ordinal))
                .map(Enum::name)
                .toArray(String[]::new);
    }
}
