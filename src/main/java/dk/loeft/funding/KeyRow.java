package dk.loeft.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** One kommune's children in a key, and its share of the key's total. */
public record KeyRow(int kommuneCode, String kommuneName, long children, long totalChildren) {

    /** The kommune's share as a fraction with 6 decimals (0.004981), for display as a percentage. */
    public BigDecimal share() {
        return BigDecimal.valueOf(children).divide(BigDecimal.valueOf(totalChildren), 6, RoundingMode.HALF_UP);
    }
}
