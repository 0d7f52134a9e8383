package dk.loeft.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the ledger needs to know of a round (tildelingsrunde): its years, until when its money may
 * be used (the completion deadline), the informal-upskilling cap, which costs it pays for and from
 * when, and the price level its amounts are stated in. Read from {@code funding_round}.
 */
public record LedgerRound(
        UUID id,
        String name,
        int firstYear,
        int lastYear,
        @Nullable LocalDate completionDeadline,
        BigDecimal informalCapPercent,
        Set<CostCategory> eligibleCosts,
        @Nullable LocalDate wagesEligibleFrom,
        @Nullable LocalDate substitutesEligibleFrom,
        int priceLevelYear) {

    public LedgerRound {
        eligibleCosts = eligibleCosts.isEmpty()
                ? Set.of()
                : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(eligibleCosts));
    }

    /** The last calendar year the round's money may be used: the deadline's year, or the round's last year. */
    public int lastUseYear() {
        return completionDeadline == null ? lastYear : completionDeadline.getYear();
    }

    /** Whether spending booked on this date may be paid from the round: from 1 January of its first year to its deadline. */
    public boolean covers(LocalDate date) {
        return date.getYear() >= firstYear && (completionDeadline == null || !date.isAfter(completionDeadline));
    }
}
