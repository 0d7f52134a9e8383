package dk.loeft.dataimport;

import dk.loeft.platform.sheet.SheetData;
import java.util.Arrays;
import java.util.List;

/**
 * Where each column of an import kind is in a file's header row. Headers may come in any order
 * and spelling of case and spaces; unknown headers are warned about, missing required ones and
 * headers given twice are errors.
 */
final class HeaderMap {

    private final ImportKind kind;
    private final int[] indexes;

    private HeaderMap(ImportKind kind, int[] indexes) {
        this.kind = kind;
        this.indexes = indexes;
    }

    static HeaderMap read(ImportKind kind, SheetData data, Problems errors, List<Problem> warnings) {
        List<ImportColumn> columns = kind.columns();
        int[] indexes = new int[columns.size()];
        Arrays.fill(indexes, -1);
        List<String> header = data.header();
        int row = data.headerRow();
        for (int i = 0; i < header.size(); i++) {
            String text = header.get(i);
            String normalised = ImportColumn.normaliseHeader(text);
            if (normalised.isEmpty()) {
                continue;
            }
            int match = indexOf(columns, normalised);
            if (match < 0) {
                warnings.add(new Problem(row, text, "dataimport.warning.unknowncolumn", text));
            } else if (indexes[match] >= 0) {
                errors.add(new Problem(
                        row,
                        columns.get(match).header(),
                        "dataimport.error.header.duplicate",
                        header.get(indexes[match]),
                        text));
            } else {
                indexes[match] = i;
            }
        }
        boolean missing = false;
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).required() && indexes[c] < 0) {
                errors.add(new Problem(row, columns.get(c).header(), "dataimport.error.header.missing"));
                missing = true;
            }
        }
        if (missing) {
            for (ImportKind other : ImportKind.values()) {
                if (other != kind && fits(other, header)) {
                    errors.add(Problem.ofFile("dataimport.error.header.otherkind." + other.name()));
                }
            }
        }
        return new HeaderMap(kind, indexes);
    }

    private static int indexOf(List<ImportColumn> columns, String normalised) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).matches(normalised)) {
                return c;
            }
        }
        return -1;
    }

    /** Whether a header has every required column of the kind (the user chose the wrong kind). */
    private static boolean fits(ImportKind kind, List<String> header) {
        List<String> normalised =
                header.stream().map(ImportColumn::normaliseHeader).toList();
        return kind.columns().stream().filter(ImportColumn::required).allMatch(c -> normalised.stream()
                .anyMatch(c::matches));
    }

    /** The column (by its key) with where it is in the file, -1 when the file does not have it. */
    Col col(String key) {
        ImportColumn column = kind.column(key);
        return new Col(column, indexes[kind.columns().indexOf(column)]);
    }

    /** A column of the import kind and its index in the file (-1: not in the file). */
    record Col(ImportColumn column, int index) {

        boolean present() {
            return index >= 0;
        }

        String header() {
            return column.header();
        }
    }
}
