package dk.loeft.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The legal measure of minimum staffing: over a kommune's daginstitutioner and the months of a
 * year, the sum of required against the sum of actual pedagogical FTE, shown as monthly averages.
 */
public record StaffingAverage(int months, BigDecimal requiredFteSum, BigDecimal actualFteSum) {

    public BigDecimal averageRequiredFte() {
        return months == 0
                ? BigDecimal.ZERO
                : requiredFteSum.divide(BigDecimal.valueOf(months), 4, RoundingMode.HALF_UP);
    }

    public BigDecimal averageActualFte() {
        return months == 0 ? BigDecimal.ZERO : actualFteSum.divide(BigDecimal.valueOf(months), 4, RoundingMode.HALF_UP);
    }

    public BigDecimal averageMargin() {
        return averageActualFte().subtract(averageRequiredFte());
    }

    public boolean isShort() {
        return MinimumStaffing.isShort(actualFteSum, requiredFteSum);
    }
}
