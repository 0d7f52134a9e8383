package dk.loeft.dataimport;

import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The import page's jobs: upload → check (in the background for large files, with progress) →
 * preview → confirm → write (in the background for many rows) → done, each step recorded in the
 * kommune's import history so the user can leave and come back. The checked rows wait for
 * confirmation in this application's memory (not in the database) for {@code pendingTimeout};
 * after that, or after a restart, the job is expired and the file must be uploaded again.
 */
@Service
public class ImportJobService {

    private static final Logger log = LoggerFactory.getLogger(ImportJobService.class);

    private final ImportEngine engine;
    private final ImportJobs jobs;
    private final DataImportProperties properties;
    private final Clock clock;
    private final ExecutorService executor;
    private final Map<UUID, Pending> pending = new ConcurrentHashMap<>();

    /** A checked, clean file waiting for the user's confirmation. */
    private record Pending(int kommuneCode, Checked<?> checked, Instant expires) {}

    ImportJobService(ImportEngine engine, ImportJobs jobs, DataImportProperties properties, Clock clock) {
        this.engine = engine;
        this.jobs = jobs;
        this.properties = properties;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(
                properties.backgroundThreads(),
                properties.backgroundThreads(),
                0,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(),
                work -> {
                    Thread thread = new Thread(work, "import-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    @EventListener(ApplicationReadyEvent.class)
    void closeJobsInterruptedByARestart() {
        int closed =
                Tenancy.runAs(Tenancy.ALL, () -> jobs.closeInterrupted(engine.message("dataimport.failure.restart")));
        if (closed > 0) {
            log.info("Closed {} import jobs left open by the previous run", closed);
        }
    }

    /** Registers an uploaded file and checks it, now or in the background; returns the job to follow. */
    public UUID start(LoeftUser user, ImportKind kind, String fileName, byte[] content) {
        int kommuneCode = requireImporter(user, kind);
        expireOverdue();
        UUID id = UUID.randomUUID();
        Tenancy.asKommune(kommuneCode, () -> {
            jobs.create(id, kommuneCode, kind, fileName, user.getUsername(), user.displayName());
            return id;
        });
        Runnable check = () -> check(id, kommuneCode, kind, fileName, content, user.getUsername());
        if (content.length <= properties.synchronousMaxBytes()) {
            Tenancy.runAs(Integer.toString(kommuneCode), check);
        } else {
            executor.execute(carrying(user, kommuneCode, check));
        }
        return id;
    }

    private void check(UUID id, int kommuneCode, ImportKind kind, String fileName, byte[] content, String actor) {
        try {
            var lastReport = new long[] {0};
            Checked<?> checked = engine.check(kind, kommuneCode, content, fileName, (done, total) -> {
                long now = System.nanoTime();
                if (done == 0 || now - lastReport[0] > 500_000_000L) {
                    lastReport[0] = now;
                    jobs.progress(id, done, total);
                }
            });
            List<String> warnings = engine.warnings(checked);
            if (!checked.isClean()) {
                jobs.markInvalid(
                        id,
                        checked.rowCount(),
                        checked.errors().count(),
                        engine.errors(checked),
                        warnings,
                        engine.source(checked));
                return;
            }
            Counts counts = engine.write(kommuneCode, checked, false, new ImportWriter.Origin(actor, id), c -> {});
            pending.put(id, new Pending(kommuneCode, checked, clock.instant().plus(properties.pendingTimeout())));
            jobs.markReady(id, checked.rowCount(), counts, engine.preview(checked), warnings, engine.source(checked));
        } catch (RuntimeException e) {
            log.error("Import {} could not be checked", id, e);
            pending.remove(id);
            jobs.markFailed(id, engine.message("dataimport.failure.general"));
        }
    }

    /** The user accepts the preview: the checked rows are written, now or in the background. */
    public void confirm(LoeftUser user, UUID id) {
        ImportJob job = job(user, id);
        int kommuneCode = user.kommuneCode();
        Pending waiting = pending.get(id);
        if (job.status() != ImportStatus.READY || waiting == null || waiting.kommuneCode() != kommuneCode) {
            throw new ImportNotReadyException(job.status());
        }
        if (!Tenancy.asKommune(kommuneCode, () -> jobs.startWriting(id))) {
            throw new ImportNotReadyException(job(user, id).status());
        }
        pending.remove(id);
        Runnable write = () -> write(id, kommuneCode, waiting.checked(), user.getUsername());
        if (waiting.checked().rowCount() <= properties.synchronousMaxRows()) {
            Tenancy.runAs(Integer.toString(kommuneCode), write);
        } else {
            executor.execute(carrying(user, kommuneCode, write));
        }
    }

    private void write(UUID id, int kommuneCode, Checked<?> checked, String actor) {
        try {
            engine.write(
                    kommuneCode,
                    checked,
                    true,
                    new ImportWriter.Origin(actor, id),
                    (step, of, phase) -> jobs.step(id, step, of, phase),
                    counts -> jobs.markDone(id, counts));
        } catch (StaleImportException e) {
            jobs.markFailed(id, engine.message("dataimport.error.stale"));
        } catch (RuntimeException e) {
            log.error("Import {} could not be written", id, e);
            jobs.markFailed(id, engine.message("dataimport.failure.general"));
        }
    }

    /** The user drops a checked file instead of importing it. */
    public void cancel(LoeftUser user, UUID id) {
        job(user, id);
        int kommuneCode = user.kommuneCode();
        pending.remove(id);
        if (!Tenancy.asKommune(kommuneCode, () -> jobs.cancel(id))) {
            throw new ImportNotReadyException(job(user, id).status());
        }
    }

    /** A job of the user's kommune, or not found. A ready job whose rows are gone shows as expired. */
    public ImportJob job(LoeftUser user, UUID id) {
        int kommuneCode = requireImporter(user);
        expireOverdue();
        return Tenancy.asKommune(kommuneCode, () -> {
            ImportJob job = jobs.find(id)
                    .filter(found -> found.kind().importableBy(user.role()))
                    .orElseThrow(NotFoundException::new);
            if (job.status() == ImportStatus.READY && !pending.containsKey(id)) {
                jobs.expire(id);
                return jobs.find(id).orElseThrow(NotFoundException::new);
            }
            return job;
        });
    }

    /** The kommune's recent imports of the kinds the user may import. */
    public List<ImportHistoryEntry> history(LoeftUser user) {
        int kommuneCode = requireImporter(user);
        return Tenancy.asKommune(kommuneCode, () -> jobs.history(kommuneCode, 50)).stream()
                .filter(entry -> entry.kind().importableBy(user.role()))
                .toList();
    }

    /** The import kinds the user may choose: every kind for the forvaltning, expenditure for økonomi. */
    public List<ImportKind> kinds(LoeftUser user) {
        return java.util.Arrays.stream(ImportKind.values())
                .filter(k -> k.importableBy(user.role()))
                .toList();
    }

    private void expireOverdue() {
        Instant now = clock.instant();
        pending.entrySet().removeIf(e -> {
            if (e.getValue().expires().isBefore(now)) {
                Tenancy.runAs(Integer.toString(e.getValue().kommuneCode()), () -> jobs.expire(e.getKey()));
                return true;
            }
            return false;
        });
    }

    /** Runs work on a background thread as the user and their kommune, as it would run on the request. */
    private static Runnable carrying(LoeftUser user, int kommuneCode, Runnable work) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return () -> {
            SecurityContextHolder.setContext(context);
            try {
                Tenancy.runAs(String.valueOf(kommuneCode), work);
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
    }

    /** The kommune of a user who may import something (forvaltning, økonomi). */
    private static int requireImporter(LoeftUser user) {
        if (!user.is(Role.KOMMUNE_ADMIN) && !user.is(Role.FINANCE)) {
            throw new AccessDeniedException("Kun forvaltningen og økonomi kan importere data");
        }
        return user.kommuneCode();
    }

    private static int requireImporter(LoeftUser user, ImportKind kind) {
        if (!kind.importableBy(user.role())) {
            throw new AccessDeniedException("Rollen " + user.role() + " kan ikke importere " + kind);
        }
        return user.kommuneCode();
    }
}
