package dk.loeft.plan.projection;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One year of the projection, at the year's end (the first line is the baseline itself).
 *
 * @param completions participants expected to complete in the year (intake × completion rate)
 * @param completedFte educated FTE the completions add
 * @param turnoverFte educated FTE lost to turnover net of educated replacements
 * @param share educated FTE ÷ pedagogical FTE; null without pedagogical staff
 */
public record ProjectionYear(
        int year,
        BigDecimal pedagogicalFte,
        BigDecimal educatedFte,
        BigDecimal completions,
        BigDecimal completedFte,
        BigDecimal turnoverFte,
        @Nullable BigDecimal share) {}
