package dk.loeft.dataimport;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an import did (or, for a dry run, would do). {@code rows} counts the file's data rows; the
 * three counts are of institutions, months or people (a person may have several rows). With errors
 * the status is {@link ImportStatus#INVALID}, the counts are 0 and nothing was written.
 */
public record ImportResult(
        ImportKind kind,
        String fileName,
        ImportStatus status,
        boolean dryRun,
        int rows,
        int created,
        int updated,
        int unchanged,
        int errorCount,
        List<ImportError> errors,
        List<String> warnings,
        @Nullable UUID jobId) {

    public ImportResult {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean isValid() {
        return errorCount == 0;
    }
}
