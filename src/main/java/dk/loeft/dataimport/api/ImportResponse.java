package dk.loeft.dataimport.api;

import dk.loeft.dataimport.ImportResult;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A checked (dry run) or written import file: its rows and the new, updated and unchanged items. */
record ImportResponse(
        String kind,
        String fileName,
        boolean dryRun,
        String status,
        int rows,
        int created,
        int updated,
        int unchanged,
        List<String> warnings,
        @Nullable UUID importId) {

    static ImportResponse of(ImportResult result) {
        return new ImportResponse(
                result.kind().slug(),
                result.fileName(),
                result.dryRun(),
                result.status().name(),
                result.rows(),
                result.created(),
                result.updated(),
                result.unchanged(),
                result.warnings(),
                result.jobId());
    }
}
