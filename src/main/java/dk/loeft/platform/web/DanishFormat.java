package dk.loeft.platform.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Numbers, shares and dates the Danish way (1.234,5; 62,3 %; 23.11.2026), for templates as
 * {@code ${@danish.percent(share)}} and for exports and tests, so every page shows one format.
 * A missing value prints as an en dash.
 */
@Component("danish")
public class DanishFormat {

    public static final Locale DANISH = Locale.of("da", "DK");

    private static final String MISSING = "–";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", DANISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", DANISH);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yy", DANISH);

    /** A number with exactly the given decimals: 1.234,5. */
    public String number(@Nullable Number value, int decimals) {
        if (value == null) {
            return MISSING;
        }
        BigDecimal rounded = toBigDecimal(value).setScale(decimals, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            rounded = rounded.abs();
        }
        return pattern(decimals).format(rounded);
    }

    /** A whole number with thousands separators: 1.234. */
    public String integer(@Nullable Number value) {
        return number(value, 0);
    }

    /** Full-time equivalents (årsværk), one decimal: 12,4. */
    public String fte(@Nullable Number value) {
        return number(value, 1);
    }

    /** A signed figure such as a margin, one decimal, with an explicit plus: +1,3 or −0,7. */
    public String signed(@Nullable Number value) {
        if (value == null) {
            return MISSING;
        }
        String text = number(value, 1);
        if (text.startsWith("-")) {
            return "−" + text.substring(1);
        }
        return toBigDecimal(value).setScale(1, RoundingMode.HALF_UP).signum() > 0 ? "+" + text : text;
    }

    /** A share (0.623) as a percentage with one decimal: 62,3 %. */
    public String percent(@Nullable Number share) {
        if (share == null) {
            return MISSING;
        }
        return number(toBigDecimal(share).movePointRight(2), 1) + " %";
    }

    /** An amount in øre as kroner: 1.234.567 kr., with øre only when there are some: 1.234,50 kr. */
    public String kroner(@Nullable Long oere) {
        if (oere == null) {
            return MISSING;
        }
        return number(BigDecimal.valueOf(oere, 2), oere % 100 == 0 ? 0 : 2) + " kr.";
    }

    public String date(@Nullable LocalDate date) {
        return date == null ? MISSING : DATE.format(date);
    }

    /** november 2026. */
    public String month(@Nullable YearMonth month) {
        return month == null ? MISSING : MONTH.format(month);
    }

    /** The month a date lies in: november 2026. */
    public String month(@Nullable LocalDate date) {
        return date == null ? MISSING : MONTH.format(date);
    }

    /** nov. 26, for chart axes and narrow table headers. */
    public String shortMonth(@Nullable YearMonth month) {
        return month == null ? MISSING : SHORT_MONTH.format(month);
    }

    private static DecimalFormat pattern(int decimals) {
        var symbols = DecimalFormatSymbols.getInstance(DANISH);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        var format = new DecimalFormat(decimals > 0 ? "#,##0." + "0".repeat(decimals) : "#,##0", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    private static BigDecimal toBigDecimal(Number value) {
        return value instanceof BigDecimal big ? big : new BigDecimal(value.toString());
    }
}
