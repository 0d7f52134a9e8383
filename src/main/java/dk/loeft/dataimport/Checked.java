package dk.loeft.dataimport;

import dk.loeft.platform.sheet.SheetData;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A file after every row was checked: the typed items ready to write when there are no errors,
 * the errors and warnings, which optional columns the file had (an optional column the file lacks
 * leaves that data as it is), and the first rows as read, for the preview.
 */
record Checked<T>(
        ImportKind kind,
        SheetData.@Nullable Source source,
        int rowCount,
        List<T> items,
        Problems errors,
        List<Problem> warnings,
        Set<String> presentColumns,
        List<List<Object>> preview) {

    static final int PREVIEW_ROWS = 10;

    boolean isClean() {
        return errors.isEmpty();
    }

    boolean has(String columnKey) {
        return presentColumns.contains(columnKey);
    }
}
