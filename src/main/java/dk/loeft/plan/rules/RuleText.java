package dk.loeft.plan.rules;

import dk.loeft.platform.web.DanishFormat;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Finding arguments as Danish text ({@code 103.000 kr.}, {@code 31.07.2026}, {@code 10 %}), so a
 * message renders the same through MessageFormat on a page, in the API and in the document.
 */
final class RuleText {

    private static final DanishFormat DANISH = new DanishFormat();

    private RuleText() {}

    static String kroner(long oere) {
        return DANISH.kroner(oere);
    }

    static String date(LocalDate date) {
        return DANISH.date(date);
    }

    static String percent(BigDecimal percent) {
        return DANISH.number(percent, percent.stripTrailingZeros().scale() > 0 ? 1 : 0) + " %";
    }
}
