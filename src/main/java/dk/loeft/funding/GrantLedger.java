package dk.loeft.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * A kommune's grant ledger (tilskudsregnskab) worked out from its grant entries, its expenditure,
 * the rounds and the price index: per calendar year granted, adjusted to the year's prices, carried
 * over, spent and remaining; per round at its completion deadline what is left to repay; and the
 * informal-upskilling cap of each yearly grant (R3, research §8); and what the kommune's approved
 * plans commit of each year (disponeret, at the round's price level like the grant). Pure arithmetic in øre: the page,
 * the API and the export all show these numbers.
 *
 * <p>Price adjustment: a grant of year Y stated at the round's price level P is worth
 * {@code round(amount × index[Y] / index[P])} øre (HALF_UP); without an index for Y or P it is not
 * adjusted. Repayment: spending is attributed to rounds oldest first (by first year), each round
 * taking only spending booked on or before its completion deadline, at most its adjusted grant.
 */
public final class GrantLedger {

    /** One grant entry: money of a round for a year, at the round's price level (corrections are negative). */
    public record Grant(UUID round, int year, long amountOere) {}

    /** What approved plans commit of a round's money for a year, at the round's price level. */
    public record Commitment(UUID round, int year, long amountOere) {}

    /** One expenditure entry (corrections are negative). */
    public record Spend(LocalDate bookedOn, long amountOere, CostCategory category) {}

    /** One calendar year of the ledger. */
    public record Year(
            int year,
            @Nullable BigDecimal index,
            boolean indexMissing,
            long grantedOere,
            long adjustedOere,
            long committedOere,
            long carriedInOere,
            long spentOere,
            long remainingOere) {

        /** The price-level adjustment of the year's grant: adjusted minus granted. */
        public long priceAdjustmentOere() {
            return adjustedOere - grantedOere;
        }

        /** The year's grant the approved plans do not use (negative when they plan more than the grant). */
        public long uncommittedOere() {
            return grantedOere - committedOere;
        }
    }

    /** A round at its end: what was granted, what spending it took, what is left to repay. */
    public record RoundEnd(
            LedgerRound round, long grantedOere, long adjustedOere, long usedOere, long repayOere, boolean expected) {}

    /** The informal-upskilling cap of a year's grant and the informal spending booked that year, also summed up to it. */
    public record Informal(
            int year, long grantOere, long capOere, long spentOere, long cumulativeCapOere, long cumulativeSpentOere) {

        public boolean over() {
            return cumulativeSpentOere > cumulativeCapOere;
        }
    }

    /** The ledger's totals; every column of the year and round lines sums to these. */
    public record Totals(
            long grantedOere,
            long adjustedOere,
            long committedOere,
            long spentOere,
            long remainingOere,
            long usedOere,
            long repayOere,
            long unattributedOere,
            long informalCapOere,
            long informalSpentOere) {

        public long priceAdjustmentOere() {
            return adjustedOere - grantedOere;
        }

        /** The grants the approved plans do not use. */
        public long uncommittedOere() {
            return grantedOere - committedOere;
        }

        public boolean informalOver() {
            return informalSpentOere > informalCapOere;
        }
    }

    private final List<Year> years;
    private final List<RoundEnd> rounds;
    private final List<Informal> informal;
    private final Totals totals;

    private GrantLedger(List<Year> years, List<RoundEnd> rounds, List<Informal> informal, Totals totals) {
        this.years = List.copyOf(years);
        this.rounds = List.copyOf(rounds);
        this.informal = List.copyOf(informal);
        this.totals = totals;
    }

    public List<Year> years() {
        return years;
    }

    public List<RoundEnd> rounds() {
        return rounds;
    }

    public List<Informal> informal() {
        return informal;
    }

    public Totals totals() {
        return totals;
    }

    /** A ledger without plan commitments. */
    public static GrantLedger of(
            List<LedgerRound> allRounds,
            List<Grant> grants,
            List<Spend> spending,
            Map<Integer, BigDecimal> priceIndex,
            LocalDate today) {
        return of(allRounds, grants, List.of(), spending, priceIndex, today);
    }

    public static GrantLedger of(
            List<LedgerRound> allRounds,
            List<Grant> grants,
            List<Commitment> commitments,
            List<Spend> spending,
            Map<Integer, BigDecimal> priceIndex,
            LocalDate today) {
        Map<UUID, LedgerRound> roundsById = new HashMap<>();
        allRounds.forEach(r -> roundsById.put(r.id(), r));
        List<Grant> known =
                grants.stream().filter(g -> roundsById.containsKey(g.round())).toList();
        List<LedgerRound> granted = allRounds.stream()
                .filter(r -> known.stream().anyMatch(g -> g.round().equals(r.id())))
                .sorted(Comparator.comparingInt(LedgerRound::firstYear).thenComparing(LedgerRound::name))
                .toList();

        List<Commitment> committed = commitments.stream()
                .filter(c -> roundsById.containsKey(c.round()))
                .toList();
        IntStream dataYears = IntStream.concat(
                IntStream.concat(
                        known.stream().mapToInt(Grant::year), committed.stream().mapToInt(Commitment::year)),
                spending.stream().mapToInt(s -> s.bookedOn().getYear()));
        int[] seen = dataYears.toArray();
        int first = IntStream.of(seen).min().orElse(today.getYear());
        int last = IntStream.concat(
                        IntStream.of(seen),
                        (granted.isEmpty() ? allRounds : granted).stream().mapToInt(LedgerRound::lastUseYear))
                .max()
                .orElse(first);

        List<Year> yearLines = new ArrayList<>();
        List<Informal> informalLines = new ArrayList<>();
        long carried = 0;
        long cumulativeCap = 0;
        long cumulativeInformal = 0;
        for (int y = first; y <= last; y++) {
            int year = y;
            long grantedOere = 0;
            long adjustedOere = 0;
            long capOere = 0;
            boolean missing = false;
            for (Grant g : known) {
                if (g.year() != year) {
                    continue;
                }
                LedgerRound round = roundsById.get(g.round());
                grantedOere += g.amountOere();
                Long adjusted = adjust(g.amountOere(), priceIndex.get(year), priceIndex.get(round.priceLevelYear()));
                missing |= adjusted == null;
                adjustedOere += adjusted == null ? g.amountOere() : adjusted;
                capOere += share(g.amountOere(), round.informalCapPercent());
            }
            long spent = spending.stream()
                    .filter(s -> s.bookedOn().getYear() == year)
                    .mapToLong(Spend::amountOere)
                    .sum();
            long informalSpent = spending.stream()
                    .filter(s -> s.bookedOn().getYear() == year && s.category() == CostCategory.UFORMEL)
                    .mapToLong(Spend::amountOere)
                    .sum();
            long committedOere = committed.stream()
                    .filter(c -> c.year() == year)
                    .mapToLong(Commitment::amountOere)
                    .sum();
            long remaining = carried + adjustedOere - spent;
            yearLines.add(new Year(
                    year,
                    priceIndex.get(year),
                    missing,
                    grantedOere,
                    adjustedOere,
                    committedOere,
                    carried,
                    spent,
                    remaining));
            cumulativeCap += capOere;
            cumulativeInformal += informalSpent;
            informalLines.add(
                    new Informal(year, grantedOere, capOere, informalSpent, cumulativeCap, cumulativeInformal));
            carried = remaining;
        }

        List<RoundEnd> roundEnds = new ArrayList<>();
        long usedSoFar = 0;
        for (LedgerRound round : granted) {
            long grantedOere = 0;
            long adjustedOere = 0;
            for (Grant g : known) {
                if (g.round().equals(round.id())) {
                    grantedOere += g.amountOere();
                    Long adjusted =
                            adjust(g.amountOere(), priceIndex.get(g.year()), priceIndex.get(round.priceLevelYear()));
                    adjustedOere += adjusted == null ? g.amountOere() : adjusted;
                }
            }
            LocalDate deadline = round.completionDeadline();
            long spentByDeadline = spending.stream()
                    .filter(s -> deadline == null || !s.bookedOn().isAfter(deadline))
                    .mapToLong(Spend::amountOere)
                    .sum();
            long used = Math.clamp(spentByDeadline - usedSoFar, 0, Math.max(0, adjustedOere));
            usedSoFar += used;
            boolean expected = deadline == null || today.isBefore(deadline);
            roundEnds.add(new RoundEnd(round, grantedOere, adjustedOere, used, adjustedOere - used, expected));
        }

        long totalGranted = yearLines.stream().mapToLong(Year::grantedOere).sum();
        long totalAdjusted = yearLines.stream().mapToLong(Year::adjustedOere).sum();
        long totalCommitted = yearLines.stream().mapToLong(Year::committedOere).sum();
        long totalSpent = yearLines.stream().mapToLong(Year::spentOere).sum();
        long totalUsed = roundEnds.stream().mapToLong(RoundEnd::usedOere).sum();
        long totalRepay = roundEnds.stream().mapToLong(RoundEnd::repayOere).sum();
        Totals totals = new Totals(
                totalGranted,
                totalAdjusted,
                totalCommitted,
                totalSpent,
                totalAdjusted - totalSpent,
                totalUsed,
                totalRepay,
                totalSpent - totalUsed,
                cumulativeCap,
                cumulativeInformal);
        return new GrantLedger(yearLines, roundEnds, informalLines, totals);
    }

    /** The amount at the year's prices, whole øre, or null without both indexes. */
    static @Nullable Long adjust(long amountOere, @Nullable BigDecimal yearIndex, @Nullable BigDecimal levelIndex) {
        if (yearIndex == null || levelIndex == null || levelIndex.signum() <= 0) {
            return null;
        }
        return BigDecimal.valueOf(amountOere)
                .multiply(yearIndex)
                .divide(levelIndex, 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /** A percentage of an amount, whole øre, HALF_UP. */
    static long share(long amountOere, BigDecimal percent) {
        return BigDecimal.valueOf(amountOere)
                .multiply(percent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }
}
