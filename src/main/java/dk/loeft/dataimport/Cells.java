package dk.loeft.dataimport;

import dk.loeft.dataimport.HeaderMap.Col;
import dk.loeft.platform.sheet.SheetRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * Reads the typed values of one row at a time, adding a Danish error with row and column for
 * every value that is missing or cannot be read. A method returns {@code null} for a blank or bad
 * value; {@link #rowIsClean()} tells whether the current row had no errors.
 */
final class Cells {

    private final Problems errors;
    private SheetRow row = new SheetRow(0, new String[0]);
    private int errorsBefore;

    Cells(Problems errors) {
        this.errors = errors;
    }

    void moveTo(SheetRow next) {
        row = next;
        errorsBefore = errors.count();
    }

    int rowNumber() {
        return row.number();
    }

    boolean rowIsClean() {
        return errors.count() == errorsBefore;
    }

    String raw(Col col) {
        return col.index() < 0 ? "" : row.cell(col.index());
    }

    boolean isBlank(Col col) {
        return raw(col).isEmpty();
    }

    void error(Col col, String key, String... args) {
        errors.add(new Problem(row.number(), col.header(), key, args));
    }

    @Nullable
    String text(Col col, boolean required, int maxLength) {
        String value = raw(col);
        if (value.isEmpty()) {
            if (required) {
                error(col, "dataimport.error.required");
            }
            return null;
        }
        if (value.length() > maxLength) {
            error(col, "dataimport.error.toolong", Integer.toString(maxLength));
            return null;
        }
        return value;
    }

    @Nullable
    LocalDate date(Col col, boolean required) {
        String value = raw(col);
        if (value.isEmpty()) {
            if (required) {
                error(col, "dataimport.error.required");
            }
            return null;
        }
        try {
            return Values.date(value);
        } catch (Values.BadValue e) {
            error(col, e.malformed ? "dataimport.error.date.format" : "dataimport.error.date.invalid", value);
            return null;
        }
    }

    @Nullable
    YearMonth month(Col col) {
        String value = raw(col);
        if (value.isEmpty()) {
            error(col, "dataimport.error.required");
            return null;
        }
        try {
            return Values.month(value);
        } catch (Values.BadValue e) {
            error(col, e.malformed ? "dataimport.error.month.format" : "dataimport.error.month.firstday", value);
            return null;
        }
    }

    /** A decimal with at most two decimals, from {@code min} (inclusive) to {@code max} (inclusive). */
    @Nullable
    BigDecimal decimal(Col col, boolean required, String rangeKey, BigDecimal min, BigDecimal max) {
        String value = raw(col);
        if (value.isEmpty()) {
            if (required) {
                error(col, "dataimport.error.required");
            }
            return null;
        }
        BigDecimal number;
        try {
            number = Values.decimal(value);
        } catch (Values.BadValue e) {
            error(col, "dataimport.error.number", value);
            return null;
        }
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            error(col, rangeKey, value);
            return null;
        }
        if (number.stripTrailingZeros().scale() > 2) {
            error(col, "dataimport.error.decimals", value);
            return null;
        }
        return number;
    }

    @Nullable
    Integer integer(Col col, String rangeKey, int min, int max) {
        String value = raw(col);
        if (value.isEmpty()) {
            return null;
        }
        int number;
        try {
            number = Values.integer(value);
        } catch (Values.BadValue e) {
            error(col, "dataimport.error.integer", value);
            return null;
        }
        if (number < min || number > max) {
            error(col, rangeKey, value, Integer.toString(min), Integer.toString(max));
            return null;
        }
        return number;
    }

    <E extends Enum<E>> @Nullable E label(Col col, Labels<E> labels, boolean required) {
        String value = raw(col);
        if (value.isEmpty()) {
            if (required) {
                error(col, "dataimport.error.required");
            }
            return null;
        }
        E found = labels.find(value).orElse(null);
        if (found == null) {
            error(col, "dataimport.error.label", value, labels.allowed());
        }
        return found;
    }
}
