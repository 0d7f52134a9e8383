package dk.loeft.dataimport;

import dk.loeft.dataimport.HeaderMap.Col;
import dk.loeft.staff.Education;
import dk.loeft.staff.SpecialFunction;
import dk.loeft.staff.StaffRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks a staff file. Each row is one employment of a person; several rows with the same employee
 * number are that person's employments, and must agree on the person's own facts. The person's
 * educations and functions are the union of their rows. The rules are those of the
 * {@code StaffMember} aggregate: hours above 0 and at most 48, no employment ending before it
 * starts, an education with its year; and plausibility: age 15-80, dates in a sensible range.
 */
final class StaffCheck extends FileCheck<StaffCheck.Person> {

    static final BigDecimal MAX_HOURS = new BigDecimal("48");
    static final BigDecimal MIN_HOURS = new BigDecimal("0.01");
    static final int MIN_AGE = 15;
    static final int MAX_AGE = 80;
    static final int MAX_EXPERIENCE_MONTHS = 720;
    static final int FIRST_EDUCATION_YEAR = 1950;
    static final LocalDate FIRST_START = LocalDate.of(1960, 1, 1);
    private static final java.util.regex.Pattern FUNCTION_SEPARATORS = java.util.regex.Pattern.compile("[,;/+]");

    /** One person with every employment, education and function the file gives them. */
    record Person(
            String employeeNumber,
            String name,
            LocalDate birthDate,
            StaffRole role,
            @Nullable Integer priorExperienceMonths,
            Map<Education, Integer> educations,
            List<Job> employments,
            Set<SpecialFunction> functions) {}

    /** One employment: at an institution (by its number), weekly hours, from and (maybe) to. */
    record Job(
            String institutionNumber,
            BigDecimal weeklyHours,
            LocalDate start,
            @Nullable LocalDate end) {}

    StaffCheck() {
        super(ImportKind.STAFF);
    }

    @Override
    void checkHeader(HeaderMap header, int headerRow, Problems errors) {
        if (header.col("staff.education").present()
                && !header.col("staff.educationyear").present()) {
            errors.add(new Problem(
                    headerRow, header.col("staff.educationyear").header(), "dataimport.error.header.educationyear"));
        }
    }

    @Override
    RowSink<Person> start(HeaderMap header, CheckContext context, Cells cells, List<Problem> warnings) {
        Col number = header.col("staff.number");
        Col name = header.col("staff.name");
        Col birth = header.col("staff.birthdate");
        Col role = header.col("staff.role");
        Col education = header.col("staff.education");
        Col educationYear = header.col("staff.educationyear");
        Col institution = header.col("staff.institution");
        Col hours = header.col("staff.hours");
        Col start = header.col("staff.start");
        Col end = header.col("staff.end");
        Col experience = header.col("staff.experience");
        Col functions = header.col("staff.functions");
        LocalDate today = context.today();
        LocalDate latestStart = today.plusYears(1);
        LocalDate latestEnd = today.plusYears(10);
        int thisYear = today.getYear();
        Map<String, Builder> people = new LinkedHashMap<>();
        return new RowSink<>() {
            @Override
            public void row(Cells c, List<List<Object>> preview) {
                String nr = c.text(number, true, 30);
                String n = c.text(name, true, 200);
                LocalDate born = c.date(birth, true);
                if (born != null) {
                    int age = Period.between(born, today).getYears();
                    if (born.isAfter(today) || age < MIN_AGE || age > MAX_AGE) {
                        c.error(birth, "dataimport.error.age", c.raw(birth), Integer.toString(age));
                    }
                }
                StaffRole r = c.label(role, Labels.ROLES, true);

                Education edu = c.label(education, Labels.EDUCATIONS, false);
                Integer year = c.integer(educationYear, "dataimport.error.year", FIRST_EDUCATION_YEAR, thisYear);
                if (edu != null && year == null && c.isBlank(educationYear)) {
                    c.error(educationYear, "dataimport.error.education.noyear");
                }
                if (year != null && c.isBlank(education)) {
                    c.error(educationYear, "dataimport.error.education.nothing");
                }
                if (year != null && born != null && year < born.getYear() + MIN_AGE) {
                    c.error(educationYear, "dataimport.error.year.beforeage", year.toString());
                }

                Job job = job(c, born);

                Integer prior = c.integer(experience, "dataimport.error.experience", 0, MAX_EXPERIENCE_MONTHS);
                Set<SpecialFunction> fns = functions(c);

                if (!c.rowIsClean()) {
                    return;
                }
                Builder person = people.get(nr);
                if (person == null) {
                    person = new Builder(c.rowNumber(), nr, n, born, r, prior, c.raw(name), c.raw(role));
                    people.put(nr, person);
                } else if (!person.agrees(c, n, born, r, prior)) {
                    return;
                }
                if (edu != null && !person.addEducation(c, edu, year)) {
                    return;
                }
                if (job != null && !person.addJob(c, job)) {
                    return;
                }
                person.addFunctions(fns);
                if (RowSink.wants(preview)) {
                    preview.add(Arrays.asList(
                            nr,
                            n,
                            born,
                            r,
                            edu,
                            year == null ? null : year.toString(),
                            job == null ? null : job.institutionNumber(),
                            job == null ? null : job.weeklyHours(),
                            job == null ? null : job.start(),
                            job == null ? null : job.end(),
                            prior == null ? null : prior.toString(),
                            fns.isEmpty() ? null : fns));
                }
            }

            /** The row's employment; institution, hours and start go together, all blank means none. */
            private @Nullable Job job(Cells c, @Nullable LocalDate born) {
                boolean any = !c.isBlank(institution) || !c.isBlank(hours) || !c.isBlank(start) || !c.isBlank(end);
                if (!any) {
                    return null;
                }
                String inst = null;
                if (c.isBlank(institution)) {
                    c.error(institution, "dataimport.error.employment.partial");
                } else {
                    inst = c.text(institution, true, 20);
                    if (inst != null && !context.institutionNumbers().contains(inst)) {
                        c.error(institution, "dataimport.error.institution.unknown", inst);
                    }
                }
                BigDecimal h = null;
                if (c.isBlank(hours)) {
                    c.error(hours, "dataimport.error.employment.partial");
                } else {
                    h = c.decimal(hours, true, "dataimport.error.hours", MIN_HOURS, MAX_HOURS);
                }
                LocalDate from = null;
                if (c.isBlank(start)) {
                    c.error(start, "dataimport.error.employment.partial");
                } else {
                    from = c.date(start, true);
                    if (from != null) {
                        LocalDate earliest = born == null ? FIRST_START : max(FIRST_START, born.plusYears(MIN_AGE));
                        if (from.isBefore(earliest) || from.isAfter(latestStart)) {
                            c.error(
                                    start,
                                    born != null && from.isBefore(born.plusYears(MIN_AGE))
                                            ? "dataimport.error.start.beforeage"
                                            : "dataimport.error.date.range",
                                    c.raw(start),
                                    Values.danish(earliest),
                                    Values.danish(latestStart));
                            from = null;
                        }
                    }
                }
                LocalDate to = c.date(end, false);
                if (to != null && from != null && to.isBefore(from)) {
                    c.error(end, "dataimport.error.end.beforestart", c.raw(end), c.raw(start));
                } else if (to != null && to.isAfter(latestEnd)) {
                    c.error(end, "dataimport.error.date.range", c.raw(end), c.raw(start), Values.danish(latestEnd));
                }
                if (inst == null || h == null || from == null) {
                    return null;
                }
                return new Job(inst, h, from, to);
            }

            private Set<SpecialFunction> functions(Cells c) {
                String value = c.raw(functions);
                if (value.isEmpty()) {
                    return Set.of();
                }
                Set<SpecialFunction> found = EnumSet.noneOf(SpecialFunction.class);
                for (String part : FUNCTION_SEPARATORS.split(value)) {
                    String label = part.strip();
                    if (label.isEmpty()) {
                        continue;
                    }
                    Labels.FUNCTIONS
                            .find(label)
                            .ifPresentOrElse(
                                    found::add,
                                    () -> c.error(
                                            functions, "dataimport.error.label", label, Labels.FUNCTIONS.allowed()));
                }
                return found;
            }

            @Override
            public List<Person> finish() {
                List<Person> result = new ArrayList<>(people.size());
                for (Builder b : people.values()) {
                    result.add(b.build());
                }
                return result;
            }
        };
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** A person being assembled from their rows; small, as most people have one row. */
    private static final class Builder {
        final int firstRow;
        final String number;
        final String name;
        final LocalDate birthDate;
        final StaffRole role;

        @Nullable
        Integer prior;

        final String nameAsWritten;
        final String roleAsWritten;

        @Nullable
        Map<Education, Integer> educations;

        @Nullable
        Map<Education, Integer> educationRows;

        @Nullable
        List<Job> jobs;

        @Nullable
        List<Integer> jobRows;

        @Nullable
        Set<SpecialFunction> functions;

        Builder(
                int firstRow,
                String number,
                String name,
                LocalDate birthDate,
                StaffRole role,
                @Nullable Integer prior,
                String nameAsWritten,
                String roleAsWritten) {
            this.firstRow = firstRow;
            this.number = number;
            this.name = name;
            this.birthDate = birthDate;
            this.role = role;
            this.prior = prior;
            this.nameAsWritten = nameAsWritten;
            this.roleAsWritten = roleAsWritten;
        }

        /** Whether a later row of the same person gives the same facts; an error on the row when not. */
        boolean agrees(Cells c, String name, LocalDate birth, StaffRole role, @Nullable Integer prior) {
            String row = Integer.toString(firstRow);
            boolean ok = true;
            if (!this.name.equals(name)) {
                mismatch(c, "staff.name", nameAsWritten, row);
                ok = false;
            }
            if (!birthDate.equals(birth)) {
                mismatch(c, "staff.birthdate", Values.danish(birthDate), row);
                ok = false;
            }
            if (this.role != role) {
                mismatch(c, "staff.role", roleAsWritten, row);
                ok = false;
            }
            if (prior != null) {
                if (this.prior == null) {
                    this.prior = prior;
                } else if (!this.prior.equals(prior)) {
                    mismatch(c, "staff.experience", this.prior.toString(), row);
                    ok = false;
                }
            }
            return ok;
        }

        private void mismatch(Cells c, String columnKey, String first, String row) {
            c.error(
                    new Col(ImportKind.STAFF.column(columnKey), 0),
                    "dataimport.error.person.mismatch",
                    number,
                    first,
                    row);
        }

        boolean addEducation(Cells c, Education education, Integer year) {
            if (educations == null) {
                educations = new EnumMap<>(Education.class);
                educationRows = new EnumMap<>(Education.class);
            }
            Integer earlier = educations.putIfAbsent(education, year);
            if (earlier != null && !earlier.equals(year)) {
                c.error(
                        new Col(ImportKind.STAFF.column("staff.educationyear"), 0),
                        "dataimport.error.education.otheryear",
                        earlier.toString(),
                        String.valueOf(educationRows.get(education)));
                return false;
            }
            educationRows.putIfAbsent(education, c.rowNumber());
            return true;
        }

        boolean addJob(Cells c, Job job) {
            if (jobs == null) {
                jobs = new ArrayList<>(2);
                jobRows = new ArrayList<>(2);
            }
            for (int i = 0; i < jobs.size(); i++) {
                Job other = jobs.get(i);
                if (other.institutionNumber().equals(job.institutionNumber())
                        && other.start().equals(job.start())) {
                    c.error(
                            new Col(ImportKind.STAFF.column("staff.start"), 0),
                            "dataimport.error.duplicate.employment",
                            job.institutionNumber(),
                            Values.danish(job.start()),
                            jobRows.get(i).toString());
                    return false;
                }
            }
            jobs.add(job);
            jobRows.add(c.rowNumber());
            return true;
        }

        void addFunctions(Set<SpecialFunction> more) {
            if (more.isEmpty()) {
                return;
            }
            if (functions == null) {
                functions = EnumSet.noneOf(SpecialFunction.class);
            }
            functions.addAll(more);
        }

        Person build() {
            return new Person(
                    number,
                    name,
                    birthDate,
                    role,
                    prior,
                    educations == null ? Map.of() : educations,
                    jobs == null ? List.of() : jobs,
                    functions == null ? Set.of() : functions);
        }
    }
}
