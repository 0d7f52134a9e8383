package dk.loeft.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Minimumsnormering, dagtilbudsloven § 19 a (research §4.1, R10): at least one pedagogical FTE
 * per three children aged 0-2 and per six children from three years in daginstitutioner, measured
 * as the kommune's annual average. Dagpleje is not subject to the ratio.
 */
public final class MinimumStaffing {

    private static final BigDecimal SIX = new BigDecimal("6");

    private MinimumStaffing() {}

    /** Required pedagogical FTE: children 0-2 / 3 + children 3-5 / 6, computed as one division. */
    public static BigDecimal requiredFte(BigDecimal children02, BigDecimal children35) {
        if (children02.signum() < 0 || children35.signum() < 0) {
            throw new IllegalArgumentException("Children counts cannot be negative");
        }
        return children02.multiply(BigDecimal.TWO).add(children35).divide(SIX, 4, RoundingMode.HALF_UP);
    }

    /** Actual minus required FTE; below zero the institution (or kommune) is short-staffed. */
    public static BigDecimal margin(BigDecimal actualFte, BigDecimal requiredFte) {
        return actualFte.subtract(requiredFte);
    }

    public static boolean isShort(BigDecimal actualFte, BigDecimal requiredFte) {
        return actualFte.compareTo(requiredFte) < 0;
    }
}
