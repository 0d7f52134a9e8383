package dk.loeft.staff.api;

import dk.loeft.staff.Education;
import dk.loeft.staff.SpecialFunction;
import dk.loeft.staff.StaffMember;
import dk.loeft.staff.StaffRecord;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The parts of a staff member's record, used both in requests and responses. */
final class StaffParts {

    private StaffParts() {}

    static StaffRecord record(
            StaffMember.PersonDetails person,
            List<EducationPart> educations,
            List<ModulePart> modules,
            List<EmploymentPart> employments,
            List<FunctionPart> functions) {
        return new StaffRecord(
                person,
                educations.stream().map(EducationPart::toEntry).toList(),
                modules.stream().map(ModulePart::toEntry).toList(),
                employments.stream().map(EmploymentPart::toEntry).toList(),
                functions.stream().map(FunctionPart::toEntry).toList());
    }

    /** A completed education and the year it was completed. */
    record EducationPart(
            @NotNull(message = "{api.validation.required}") Education education,

            @NotNull(message = "{api.validation.required}")
            @Min(value = 1950, message = "{api.validation.year}")
            @Max(value = 2100, message = "{api.validation.year}")
            Integer completedYear) {

        StaffMember.EducationEntry toEntry() {
            return new StaffMember.EducationEntry(education, completedYear);
        }

        static EducationPart of(StaffMember.EducationRecord r) {
            return new EducationPart(r.education(), r.completedYear());
        }
    }

    /** A completed diploma module (PD-modul) with its ECTS points. */
    record ModulePart(
            @NotBlank(message = "{api.validation.required}") @Size(max = 200, message = "{api.validation.size.max}")
            String name,

            @NotNull(message = "{api.validation.required}")
            @Min(value = 1, message = "{api.validation.ects}")
            @Max(value = 60, message = "{api.validation.ects}")
            Integer ects,

            @NotNull(message = "{api.validation.required}") LocalDate completedOn) {

        StaffMember.ModuleEntry toEntry() {
            return new StaffMember.ModuleEntry(name.trim(), ects, completedOn);
        }

        static ModulePart of(StaffMember.DiplomaModule m) {
            return new ModulePart(m.name(), m.ects(), m.completedOn());
        }
    }

    /** Weekly hours at one of the kommune's institutions from a date, until a date or for now. */
    record EmploymentPart(
            @NotNull(message = "{api.validation.required}") UUID institutionId,

            @NotNull(message = "{api.validation.required}")
            @DecimalMin(value = "0", inclusive = false, message = "{api.validation.hours}")
            @DecimalMax(value = "48", message = "{api.validation.hours}")
            BigDecimal weeklyHours,

            @NotNull(message = "{api.validation.required}") LocalDate startDate,
            @Nullable LocalDate endDate) {

        @AssertTrue(message = "{api.validation.enddate}")
        boolean isEndNotBeforeStart() {
            return endDate == null || startDate == null || !endDate.isBefore(startDate);
        }

        StaffRecord.EmploymentEntry toEntry() {
            return new StaffRecord.EmploymentEntry(institutionId, weeklyHours, startDate, endDate);
        }

        static EmploymentPart of(dk.loeft.staff.Employment e) {
            return new EmploymentPart(e.institutionId(), e.weeklyHours(), e.startDate(), e.endDate());
        }
    }

    /** A special function (faglig fyrtårn, praktikvejleder, pædagogfaglig specialist) and since when. */
    record FunctionPart(
            @NotNull(message = "{api.validation.required}") SpecialFunction function,
            @Nullable LocalDate since) {

        StaffRecord.FunctionEntry toEntry() {
            return new StaffRecord.FunctionEntry(function, since);
        }

        static FunctionPart of(StaffMember.FunctionRecord f) {
            return new FunctionPart(f.function(), f.since());
        }
    }
}
