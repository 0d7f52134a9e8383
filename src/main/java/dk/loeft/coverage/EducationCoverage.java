package dk.loeft.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * Uddannelsesdækning (R11, research §4.2): the pedagogical staff's weekly hours, and of those the
 * hours of people with a pædagog or PAU education. Coverage is educated FTE / pedagogical FTE with
 * FTE = weekly hours / 37 (1.924 hours a year). Hours are kept, not FTE, so figures add up exactly.
 */
public record EducationCoverage(BigDecimal educatedHours, BigDecimal pedagogicalHours) {

    /** Weekly hours of one full-time equivalent (årsværk): 1.924 hours a year / 52 weeks. */
    public static final BigDecimal FULL_TIME_WEEKLY_HOURS = new BigDecimal("37");

    public static final EducationCoverage NONE = new EducationCoverage(BigDecimal.ZERO, BigDecimal.ZERO);

    private static final int FTE_SCALE = 4;

    public EducationCoverage {
        educatedHours = educatedHours.setScale(2, RoundingMode.HALF_UP);
        pedagogicalHours = pedagogicalHours.setScale(2, RoundingMode.HALF_UP);
        if (educatedHours.signum() < 0 || educatedHours.compareTo(pedagogicalHours) > 0) {
            throw new IllegalArgumentException("Educated hours must be between 0 and the pedagogical hours");
        }
    }

    /** Full-time equivalents of a number of weekly hours. */
    public static BigDecimal fte(BigDecimal weeklyHours) {
        return weeklyHours.divide(FULL_TIME_WEEKLY_HOURS, FTE_SCALE, RoundingMode.HALF_UP);
    }

    public BigDecimal educatedFte() {
        return fte(educatedHours);
    }

    public BigDecimal pedagogicalFte() {
        return fte(pedagogicalHours);
    }

    /** The share of pedagogical FTE that is educated, or null where there is no pedagogical staff. */
    public @Nullable BigDecimal share() {
        if (pedagogicalHours.signum() == 0) {
            return null;
        }
        return educatedHours.divide(pedagogicalHours, 6, RoundingMode.HALF_UP);
    }

    /** Whether the share reaches the target; no pedagogical staff is not below any target. */
    public boolean meets(BigDecimal target) {
        BigDecimal share = share();
        return share == null || share.compareTo(target) >= 0;
    }

    /** Educated FTE still missing to reach the target (0 when it is reached). */
    public BigDecimal missingFte(BigDecimal target) {
        BigDecimal missingHours = target.multiply(pedagogicalHours).subtract(educatedHours);
        return missingHours.signum() <= 0 ? BigDecimal.ZERO.setScale(FTE_SCALE) : fte(missingHours);
    }

    public EducationCoverage plus(EducationCoverage other) {
        return new EducationCoverage(
                educatedHours.add(other.educatedHours), pedagogicalHours.add(other.pedagogicalHours));
    }
}
