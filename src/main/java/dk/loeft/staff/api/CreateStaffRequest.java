package dk.loeft.staff.api;

import dk.loeft.staff.StaffMember;
import dk.loeft.staff.StaffRecord;
import dk.loeft.staff.StaffRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A new staff member of the caller's kommune, known by the kommune's employee number (never a
 * CPR number), optionally with educations, diploma modules, employments and functions.
 */
record CreateStaffRequest(
        @NotBlank(message = "{api.validation.required}") @Size(max = 30, message = "{api.validation.size.max}")
        String employeeNumber,

        @NotBlank(message = "{api.validation.required}") @Size(max = 200, message = "{api.validation.size.max}")
        String name,

        @NotNull(message = "{api.validation.required}") @Past(message = "{api.validation.birthdate}")
        LocalDate birthDate,

        @NotNull(message = "{api.validation.required}") StaffRole role,

        @Nullable
        @Min(value = 0, message = "{api.validation.notnegative}")
        @Max(value = 720, message = "{api.validation.experience}")
        Integer priorExperienceMonths,

        @Nullable
        @Email(message = "{staff.form.email.invalid}")
        @Size(max = 254, message = "{staff.form.email.invalid}")
        String email,

        @Nullable List<StaffParts.@Valid EducationPart> educations,
        @Nullable List<StaffParts.@Valid ModulePart> diplomaModules,
        @Nullable List<StaffParts.@Valid EmploymentPart> employments,
        @Nullable List<StaffParts.@Valid FunctionPart> functions) {

    StaffRecord toRecord() {
        return StaffParts.record(
                new StaffMember.PersonDetails(
                        name.trim(), birthDate, role, priorExperienceMonths == null ? 0 : priorExperienceMonths, email),
                orEmpty(educations),
                orEmpty(diplomaModules),
                orEmpty(employments),
                orEmpty(functions));
    }

    private static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }
}
