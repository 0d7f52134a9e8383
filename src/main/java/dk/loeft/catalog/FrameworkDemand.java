package dk.loeft.catalog;

import java.math.BigDecimal;

/**
 * One named demand of a frame: a fact of the offering (attribute), how it is compared (operator)
 * with a value (a number, or comma-separated codes) and, for "ca." figures, a tolerance; with the
 * paragraph of the frame it comes from.
 */
public record FrameworkDemand(
        String code,
        String label,
        FrameworkAttribute attribute,
        DemandOperator operator,
        String value,
        BigDecimal tolerance,
        String source) {

    public boolean isMetBy(Figure figure) {
        return operator.rule(value, tolerance).isMetBy(figure);
    }
}
