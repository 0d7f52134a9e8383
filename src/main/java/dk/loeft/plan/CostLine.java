package dk.loeft.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * One line of the cost model: in a calendar year, a quantity (participants, semesters, hours) times a
 * unit price in øre, paid by one source. Amounts are at the price level of the round they are
 * charged to.
 */
public record CostLine(
        UUID id, int year, CostType type, String text, BigDecimal quantity, long unitPriceOere, FundingSource source) {

    public CostLine {
        if (quantity.signum() < 0 || unitPriceOere < 0) {
            throw new IllegalArgumentException("quantity and unit price are never negative");
        }
    }

    /** Quantity × unit price, rounded half-even to the øre. */
    public long amountOere() {
        return quantity.multiply(BigDecimal.valueOf(unitPriceOere))
                .setScale(0, RoundingMode.HALF_EVEN)
                .longValueExact();
    }
}
