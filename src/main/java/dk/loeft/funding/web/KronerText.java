package dk.loeft.funding.web;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an amount as a Danish user types it: decimal comma, optional thousands points, optional
 * "kr." ({@code 12.500,50}, {@code 12500}, {@code 980,5 kr.}); a point followed by one or two digits
 * is not read as a decimal mark, so {@code 12.50} is refused rather than guessed.
 */
final class KronerText {

    private static final Pattern DANISH = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d{1,2})?");

    private KronerText() {}

    /** The amount in øre, or empty when the text is not an amount. */
    static Optional<Long> oere(String text) {
        String s = text.replace("\u00A0", "").replace(" ", "");
        if (s.toLowerCase(java.util.Locale.ROOT).endsWith("kr.")) {
            s = s.substring(0, s.length() - 3);
        } else if (s.toLowerCase(java.util.Locale.ROOT).endsWith("kr")) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.length() > 20 || !DANISH.matcher(s).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s.replace(".", "").replace(',', '.'))
                .movePointRight(2)
                .longValueExact());
    }
}
