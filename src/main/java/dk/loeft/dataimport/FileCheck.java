package dk.loeft.dataimport;

import dk.loeft.platform.sheet.SheetData;
import dk.loeft.platform.sheet.SheetRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Checks a whole file of one kind: the header, then that no column holds CPR numbers (then the file
 * is refused at once), then every row, then what rows must agree on across the file.
 */
abstract class FileCheck<T> {

    static final int PROGRESS_EVERY = 2_000;

    private static final Set<String> CPR_HEADERS =
            Set.of("cpr", "cprnr", "cprnummer", "personnummer", "personnr", "cprno");

    private final ImportKind kind;

    FileCheck(ImportKind kind) {
        this.kind = kind;
    }

    ImportKind kind() {
        return kind;
    }

    final Checked<T> check(SheetData data, CheckContext context, IntConsumer progress) {
        Problems errors = new Problems();
        List<Problem> warnings = new ArrayList<>();
        HeaderMap header = HeaderMap.read(kind, data, errors, warnings);
        checkHeader(header, data.headerRow(), errors);
        Set<String> present = new HashSet<>();
        for (ImportColumn column : kind.columns()) {
            if (header.col(column.key()).present()) {
                present.add(column.key());
            }
        }
        Problems cpr = cprProblems(data);
        if (!cpr.isEmpty()) {
            return new Checked<>(
                    kind, data.source(), data.rows().size(), List.of(), cpr, List.of(), present, List.of());
        }
        if (!errors.isEmpty()) {
            return new Checked<>(
                    kind, data.source(), data.rows().size(), List.of(), errors, warnings, present, List.of());
        }
        if (data.rows().isEmpty()) {
            errors.add(Problem.ofFile("dataimport.error.file.norows"));
            return new Checked<>(kind, data.source(), 0, List.of(), errors, warnings, present, List.of());
        }
        Cells cells = new Cells(errors);
        List<List<Object>> preview = new ArrayList<>();
        RowSink<T> sink = start(header, context, cells, warnings);
        int done = 0;
        for (SheetRow row : data.rows()) {
            cells.moveTo(row);
            sink.row(cells, preview);
            if (++done % PROGRESS_EVERY == 0) {
                progress.accept(done);
            }
        }
        List<T> items = sink.finish();
        progress.accept(done);
        return new Checked<>(
                kind,
                data.source(),
                data.rows().size(),
                errors.isEmpty() ? items : List.of(),
                errors,
                warnings,
                present,
                List.copyOf(preview));
    }

    /** Rules about which columns go together, beyond required ones. */
    void checkHeader(HeaderMap header, int headerRow, Problems errors) {}

    /** Starts checking the rows of one file. */
    abstract RowSink<T> start(HeaderMap header, CheckContext context, Cells cells, List<Problem> warnings);

    /** Takes the rows one by one; adds a clean row's values to the preview while it has room. */
    interface RowSink<T> {
        void row(Cells cells, List<List<Object>> preview);

        List<T> finish();

        static boolean wants(List<List<Object>> preview) {
            return preview.size() < Checked.PREVIEW_ROWS;
        }
    }

    /** One error per column that holds something like a CPR number, at its first row; the value is not repeated. */
    private static Problems cprProblems(SheetData data) {
        Problems problems = new Problems();
        List<String> header = data.header();
        for (int i = 0; i < header.size(); i++) {
            String normalised = ImportColumn.normaliseHeader(header.get(i));
            if (CPR_HEADERS.contains(normalised)) {
                problems.add(new Problem(data.headerRow(), header.get(i), "dataimport.error.cpr.header"));
            }
        }
        Set<Integer> reported = new HashSet<>();
        for (SheetRow row : data.rows()) {
            String[] cells = row.cells();
            for (int c = 0; c < cells.length; c++) {
                String value = cells[c];
                if ((value.length() == 10 || value.length() == 11) && Values.looksLikeCpr(value) && reported.add(c)) {
                    if (c < header.size() && !header.get(c).isEmpty()) {
                        problems.add(new Problem(row.number(), header.get(c), "dataimport.error.cpr"));
                    } else {
                        problems.add(new Problem(
                                row.number(), null, "dataimport.error.cpr.position", Integer.toString(c + 1)));
                    }
                }
            }
        }
        return problems;
    }
}
