package dk.loeft.dataimport;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An import as its page shows it: who, what, where it is, and its errors or preview. */
public record ImportJob(
        UUID id,
        ImportKind kind,
        String fileName,
        String actorName,
        ImportStatus status,
        int totalRows,
        int processedRows,
        @Nullable String phase,
        int step,
        int steps,
        int created,
        int updated,
        int unchanged,
        int errorCount,
        List<ImportError> errors,
        List<String> warnings,
        @Nullable Preview preview,
        @Nullable String source,
        @Nullable String failure,
        Instant startedAt,
        @Nullable Instant finishedAt) {

    /** The first rows of the file as they were understood, under the kind's column headers. */
    public record Preview(List<String> columns, List<List<String>> rows) {}

    /** Progress in whole percent, for the progress bar: rows checked, or steps of the write. */
    public int percent() {
        if (status == ImportStatus.WRITING) {
            return steps == 0 ? 0 : step * 100 / (steps + 1);
        }
        return totalRows == 0 ? 0 : (int) Math.min(100, processedRows * 100L / totalRows);
    }
}
