package dk.loeft.catalog.web;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Numbers as a Danish user types them in the catalogue's forms: 4.500,50 kr. or 7,5 hours. */
final class Kroner {

    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");

    private Kroner() {}

    /** A non-negative number with a decimal comma (thousands dots allowed); empty means 0. */
    static Optional<BigDecimal> parse(@Nullable String text) {
        String t = text == null ? "" : text.replace(" ", "").replace("kr.", "").strip();
        if (t.isEmpty()) {
            return Optional.of(BigDecimal.ZERO);
        }
        if (!NUMBER.matcher(t).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(t.replace(".", "").replace(',', '.')));
    }

    /** Kroner with at most two decimals as øre. */
    static Optional<Long> oere(@Nullable String text) {
        return parse(text)
                .filter(k -> k.stripTrailingZeros().scale() <= 2)
                .filter(k -> k.compareTo(new BigDecimal("99999999")) <= 0)
                .map(k -> k.movePointRight(2).longValueExact());
    }

    /** Øre as kroner for a form field: 4500 or 4500,5. */
    static String text(long oere) {
        return decimal(BigDecimal.valueOf(oere, 2));
    }

    /** 7.50 as 7,5 and 12 as 12, for a form field. */
    static String decimal(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString().replace('.', ',');
    }
}
