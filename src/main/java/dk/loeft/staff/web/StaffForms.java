package dk.loeft.staff.web;

import dk.loeft.staff.Education;
import dk.loeft.staff.SpecialFunction;
import dk.loeft.staff.StaffMember;
import dk.loeft.staff.StaffRole;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.NumberFormat;

/** The forms of the staff edit pages; each carries the version of the record it was shown with. */
final class StaffForms {

    private StaffForms() {}

    /** The person's facts; the employee number only when registering (it never changes). */
    record PersonForm(
            @Nullable @Size(max = 30, message = "{staff.form.employeenumber.size}")
            String employeeNumber,

            @Nullable
            @NotBlank(message = "{staff.form.name.required}")
            @Size(max = 200, message = "{staff.form.name.size}")
            String name,

            @Nullable
            @NotNull(message = "{staff.form.birthdate.required}")
            @Past(message = "{staff.form.birthdate.past}")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate birthDate,

            @Nullable @NotNull(message = "{staff.form.role.required}")
            StaffRole role,

            @Nullable
            @NotNull(message = "{staff.form.experience.required}")
            @Min(value = 0, message = "{staff.form.experience.range}")
            @Max(value = 720, message = "{staff.form.experience.range}")
            Integer priorExperienceMonths,

            @Nullable
            @Email(message = "{staff.form.email.invalid}")
            @Size(max = 254, message = "{staff.form.email.invalid}")
            String email,

            @Nullable Integer version) {

        static PersonForm empty() {
            return new PersonForm(null, null, null, null, 0, null, null);
        }

        static PersonForm of(StaffMember m) {
            return new PersonForm(
                    m.employeeNumber(),
                    m.name(),
                    m.birthDate(),
                    m.role(),
                    m.priorExperienceMonths(),
                    m.email(),
                    m.version());
        }

        StaffMember.PersonDetails details() {
            return new StaffMember.PersonDetails(
                    String.valueOf(name).trim(),
                    Objects.requireNonNull(birthDate),
                    Objects.requireNonNull(role),
                    Objects.requireNonNull(priorExperienceMonths),
                    email);
        }
    }

    record EducationForm(
            @Nullable @NotNull(message = "{staff.form.education.required}")
            Education education,

            @Nullable
            @NotNull(message = "{staff.form.year.required}")
            @Min(value = 1950, message = "{staff.form.year.range}")
            @Max(value = 2100, message = "{staff.form.year.range}")
            Integer completedYear,

            @Nullable Integer version) {

        static EducationForm empty(int version) {
            return new EducationForm(null, null, version);
        }
    }

    record EmploymentForm(
            @Nullable @NotNull(message = "{staff.form.institution.required}")
            UUID institutionId,

            @Nullable
            @NotNull(message = "{staff.form.hours.required}")
            @DecimalMin(value = "0", inclusive = false, message = "{staff.form.hours.range}")
            @DecimalMax(value = "48", message = "{staff.form.hours.range}")
            @Digits(integer = 2, fraction = 2, message = "{staff.form.hours.digits}")
            @NumberFormat(pattern = "0.##")
            BigDecimal weeklyHours,

            @Nullable
            @NotNull(message = "{staff.form.startdate.required}")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate startDate,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate endDate,

            @Nullable Integer version) {

        static EmploymentForm empty(int version) {
            return new EmploymentForm(null, null, null, null, version);
        }

        boolean endsBeforeItStarts() {
            return startDate != null && endDate != null && endDate.isBefore(startDate);
        }
    }

    record ModuleForm(
            @Nullable
            @NotBlank(message = "{staff.form.module.required}")
            @Size(max = 200, message = "{staff.form.module.size}")
            String moduleName,

            @Nullable
            @NotNull(message = "{staff.form.ects.required}")
            @Min(value = 1, message = "{staff.form.ects.range}")
            @Max(value = 60, message = "{staff.form.ects.range}")
            Integer ects,

            @Nullable
            @NotNull(message = "{staff.form.completedon.required}")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate completedOn,

            @Nullable Integer version) {

        static ModuleForm empty(int version) {
            return new ModuleForm(null, null, null, version);
        }
    }

    record FunctionForm(
            @Nullable @NotNull(message = "{staff.form.function.required}")
            SpecialFunction function,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate since,

            @Nullable Integer version) {

        static FunctionForm empty(int version) {
            return new FunctionForm(null, null, version);
        }
    }
}
