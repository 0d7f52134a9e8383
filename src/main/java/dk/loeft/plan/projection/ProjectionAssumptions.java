package dk.loeft.plan.projection;

import java.math.BigDecimal;

/**
 * What the projection assumes beyond the plan, each a fraction the user may change on the page.
 * The defaults: a participant works 0,80 of full time (six of ten pædagoger work part-time, research
 * §4.3); 85 % complete; 15 % of the educated staff leave each year (the lowest kommune turnover
 * 2017-2021 is 14,3 %, research §4.3) and all of those replacing them are educated, so that without
 * the plan the share stays where it is and the projection shows what the plan itself does. A
 * kommune that cannot recruit pædagoger lowers the share of educated hires and sees the share fall.
 *
 * @param ftePerParticipant full-time equivalents one completing participant adds to the educated
 * @param completionRate share of a cohort that completes
 * @param turnoverRate share of the educated staff leaving in a year
 * @param educatedHireShare share of the replacements who are educated (pædagog or PAU)
 */
public record ProjectionAssumptions(
        BigDecimal ftePerParticipant,
        BigDecimal completionRate,
        BigDecimal turnoverRate,
        BigDecimal educatedHireShare) {

    public static final ProjectionAssumptions DEFAULTS = new ProjectionAssumptions(
            new BigDecimal("0.80"), new BigDecimal("0.85"), new BigDecimal("0.15"), BigDecimal.ONE);

    public ProjectionAssumptions {
        for (BigDecimal fraction :
                new BigDecimal[] {ftePerParticipant, completionRate, turnoverRate, educatedHireShare}) {
            if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("Every assumption is a fraction from 0 to 1: " + fraction);
            }
        }
    }
}
