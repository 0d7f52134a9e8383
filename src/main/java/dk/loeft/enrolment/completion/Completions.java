package dk.loeft.enrolment.completion;

import dk.loeft.catalog.Catalog;
import dk.loeft.catalog.Offering;
import dk.loeft.catalog.OfferingModule;
import dk.loeft.enrolment.Outcome;
import dk.loeft.enrolment.Participation;
import dk.loeft.enrolment.ParticipationStatus;
import dk.loeft.enrolment.Participations;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.staff.Education;
import dk.loeft.staff.StaffMember;
import dk.loeft.staff.StaffRecord;
import dk.loeft.staff.StaffRole;
import dk.loeft.staff.StaffService;
import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results (resultater): the forvaltning registers a seated participant's outcome (passed, failed,
 * dropped out) one by one, for many at once, or from the provider's file. A pass is carried into
 * the person's record: a programme that makes the person a pædagog or pædagogisk assistent adds
 * that education (completion year = the result's year, which is what the coverage counts), other
 * offerings with ECTS add their diploma modules. The post (stilling) is not changed: that follows
 * the person's employment, which HR reports. A wrong result is corrected: the changes to the
 * record are undone and the participation is seated again, ready for the right result.
 */
@Service
@Transactional(readOnly = true)
public class Completions {

    private final Participations participations;
    private final Catalog catalog;
    private final StaffService staff;
    private final AttendanceRegister attendance;
    private final JdbcClient jdbc;
    private final Clock clock;

    Completions(
            Participations participations,
            Catalog catalog,
            StaffService staff,
            AttendanceRegister attendance,
            JdbcClient jdbc,
            Clock clock) {
        this.participations = participations;
        this.catalog = catalog;
        this.staff = staff;
        this.attendance = attendance;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The seated participants of an offering with their results, for the results page. */
    public List<Participant> participants(UUID offeringId) {
        CompletionAccess.requireAdmin();
        catalog.offering(offeringId);
        return attendance.participants(offeringId);
    }

    /** Registers one participant's result. */
    @Transactional
    public Participation complete(UUID participationId, int expectedVersion, CompletionCommand command) {
        LoeftUser user = CompletionAccess.requireAdmin();
        Participation participation = participations.get(participationId);
        Offering offering = catalog.offering(participation.offeringId());
        List<Violation> violations = CompletionRules.check(participation, offering, command, today());
        if (!violations.isEmpty()) {
            Violation first = violations.getFirst();
            throw new RuleViolationException(first.key(), first.args());
        }
        write(participation, expectedVersion, offering, command, CompletionSource.MANUAL, user);
        return participations.get(participationId);
    }

    /**
     * Registers results for several participants of one offering at once (participation id to
     * its version and result): all are checked first; with any error none is saved.
     */
    @Transactional
    public int completeMany(UUID offeringId, Map<UUID, Versioned> results) {
        LoeftUser user = CompletionAccess.requireAdmin();
        Offering offering = catalog.offering(offeringId);
        List<RowError> errors = new ArrayList<>();
        Map<Participation, Versioned> checked = new LinkedHashMap<>();
        for (Map.Entry<UUID, Versioned> entry : results.entrySet()) {
            Participation participation = participations.get(entry.getKey());
            if (!participation.offeringId().equals(offeringId)) {
                errors.add(
                        new RowError(entry.getKey(), new Violation("status", "enrolment.completion.error.notSeated")));
                continue;
            }
            CompletionRules.check(participation, offering, entry.getValue().command(), today())
                    .forEach(v -> errors.add(new RowError(entry.getKey(), v)));
            checked.put(participation, entry.getValue());
        }
        if (!errors.isEmpty()) {
            throw new ResultsRejectedException(errors);
        }
        checked.forEach((participation, result) ->
                write(participation, result.version(), offering, result.command(), CompletionSource.MANUAL, user));
        return checked.size();
    }

    /** A result with the version of the participation it was entered against. */
    public record Versioned(int version, CompletionCommand command) {}

    /**
     * Reads the provider's result file (CSV or XLSX: employee number, result, date, ECTS, reason),
     * checks every row and registers all results only if the whole file is clean.
     */
    @Transactional
    public ImportReport importFile(UUID offeringId, String fileName, byte[] content) {
        LoeftUser user = CompletionAccess.requireAdmin();
        Offering offering = catalog.offering(offeringId);
        Map<String, Participation> byEmployeeNumber = new LinkedHashMap<>();
        for (Participant p : attendance.participants(offeringId)) {
            byEmployeeNumber.put(
                    p.employeeNumber().trim().toLowerCase(java.util.Locale.ROOT),
                    participations.get(p.participationId()));
        }
        OutcomeFile.Parsed parsed = OutcomeFile.read(fileName, content, offering, byEmployeeNumber, today());
        if (!parsed.problems().isEmpty()) {
            return new ImportReport(0, parsed.problems());
        }
        parsed.rows()
                .forEach(row -> write(
                        row.participation(),
                        row.participation().version(),
                        offering,
                        row.command(),
                        CompletionSource.IMPORT,
                        user));
        return new ImportReport(parsed.rows().size(), List.of());
    }

    /**
     * Corrects a result entered wrongly: what it added to the person's record is removed again,
     * the entry is kept as corrected (with who, when and why) and the participation is seated
     * again, so the right result can be registered.
     */
    @Transactional
    public Participation correct(UUID participationId, int expectedVersion, String reason) {
        LoeftUser user = CompletionAccess.requireAdmin();
        Participation participation = participations.get(participationId);
        if (participation.status() != ParticipationStatus.COMPLETED) {
            throw new RuleViolationException("enrolment.completion.error.notCompleted");
        }
        if (reason.isBlank()) {
            throw new RuleViolationException("enrolment.completion.error.correctionReason");
        }
        if (participation.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("Participation " + participationId + " was changed");
        }
        currentEntry(participationId).ifPresent(entry -> {
            undo(participation.staffMember(), entry);
            jdbc.sql("""
                    update completion_entry set corrected_by = :by, corrected_at = :now, correction_reason = :reason
                     where id = :id
                    """)
                    .param("id", entry.id())
                    .param("by", user.getUsername())
                    .param("now", Timestamp.from(clock.instant()))
                    .param("reason", reason.trim())
                    .update();
        });
        int updated = jdbc.sql("""
                update participation
                   set status = 'ENROLLED', outcome = null, outcome_on = null, outcome_reason = null, ects_awarded = 0,
                       version = version + 1
                 where id = :id and version = :version and status = 'COMPLETED'
                """)
                .param("id", participationId)
                .param("version", expectedVersion)
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Participation " + participationId + " was changed");
        }
        return participations.get(participationId);
    }

    private void write(
            Participation participation,
            int expectedVersion,
            Offering offering,
            CompletionCommand command,
            CompletionSource source,
            LoeftUser user) {
        int ects = CompletionRules.ectsAwarded(offering, command);
        int updated = jdbc.sql("""
                update participation
                   set status = 'COMPLETED', outcome = :outcome, outcome_on = :on, outcome_reason = :reason,
                       ects_awarded = :ects, version = version + 1
                 where id = :id and version = :version and status = 'ENROLLED'
                """)
                .param("id", participation.id())
                .param("version", expectedVersion)
                .param("outcome", command.outcome().name())
                .param("on", command.on())
                .param(
                        "reason",
                        command.reason() == null || command.reason().isBlank()
                                ? null
                                : command.reason().trim())
                .param("ects", ects)
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Participation " + participation.id() + " was changed");
        }
        PersonChange change = command.outcome() == Outcome.PASSED
                ? carryIntoRecord(participation, offering, command.on(), ects)
                : PersonChange.NONE;
        jdbc.sql("""
                insert into completion_entry (id, participation, kommune_code, source, outcome, recorded_by, recorded_at,
                                              education_added, education_year, modules_added)
                values (:id, :p, :k, :source, :outcome, :by, :now, :education, :year, coalesce(string_to_array(:modules, chr(31)), '{}'))
                """)
                .param("id", UUID.randomUUID())
                .param("p", participation.id())
                .param("k", participation.kommuneCode())
                .param("source", source.name())
                .param("outcome", command.outcome().name())
                .param("by", user.getUsername())
                .param("now", Timestamp.from(clock.instant()))
                .param(
                        "education",
                        change.education() == null ? null : change.education().name())
                .param("year", change.education() == null ? null : command.on().getYear())
                .param("modules", change.modules().isEmpty() ? null : String.join("\u001f", change.modules()))
                .update();
    }

    /** What a pass added to the person's record, so a correction can take it out again. */
    record PersonChange(@Nullable Education education, List<String> modules) {
        static final PersonChange NONE = new PersonChange(null, List.of());
    }

    /** The education a programme gives: pædagog (merit) or PAU; none for other offerings. */
    static @Nullable Education educationOf(Offering offering) {
        if (offering.programme() == null || offering.programme().graduatesAs() == null) {
            return null;
        }
        return offering.programme().graduatesAs() == StaffRole.PAEDAGOG ? Education.PAEDAGOG : Education.PAU;
    }

    private PersonChange carryIntoRecord(Participation participation, Offering offering, LocalDate on, int ects) {
        StaffMember member = staff.get(participation.staffMember());
        Education education = educationOf(offering);
        if (education != null) {
            boolean held = member.educations().stream().anyMatch(e -> e.education() == education);
            if (held) {
                return PersonChange.NONE;
            }
            staff.addEducation(member.id(), member.version(), education, on.getYear());
            return new PersonChange(education, List.of());
        }
        if (ects == 0 || passedPartsCarryEcts(participation.id())) {
            return PersonChange.NONE;
        }
        List<OfferingModule> modules = offering.modules().isEmpty() || ects != offering.ects()
                ? List.of(new OfferingModule(offering.title(), ects))
                : offering.modules();
        Set<String> before = new java.util.HashSet<>();
        member.diplomaModules().forEach(m -> before.add(m.name()));
        List<String> added = new ArrayList<>();
        for (OfferingModule module : modules) {
            member = staff.addDiplomaModule(member.id(), member.version(), module.name(), module.ects(), on);
            if (!before.contains(module.name().trim())) {
                added.add(module.name().trim());
            }
        }
        return new PersonChange(null, added);
    }

    /** A long programme whose passed parts already put their ECTS in the record (PD modules) adds no more at the end. */
    private boolean passedPartsCarryEcts(UUID participationId) {
        return jdbc.sql("select exists (select 1 from participation_progress where participation = :p and ects > 0)")
                .param("p", participationId)
                .query(Boolean.class)
                .single();
    }

    private void undo(UUID staffId, Entry entry) {
        if (entry.education() == null && entry.modules().isEmpty()) {
            return;
        }
        StaffMember member = staff.get(staffId);
        List<StaffMember.EducationEntry> educations = member.educations().stream()
                .filter(e -> e.education() != entry.education())
                .map(e -> new StaffMember.EducationEntry(e.education(), e.completedYear()))
                .toList();
        List<StaffMember.ModuleEntry> modules = member.diplomaModules().stream()
                .filter(m -> !entry.modules().contains(m.name()))
                .map(m -> new StaffMember.ModuleEntry(m.name(), m.ects(), m.completedOn()))
                .toList();
        List<StaffRecord.EmploymentEntry> employments = member.employments().stream()
                .map(e ->
                        new StaffRecord.EmploymentEntry(e.institutionId(), e.weeklyHours(), e.startDate(), e.endDate()))
                .toList();
        List<StaffRecord.FunctionEntry> functions = member.functions().stream()
                .map(f -> new StaffRecord.FunctionEntry(f.function(), f.since()))
                .toList();
        staff.replace(
                member.id(),
                member.version(),
                new StaffRecord(member.details(), educations, modules, employments, functions));
    }

    /** The current (not corrected) completion entry of a participation. */
    Optional<Entry> currentEntry(UUID participationId) {
        return jdbc.sql("""
                select id, source, recorded_by, recorded_at, education_added, modules_added
                  from completion_entry where participation = :p and corrected_at is null
                """)
                .param("p", participationId)
                .query((rs, n) -> {
                    Array modules = rs.getArray("modules_added");
                    String education = rs.getString("education_added");
                    return new Entry(
                            rs.getObject("id", UUID.class),
                            CompletionSource.valueOf(rs.getString("source")),
                            rs.getString("recorded_by"),
                            rs.getTimestamp("recorded_at").toInstant(),
                            education == null ? null : Education.valueOf(education),
                            Arrays.asList((String[]) modules.getArray()));
                })
                .optional();
    }

    /** Who registered a result, how, and what it added to the person's record. */
    record Entry(
            UUID id,
            CompletionSource source,
            String recordedBy,
            java.time.Instant recordedAt,
            @Nullable Education education,
            List<String> modules) {}

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
