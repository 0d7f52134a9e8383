package dk.loeft.dataimport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code import_job} table: each import's state, progress, counts, errors and preview, so a
 * user can leave the page and come back. Rows are the kommune's (row-level security); status
 * changes are conditional on the status they leave, so a double click cannot confirm twice.
 */
@Component
class ImportJobs {

    /** Errors kept to show per job; the count is always complete. */
    static final int STORED_ERRORS = 1_000;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate separately;

    ImportJobs(JdbcClient jdbc, JsonMapper json, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void create(UUID id, int kommuneCode, ImportKind kind, String fileName, String actor, String actorName) {
        jdbc.sql("""
                insert into import_job (id, kommune_code, kind, file_name, actor, actor_name, status, started_at)
                values (:id, :k, :kind, :file, :actor, :actorName, 'VALIDATING', :now)""")
                .param("id", id)
                .param("k", kommuneCode)
                .param("kind", kind.name())
                .param("file", fileName)
                .param("actor", actor)
                .param("actorName", actorName)
                .param("now", now())
                .update();
    }

    void progress(UUID id, int processed, int total) {
        jdbc.sql("update import_job set processed_rows = :done, total_rows = :total where id = :id")
                .param("id", id)
                .param("done", processed)
                .param("total", total)
                .update();
    }

    void markInvalid(
            UUID id,
            int rows,
            int errorCount,
            List<ImportError> errors,
            List<String> warnings,
            @Nullable String source) {
        jdbc.sql("""
                update import_job
                   set status = 'INVALID', total_rows = :rows, processed_rows = :rows, error_count = :count,
                       errors = cast(:errors as jsonb), warnings = cast(:warnings as jsonb), source = :source,
                       finished_at = :now
                 where id = :id""")
                .param("id", id)
                .param("rows", rows)
                .param("count", errorCount)
                .param("errors", json.writeValueAsString(errors.subList(0, Math.min(errors.size(), STORED_ERRORS))))
                .param("warnings", json.writeValueAsString(warnings))
                .param("source", source)
                .param("now", now())
                .update();
    }

    void markReady(
            UUID id,
            int rows,
            Counts counts,
            ImportJob.Preview preview,
            List<String> warnings,
            @Nullable String source) {
        jdbc.sql("""
                update import_job
                   set status = 'READY', total_rows = :rows, processed_rows = :rows,
                       created_count = :created, updated_count = :updated, unchanged_count = :unchanged,
                       preview = cast(:preview as jsonb), warnings = cast(:warnings as jsonb), source = :source
                 where id = :id and status = 'VALIDATING'""")
                .param("id", id)
                .param("rows", rows)
                .param("created", counts.created())
                .param("updated", counts.updated())
                .param("unchanged", counts.unchanged())
                .param("preview", json.writeValueAsString(preview))
                .param("warnings", json.writeValueAsString(warnings))
                .param("source", source)
                .update();
    }

    /**
     * Which step of the write is under way. Committed on its own (the write's transaction is still
     * open), so the page that polls sees it.
     */
    void step(UUID id, int step, int steps, String phaseKey) {
        separately.executeWithoutResult(
                status -> jdbc.sql("update import_job set step = :step, steps = :steps, phase = :phase where id = :id")
                        .param("id", id)
                        .param("step", step)
                        .param("steps", steps)
                        .param("phase", phaseKey)
                        .update());
    }

    /** READY → WRITING; false when the job was not ready (already confirmed, cancelled or expired). */
    boolean startWriting(UUID id) {
        return jdbc.sql(
                                "update import_job set status = 'WRITING', processed_rows = 0 where id = :id and status = 'READY'")
                        .param("id", id)
                        .update()
                == 1;
    }

    /** Records a finished import; runs in the write's transaction, so the row commits with the data. */
    void markDone(UUID id, Counts counts) {
        jdbc.sql("""
                update import_job
                   set status = 'DONE', processed_rows = total_rows, step = steps, created_count = :created,
                       updated_count = :updated, unchanged_count = :unchanged, finished_at = :now
                 where id = :id""")
                .param("id", id)
                .param("created", counts.created())
                .param("updated", counts.updated())
                .param("unchanged", counts.unchanged())
                .param("now", now())
                .update();
    }

    /** A finished import that never went through the page (service or REST API): one history row. */
    void recordFinished(
            UUID id,
            int kommuneCode,
            ImportKind kind,
            String fileName,
            String actor,
            ImportStatus status,
            int rows,
            Counts counts,
            int errorCount,
            List<ImportError> errors,
            List<String> warnings,
            @Nullable String source) {
        jdbc.sql("""
                insert into import_job (id, kommune_code, kind, file_name, actor, actor_name, status,
                                        total_rows, processed_rows, created_count, updated_count, unchanged_count,
                                        error_count, errors, warnings, source, started_at, finished_at)
                values (:id, :k, :kind, :file, :actor, :actor, :status, :rows, :rows, :created, :updated, :unchanged,
                        :errorCount, cast(:errors as jsonb), cast(:warnings as jsonb), :source, :now, :now)""")
                .param("id", id)
                .param("k", kommuneCode)
                .param("kind", kind.name())
                .param("file", fileName)
                .param("actor", actor)
                .param("status", status.name())
                .param("rows", rows)
                .param("created", counts.created())
                .param("updated", counts.updated())
                .param("unchanged", counts.unchanged())
                .param("errorCount", errorCount)
                .param("errors", json.writeValueAsString(errors.subList(0, Math.min(errors.size(), STORED_ERRORS))))
                .param("warnings", json.writeValueAsString(warnings))
                .param("source", source)
                .param("now", now())
                .update();
    }

    void markFailed(UUID id, String failure) {
        jdbc.sql("update import_job set status = 'FAILED', failure = :failure, finished_at = :now where id = :id")
                .param("id", id)
                .param("failure", failure)
                .param("now", now())
                .update();
    }

    boolean cancel(UUID id) {
        return jdbc.sql(
                                "update import_job set status = 'CANCELLED', finished_at = :now where id = :id and status = 'READY'")
                        .param("id", id)
                        .param("now", now())
                        .update()
                == 1;
    }

    void expire(UUID id) {
        jdbc.sql("update import_job set status = 'EXPIRED', finished_at = :now where id = :id and status = 'READY'")
                .param("id", id)
                .param("now", now())
                .update();
    }

    /** After a restart no job is running and no checked rows are in memory: close what was left open. */
    int closeInterrupted(String failure) {
        return jdbc.sql("""
                update import_job
                   set status = case status when 'READY' then 'EXPIRED' else 'FAILED' end,
                       failure = case status when 'READY' then null else :failure end,
                       finished_at = :now
                 where status in ('VALIDATING', 'READY', 'WRITING')""").param("failure", failure).param("now", now()).update();
    }

    Optional<ImportJob> find(UUID id) {
        return jdbc.sql("select * from import_job where id = :id")
                .param("id", id)
                .query(this::job)
                .optional();
    }

    List<ImportHistoryEntry> history(int kommuneCode, int limit) {
        return jdbc.sql("""
                        select id, started_at, kind, file_name, actor_name, total_rows, created_count, updated_count,
                               unchanged_count, error_count, status
                          from import_job
                         where kommune_code = :k
                         order by started_at desc
                         limit :limit""")
                .param("k", kommuneCode)
                .param("limit", limit)
                .query((rs, n) -> new ImportHistoryEntry(
                        rs.getObject("id", UUID.class),
                        rs.getTimestamp("started_at").toInstant(),
                        ImportKind.valueOf(rs.getString("kind")),
                        rs.getString("file_name"),
                        rs.getString("actor_name"),
                        rs.getInt("total_rows"),
                        rs.getInt("created_count"),
                        rs.getInt("updated_count"),
                        rs.getInt("unchanged_count"),
                        rs.getInt("error_count"),
                        ImportStatus.valueOf(rs.getString("status"))))
                .list();
    }

    private ImportJob job(ResultSet rs, int rowNum) throws SQLException {
        String preview = rs.getString("preview");
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportJob(
                rs.getObject("id", UUID.class),
                ImportKind.valueOf(rs.getString("kind")),
                rs.getString("file_name"),
                rs.getString("actor_name"),
                ImportStatus.valueOf(rs.getString("status")),
                rs.getInt("total_rows"),
                rs.getInt("processed_rows"),
                rs.getString("phase"),
                rs.getInt("step"),
                rs.getInt("steps"),
                rs.getInt("created_count"),
                rs.getInt("updated_count"),
                rs.getInt("unchanged_count"),
                rs.getInt("error_count"),
                json.readValue(rs.getString("errors"), new TypeReference<List<ImportError>>() {}),
                json.readValue(rs.getString("warnings"), new TypeReference<List<String>>() {}),
                preview == null ? null : json.readValue(preview, ImportJob.Preview.class),
                rs.getString("source"),
                rs.getString("failure"),
                rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
