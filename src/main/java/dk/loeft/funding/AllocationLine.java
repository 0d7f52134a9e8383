package dk.loeft.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SortedMap;

/** One kommune in an allocation: its children in the key, its share and its grant (øre) per year. */
public record AllocationLine(
        int kommuneCode, String kommuneName, long children, long totalChildren, SortedMap<Integer, Long> amountsOere) {

    /** The share of the key's children as a fraction with 6 decimals, shown as a percentage. */
    public BigDecimal share() {
        return BigDecimal.valueOf(children).divide(BigDecimal.valueOf(totalChildren), 6, RoundingMode.HALF_UP);
    }

    public long amountOere(int year) {
        return amountsOere.getOrDefault(year, 0L);
    }

    public long totalOere() {
        return amountsOere.values().stream().mapToLong(Long::longValue).sum();
    }
}
