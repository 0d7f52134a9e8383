package dk.loeft.dataimport;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads the values of Danish spreadsheets: dates, months, decimals with comma or point, labels. */
final class Values {

    static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    static final DateTimeFormatter DANISH_MONTH = DateTimeFormatter.ofPattern("MM-yyyy");

    private static final Pattern CPR = Pattern.compile("(\\d{2})(\\d{2})\\d{2}-?\\d{4}");

    private Values() {}

    /** A value that could not be read; {@code malformed} when it is not even in a known format. */
    static final class BadValue extends Exception {
        final boolean malformed;

        BadValue(boolean malformed) {
            super(null, null, false, false);
            this.malformed = malformed;
        }
    }

    /** dd-mm-yyyy, dd.mm.yyyy, dd/mm/yyyy (one-digit day and month too) or yyyy-mm-dd (as XLSX dates arrive). */
    static LocalDate date(String value) throws BadValue {
        String s = value;
        int space = s.indexOf(' ');
        if (space > 0) {
            s = s.substring(0, space);
        }
        int t = s.indexOf('T');
        if (t > 0) {
            s = s.substring(0, t);
        }
        int[] parts = new int[3];
        int[] lengths = new int[3];
        int part = 0;
        char separator = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (lengths[part] >= 4) {
                    throw new BadValue(true);
                }
                parts[part] = parts[part] * 10 + (c - '0');
                lengths[part]++;
            } else if (c == '-' || c == '.' || c == '/') {
                if (part == 2 || lengths[part] == 0 || (separator != 0 && c != separator)) {
                    throw new BadValue(true);
                }
                separator = c;
                part++;
            } else {
                throw new BadValue(true);
            }
        }
        if (part != 2 || lengths[2] == 0) {
            throw new BadValue(true);
        }
        int year;
        int month = parts[1];
        int day;
        if (lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2) {
            year = parts[0];
            day = parts[2];
        } else if (lengths[0] <= 2 && lengths[1] <= 2 && lengths[2] == 4) {
            day = parts[0];
            year = parts[2];
        } else {
            throw new BadValue(true);
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new BadValue(false);
        }
    }

    /** mm-yyyy, mm.yyyy, mm/yyyy or yyyy-mm, or a full date that is the 1st of its month. */
    static YearMonth month(String value) throws BadValue {
        String s = value;
        long separators =
                s.chars().filter(c -> c == '-' || c == '.' || c == '/').count();
        if (separators == 2 || s.indexOf(' ') > 0 || s.indexOf('T') > 0) {
            LocalDate date = date(s);
            if (date.getDayOfMonth() != 1) {
                throw new BadValue(false);
            }
            return YearMonth.from(date);
        }
        int sep = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || c == '.' || c == '/') {
                sep = i;
            } else if (c < '0' || c > '9') {
                throw new BadValue(true);
            }
        }
        if (sep <= 0 || sep == s.length() - 1) {
            throw new BadValue(true);
        }
        String first = s.substring(0, sep);
        String second = s.substring(sep + 1);
        try {
            if (first.length() <= 2 && second.length() == 4) {
                return YearMonth.of(Integer.parseInt(second), Integer.parseInt(first));
            }
            if (first.length() == 4 && second.length() <= 2) {
                return YearMonth.of(Integer.parseInt(first), Integer.parseInt(second));
            }
        } catch (DateTimeException e) {
            throw new BadValue(false);
        }
        throw new BadValue(true);
    }

    /**
     * A decimal number with a comma ({@code 32,5}) or a point ({@code 32.5}); with both, the last is
     * the decimal mark and the other groups thousands ({@code 1.234,5}).
     */
    static BigDecimal decimal(String value) throws BadValue {
        String s = value.replace(" ", "").replace("\u00A0", "");
        int comma = s.lastIndexOf(',');
        int point = s.lastIndexOf('.');
        if (comma >= 0 && point >= 0) {
            if (comma > point) {
                s = s.replace(".", "").replace(',', '.');
            } else {
                s = s.replace(",", "");
            }
        } else if (comma >= 0) {
            if (s.indexOf(',') != comma) {
                throw new BadValue(true);
            }
            s = s.replace(',', '.');
        }
        if (s.isEmpty() || s.length() > 30) {
            throw new BadValue(true);
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || c == '.' || (i == 0 && (c == '-' || c == '+')))) {
                throw new BadValue(true);
            }
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new BadValue(true);
        }
    }

    /** A whole number; {@code 12,0} from a spreadsheet is fine, {@code 12,5} is not. */
    static int integer(String value) throws BadValue {
        if (!value.isEmpty() && value.length() <= 9 && isDigits(value)) {
            return Integer.parseInt(value);
        }
        BigDecimal number = decimal(value);
        try {
            return number.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            throw new BadValue(true);
        }
    }

    private static boolean isDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether a value looks like a CPR number: ddmmyy-xxxx or ten digits starting with a day and month. */
    static boolean looksLikeCpr(String value) {
        int length = value.length();
        if (length != 10 && length != 11) {
            return false;
        }
        var matcher = CPR.matcher(value);
        if (!matcher.matches()) {
            return false;
        }
        int day = Integer.parseInt(matcher.group(1));
        int month = Integer.parseInt(matcher.group(2));
        return day >= 1 && day <= 31 && month >= 1 && month <= 12;
    }

    /** Lower case, æ/ø/å spelt out, runs of anything but letters and digits as one space. */
    static String normaliseLabel(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length() + 4);
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String letters =
                    switch (c) {
                        case 'æ', 'ä' -> "ae";
                        case 'ø', 'ö' -> "oe";
                        case 'å' -> "aa";
                        case 'é' -> "e";
                        default -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? String.valueOf(c) : null;
                    };
            if (letters == null) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(letters);
            }
        }
        return out.toString();
    }

    static String danish(LocalDate date) {
        return DANISH_DATE.format(date);
    }

    static String danish(YearMonth month) {
        return DANISH_MONTH.format(month);
    }

    static String danish(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
