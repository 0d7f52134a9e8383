package dk.loeft.plan.web;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Numbers as a Danish user types them: 1.234,50 or 1234,5 or 12. */
final class DanishNumbers {

    private static final Pattern NUMBER = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");

    private DanishNumbers() {}

    static Optional<BigDecimal> parse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.replace(" ", "").replace("kr.", "").replace('−', '-').strip();
        if (!NUMBER.matcher(t).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(t.replace(".", "").replace(',', '.')));
    }

    /** Kroner with at most two decimals as øre. */
    static Optional<Long> oere(@Nullable String text) {
        return parse(text)
                .filter(k -> k.stripTrailingZeros().scale() <= 2)
                .filter(k -> k.abs().compareTo(new BigDecimal("9999999999")) <= 0)
                .map(k -> k.movePointRight(2).longValueExact());
    }

    /** 1234.5 as 1234,5 and 12 as 12, for a form field. */
    static String text(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString().replace('.', ',');
    }

    /** Øre as kroner for a form field: 7000 or 203,17. */
    static String kroner(long oere) {
        return text(BigDecimal.valueOf(oere, 2));
    }
}
