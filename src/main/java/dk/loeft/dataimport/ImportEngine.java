package dk.loeft.dataimport;

import dk.loeft.funding.CostCategory;
import dk.loeft.funding.LedgerService;
import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.Ownership;
import dk.loeft.platform.sheet.SheetData;
import dk.loeft.platform.sheet.SheetReader;
import dk.loeft.platform.sheet.UnreadableFileException;
import dk.loeft.staff.Education;
import dk.loeft.staff.SpecialFunction;
import dk.loeft.staff.StaffRole;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Parse, check and write, for every way in (the page, the REST API, the service API). Runs as
 * whichever kommune the calling thread acts for; callers set it with {@code Tenancy}.
 */
@Component
class ImportEngine {

    static final Locale DANISH = Locale.forLanguageTag("da-DK");

    /** The first key of the advisory lock that lets one import at a time write a kommune's data. */
    private static final int LOCK_NAMESPACE = 0x4C4F4654;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LedgerService ledger;
    private final Map<ImportKind, FileCheck<?>> checks = new EnumMap<>(ImportKind.class);
    private final Map<ImportKind, ImportWriter<?>> writers = new EnumMap<>(ImportKind.class);

    ImportEngine(
            JdbcClient jdbc,
            TransactionTemplate tx,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock,
            LedgerService ledger,
            List<ImportWriter<?>> writers) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.ledger = ledger;
        checks.put(ImportKind.INSTITUTIONS, new InstitutionCheck());
        checks.put(ImportKind.CHILDREN_COUNTS, new ChildrenCountCheck());
        checks.put(ImportKind.STAFF, new StaffCheck());
        checks.put(ImportKind.EXPENDITURE, new ExpenditureCheck());
        writers.forEach(w -> this.writers.put(w.kind(), w));
    }

    /** Reads and checks every row of the file; reports progress as (rows checked, rows in file). */
    Checked<?> check(ImportKind kind, int kommuneCode, byte[] content, String fileName, Progress progress) {
        SheetData data;
        try {
            data = SheetReader.read(fileName, content);
        } catch (UnreadableFileException e) {
            Problems problems = new Problems();
            problems.add(Problem.ofFile(e.messageKey(), e.arguments()));
            return new Checked<>(kind, null, 0, List.of(), problems, List.of(), Set.of(), List.of());
        }
        int total = data.rows().size();
        progress.report(0, total);
        var context = kind == ImportKind.EXPENDITURE
                ? new CheckContext(LocalDate.now(clock), Set.of(), ledger.rounds(), ledger.bookedVouchers(kommuneCode))
                : new CheckContext(LocalDate.now(clock), institutionNumbers(kind, kommuneCode));
        return checks.get(kind).check(data, context, done -> progress.report(done, total));
    }

    private Set<String> institutionNumbers(ImportKind kind, int kommuneCode) {
        if (kind == ImportKind.INSTITUTIONS) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select number from institution where kommune_code = :k")
                .param("k", kommuneCode)
                .query(String.class)
                .list());
    }

    /**
     * Writes (or with {@code apply = false} only counts) a clean file in one transaction, holding the
     * kommune's import lock. {@code alsoInTransaction} runs in the same transaction after the write,
     * so the history row commits with the data.
     */
    Counts write(
            int kommuneCode,
            Checked<?> checked,
            boolean apply,
            ImportWriter.Origin origin,
            Consumer<Counts> alsoInTransaction) {
        return write(kommuneCode, checked, apply, origin, ImportWriter.Steps.NONE, alsoInTransaction);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    Counts write(
            int kommuneCode,
            Checked<?> checked,
            boolean apply,
            ImportWriter.Origin origin,
            ImportWriter.Steps steps,
            Consumer<Counts> alsoInTransaction) {
        if (!checked.isClean()) {
            throw new IllegalArgumentException("Only a file without errors is written");
        }
        ImportWriter writer = writers.get(checked.kind());
        Counts counts = tx.execute(status -> {
            jdbc.sql("select 1 from (select pg_advisory_xact_lock(:ns, :k)) locked")
                    .param("ns", LOCK_NAMESPACE)
                    .param("k", kommuneCode)
                    .query(Integer.class)
                    .single();
            bulkSettings();
            Counts result = writer.write(kommuneCode, checked, apply, origin, steps);
            if (apply) {
                alsoInTransaction.accept(result);
                if (result.created() + result.updated() > 0) {
                    events.publishEvent(
                            new DataImported(kommuneCode, checked.kind(), result.created(), result.updated()));
                }
            } else {
                status.setRollbackOnly();
            }
            return result;
        });
        return java.util.Objects.requireNonNull(counts);
    }

    /**
     * Settings for this transaction only: the staging tables have no statistics, and the set-based
     * statements are meant to hash whole tables in memory rather than sort them on disk.
     */
    private void bulkSettings() {
        jdbc.sql("select set_config('work_mem', '64MB', true), set_config('enable_mergejoin', 'off', true),"
                        + " set_config('enable_nestloop', 'off', true)")
                .query()
                .listOfRows();
    }

    List<ImportError> errors(Checked<?> checked) {
        return checked.errors().list().stream().map(this::error).toList();
    }

    ImportError error(Problem problem) {
        return new ImportError(problem.row() == 0 ? null : problem.row(), problem.column(), message(problem));
    }

    List<String> warnings(Checked<?> checked) {
        return checked.warnings().stream().map(this::message).toList();
    }

    String message(Problem problem) {
        return messages.getMessage(problem.key(), problem.args(), DANISH);
    }

    String message(String key, String... args) {
        return messages.getMessage(key, args, DANISH);
    }

    /** How the file was read, e.g. "CSV, UTF-8, semikolon". */
    @Nullable
    String source(Checked<?> checked) {
        SheetData.Source source = checked.source();
        if (source == null) {
            return null;
        }
        if (source.format() == SheetData.Format.XLSX) {
            return message("dataimport.source.xlsx");
        }
        String separator =
                switch (source.separator() == null ? ';' : source.separator()) {
                    case ',' -> "comma";
                    case '\t' -> "tab";
                    default -> "semicolon";
                };
        return message("dataimport.source.csv", source.encoding(), message("dataimport.separator." + separator));
    }

    ImportJob.Preview preview(Checked<?> checked) {
        List<String> columns =
                checked.kind().columns().stream().map(ImportColumn::header).toList();
        List<List<String>> rows = new ArrayList<>();
        for (List<Object> row : checked.preview()) {
            rows.add(row.stream().map(this::display).toList());
        }
        return new ImportJob.Preview(columns, rows);
    }

    private String display(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case String s -> s;
            case LocalDate d -> Values.danish(d);
            case YearMonth m -> Values.danish(m);
            case BigDecimal n -> Values.danish(n);
            case InstitutionKind k -> message("kind." + k.name());
            case Ownership o -> message("ownership." + o.name());
            case StaffRole r -> message("staffrole." + r.name());
            case Education e -> message("education." + e.name());
            case SpecialFunction f -> message("function." + f.name());
            case CostCategory c -> message(c.labelKey());
            case Collection<?> c -> c.stream().map(this::display).collect(Collectors.joining(", "));
            default -> value.toString();
        };
    }

    /** Progress of checking: rows done of rows in the file. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (done, total) -> {};

        void report(int done, int total);
    }
}
