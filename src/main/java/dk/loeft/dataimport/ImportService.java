package dk.loeft.dataimport;

import dk.loeft.platform.tenancy.Tenancy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The import module's service API, usable without a signed-in user (integrations, benchmarks):
 * parse, check and write one file in one call, as the given kommune. Every row is written with
 * that kommune's code, whatever the file says. A file with errors writes nothing; a real import
 * (not a dry run) leaves a line in the kommune's import history either way. Callers are trusted
 * code: the page and the REST API check that the user is the kommune's forvaltning.
 */
@Service
public class ImportService {

    private final ImportEngine engine;
    private final ImportJobs jobs;

    ImportService(ImportEngine engine, ImportJobs jobs) {
        this.engine = engine;
        this.jobs = jobs;
    }

    public ImportResult importInstitutions(int kommuneCode, String actor, String fileName, InputStream content) {
        return run(ImportKind.INSTITUTIONS, kommuneCode, actor, fileName, content, false);
    }

    public ImportResult importChildrenCounts(int kommuneCode, String actor, String fileName, InputStream content) {
        return run(ImportKind.CHILDREN_COUNTS, kommuneCode, actor, fileName, content, false);
    }

    public ImportResult importStaff(int kommuneCode, String actor, String fileName, InputStream content) {
        return run(ImportKind.STAFF, kommuneCode, actor, fileName, content, false);
    }

    /** Checks and writes a file; with {@code dryRun} only checks and counts (nothing written, no history). */
    public ImportResult run(
            ImportKind kind, int kommuneCode, String actor, String fileName, InputStream content, boolean dryRun) {
        byte[] bytes;
        try {
            bytes = content.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
        return Tenancy.asKommune(kommuneCode, () -> run(kind, kommuneCode, actor, fileName, bytes, dryRun));
    }

    private ImportResult run(
            ImportKind kind, int kommuneCode, String actor, String fileName, byte[] bytes, boolean dryRun) {
        Checked<?> checked = engine.check(kind, kommuneCode, bytes, fileName, ImportEngine.Progress.NONE);
        List<String> warnings = engine.warnings(checked);
        UUID id = dryRun ? null : UUID.randomUUID();
        if (!checked.isClean()) {
            List<ImportError> errors = engine.errors(checked);
            if (id != null) {
                jobs.recordFinished(
                        id,
                        kommuneCode,
                        kind,
                        fileName,
                        actor,
                        ImportStatus.INVALID,
                        checked.rowCount(),
                        new Counts(0, 0, 0),
                        checked.errors().count(),
                        errors,
                        warnings,
                        engine.source(checked));
            }
            return new ImportResult(
                    kind,
                    fileName,
                    ImportStatus.INVALID,
                    dryRun,
                    checked.rowCount(),
                    0,
                    0,
                    0,
                    checked.errors().count(),
                    errors,
                    warnings,
                    id);
        }
        Counts counts;
        try {
            counts = write(kind, kommuneCode, actor, fileName, dryRun, checked, warnings, id);
        } catch (StaleImportException e) {
            var error = new ImportError(null, null, engine.message("dataimport.error.stale"));
            if (id != null) {
                jobs.recordFinished(
                        id,
                        kommuneCode,
                        kind,
                        fileName,
                        actor,
                        ImportStatus.FAILED,
                        checked.rowCount(),
                        new Counts(0, 0, 0),
                        1,
                        List.of(error),
                        warnings,
                        engine.source(checked));
            }
            return new ImportResult(
                    kind,
                    fileName,
                    ImportStatus.FAILED,
                    dryRun,
                    checked.rowCount(),
                    0,
                    0,
                    0,
                    1,
                    List.of(error),
                    warnings,
                    id);
        }
        return new ImportResult(
                kind,
                fileName,
                dryRun ? ImportStatus.READY : ImportStatus.DONE,
                dryRun,
                checked.rowCount(),
                counts.created(),
                counts.updated(),
                counts.unchanged(),
                0,
                List.of(),
                warnings,
                id);
    }

    private Counts write(
            ImportKind kind,
            int kommuneCode,
            String actor,
            String fileName,
            boolean dryRun,
            Checked<?> checked,
            List<String> warnings,
            @Nullable UUID id) {
        return engine.write(kommuneCode, checked, !dryRun, new ImportWriter.Origin(actor, null), written -> {
            if (id != null) {
                jobs.recordFinished(
                        id,
                        kommuneCode,
                        kind,
                        fileName,
                        actor,
                        ImportStatus.DONE,
                        checked.rowCount(),
                        written,
                        0,
                        List.of(),
                        warnings,
                        engine.source(checked));
            }
        });
    }
}
