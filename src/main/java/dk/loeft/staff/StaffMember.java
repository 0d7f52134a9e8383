package dk.loeft.staff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person employed in a kommune's dagtilbud (medarbejder), known by the kommune's employee
 * number, never by CPR. Created by the HR import or by hand; employments begin and end, educations
 * and diploma modules are added as they are completed, and special functions (faglig fyrtårn,
 * praktikvejleder, pædagogfaglig specialist) come and go. Age and experience on any date are
 * derived, for the eligibility rules.
 */
@Table("staff_member")
public class StaffMember {

    /** Full-time weekly hours: 1.924 hours a year / 52 weeks (R11). */
    public static final BigDecimal FULL_TIME_WEEKLY_HOURS = new BigDecimal("37");

    private final @Id UUID id;
    private final int kommuneCode;
    private final String employeeNumber;
    private String name;
    private LocalDate birthDate;
    private StaffRole role;
    private int priorExperienceMonths;
    private @Nullable String email;
    private Instant updatedAt;

    @MappedCollection(idColumn = "staff_member")
    private Set<EducationRecord> educations;

    @MappedCollection(idColumn = "staff_member")
    private Set<DiplomaModule> diplomaModules;

    @MappedCollection(idColumn = "staff_member")
    private Set<Employment> employments;

    @MappedCollection(idColumn = "staff_member")
    private Set<FunctionRecord> functions;

    private @Version int version;

    @PersistenceCreator
    StaffMember(
            UUID id,
            int kommuneCode,
            String employeeNumber,
            String name,
            LocalDate birthDate,
            StaffRole role,
            int priorExperienceMonths,
            @Nullable String email,
            Instant updatedAt,
            Set<EducationRecord> educations,
            Set<DiplomaModule> diplomaModules,
            Set<Employment> employments,
            Set<FunctionRecord> functions,
            int version) {
        this.id = id;
        this.kommuneCode = kommuneCode;
        this.employeeNumber = employeeNumber;
        this.name = name;
        this.birthDate = birthDate;
        this.role = role;
        this.priorExperienceMonths = priorExperienceMonths;
        this.email = email;
        this.updatedAt = updatedAt;
        this.educations = new HashSet<>(educations);
        this.diplomaModules = new HashSet<>(diplomaModules);
        this.employments = new HashSet<>(employments);
        this.functions = new HashSet<>(functions);
        this.version = version;
    }

    public static StaffMember register(int kommuneCode, String employeeNumber, PersonDetails details, Instant now) {
        if (employeeNumber.isBlank()) {
            throw new IllegalArgumentException("A staff member needs an employee number");
        }
        var member = new StaffMember(
                UUID.randomUUID(),
                kommuneCode,
                employeeNumber.trim(),
                details.name(),
                details.birthDate(),
                details.role(),
                details.priorExperienceMonths(),
                null,
                now,
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                0);
        member.update(details, now);
        return member;
    }

    public void update(PersonDetails details, Instant now) {
        if (details.name().isBlank()) {
            throw new IllegalArgumentException("A staff member needs a name");
        }
        if (details.priorExperienceMonths() < 0) {
            throw new IllegalArgumentException("Experience cannot be negative");
        }
        this.name = details.name().trim();
        this.birthDate = details.birthDate();
        this.role = details.role();
        this.priorExperienceMonths = details.priorExperienceMonths();
        this.email = details.email() == null || details.email().isBlank()
                ? null
                : details.email().trim();
        this.updatedAt = now;
    }

    /** Records a completed education; a later year for the same education replaces the earlier. */
    public void addEducation(Education education, int completedYear) {
        educations.removeIf(e -> e.education() == education);
        educations.add(new EducationRecord(kommuneCode, education, completedYear));
    }

    public void replaceEducations(Set<EducationEntry> entries) {
        educations.clear();
        entries.forEach(e -> addEducation(e.education(), e.completedYear()));
    }

    public void addDiplomaModule(String moduleName, int ects, LocalDate completedOn) {
        if (ects <= 0 || ects > 60) {
            throw new IllegalArgumentException("A diploma module has between 1 and 60 ECTS");
        }
        diplomaModules.removeIf(m -> m.name().equals(moduleName));
        diplomaModules.add(new DiplomaModule(kommuneCode, moduleName, ects, completedOn));
    }

    /** Replaces all diploma modules, as when an integration sends the person's full record. */
    public void replaceDiplomaModules(List<ModuleEntry> entries) {
        diplomaModules.clear();
        entries.forEach(m -> addDiplomaModule(m.name(), m.ects(), m.completedOn()));
    }

    /** Starts an employment; the same institution and start date replaces the earlier entry. */
    public void employ(UUID institutionId, BigDecimal weeklyHours, LocalDate start, @Nullable LocalDate end) {
        employments.removeIf(
                e -> e.institutionId().equals(institutionId) && e.startDate().equals(start));
        employments.add(Employment.of(kommuneCode, institutionId, weeklyHours, start, end));
    }

    public void replaceEmployments(Set<Employment> newEmployments) {
        employments.clear();
        newEmployments.forEach(e -> employ(e.institutionId(), e.weeklyHours(), e.startDate(), e.endDate()));
    }

    public void endEmployment(UUID institutionId, LocalDate start, LocalDate end) {
        Employment current = employments.stream()
                .filter(e ->
                        e.institutionId().equals(institutionId) && e.startDate().equals(start))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No such employment"));
        employments.remove(current);
        employments.add(current.endingOn(end));
    }

    public void assignFunction(SpecialFunction function, @Nullable LocalDate since) {
        functions.removeIf(f -> f.function() == function);
        functions.add(new FunctionRecord(kommuneCode, function, since));
    }

    public void removeFunction(SpecialFunction function) {
        functions.removeIf(f -> f.function() == function);
    }

    public void replaceFunctions(Set<SpecialFunction> newFunctions, LocalDate since) {
        functions.removeIf(f -> !newFunctions.contains(f.function()));
        newFunctions.forEach(f -> {
            if (functions.stream().noneMatch(r -> r.function() == f)) {
                functions.add(new FunctionRecord(kommuneCode, f, since));
            }
        });
    }

    /** Whole years of age on the given date. */
    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    /**
     * Pedagogical experience on a date, in whole months: prior experience plus the time employed
     * in the kommune up to that date (overlapping employments counted once).
     */
    public int experienceMonthsOn(LocalDate date) {
        List<Employment> sorted = employments.stream()
                .filter(e -> e.startDate().isBefore(date))
                .sorted(Comparator.comparing(Employment::startDate))
                .toList();
        long days = 0;
        LocalDate coveredUntil = LocalDate.MIN;
        for (Employment e : sorted) {
            LocalDate from = e.startDate().isAfter(coveredUntil) ? e.startDate() : coveredUntil;
            LocalDate to = e.endDate() == null || e.endDate().plusDays(1).isAfter(date)
                    ? date
                    : e.endDate().plusDays(1);
            if (to.isAfter(from)) {
                days += ChronoUnit.DAYS.between(from, to);
                coveredUntil = to;
            }
        }
        long employedMonths = days * 12 / 365;
        return priorExperienceMonths + (int) employedMonths;
    }

    /** Weekly hours in all employments active on the date. */
    public BigDecimal weeklyHoursOn(LocalDate date) {
        return employments.stream()
                .filter(e -> e.isActiveOn(date))
                .map(Employment::weeklyHours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Full-time equivalents on the date (weekly hours / 37). */
    public BigDecimal fteOn(LocalDate date) {
        return weeklyHoursOn(date).divide(FULL_TIME_WEEKLY_HOURS, 4, RoundingMode.HALF_UP);
    }

    /** Whether the person held a pædagog or PAU education in the given year (R11). */
    public boolean isPedagogicallyEducatedIn(int year) {
        return educations.stream()
                .anyMatch(e -> e.education().countsAsPedagogicallyEducated() && e.completedYear() <= year);
    }

    public int diplomaEcts() {
        return diplomaModules.stream().mapToInt(DiplomaModule::ects).sum();
    }

    public Optional<Employment> currentEmploymentAt(UUID institutionId, LocalDate date) {
        return employments.stream()
                .filter(e -> e.institutionId().equals(institutionId) && e.isActiveOn(date))
                .findFirst();
    }

    public UUID id() {
        return id;
    }

    public int kommuneCode() {
        return kommuneCode;
    }

    public String employeeNumber() {
        return employeeNumber;
    }

    public String name() {
        return name;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public StaffRole role() {
        return role;
    }

    public int priorExperienceMonths() {
        return priorExperienceMonths;
    }

    /** Where notices are e-mailed; none means they are only shown in Løft. */
    public @Nullable String email() {
        return email;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }

    public PersonDetails details() {
        return new PersonDetails(name, birthDate, role, priorExperienceMonths, email);
    }

    public List<EducationRecord> educations() {
        return educations.stream()
                .sorted(Comparator.comparing(EducationRecord::completedYear))
                .toList();
    }

    public List<DiplomaModule> diplomaModules() {
        return diplomaModules.stream()
                .sorted(Comparator.comparing(DiplomaModule::completedOn))
                .toList();
    }

    public List<Employment> employments() {
        return employments.stream()
                .sorted(Comparator.comparing(Employment::startDate).reversed())
                .toList();
    }

    public List<FunctionRecord> functions() {
        return functions.stream()
                .sorted(Comparator.comparing(FunctionRecord::function))
                .toList();
    }

    public void expectVersion(int expected) {
        if (expected != version) {
            throw new org.springframework.dao.OptimisticLockingFailureException(
                    "Staff member " + id + " was changed by someone else");
        }
    }

    /** The person's own facts; the e-mail address is optional. */
    public record PersonDetails(
            String name,
            LocalDate birthDate,
            StaffRole role,
            int priorExperienceMonths,
            @Nullable String email) {

        /** The facts without an e-mail address. */
        public PersonDetails(String name, LocalDate birthDate, StaffRole role, int priorExperienceMonths) {
            this(name, birthDate, role, priorExperienceMonths, null);
        }
    }

    /** An education and the year it was completed, as given in a form or import. */
    public record EducationEntry(Education education, int completedYear) {}

    /** A completed diploma module, as given in a form or by an integration. */
    public record ModuleEntry(String name, int ects, LocalDate completedOn) {}

    @Table("staff_education")
    public record EducationRecord(int kommuneCode, Education education, int completedYear) {}

    @Table("staff_diploma_module")
    public record DiplomaModule(int kommuneCode, String name, int ects, LocalDate completedOn) {}

    @Table("staff_function")
    public record FunctionRecord(
            int kommuneCode,

            @org.springframework.data.relational.core.mapping.Column("function")
            SpecialFunction function,

            @Nullable LocalDate since) {}
}
