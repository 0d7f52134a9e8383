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
 * A staff member's whole record, replacing what is stored (every list is required: an empty list
 * removes all), with the {@code version} the caller last read: if someone changed it since, 409.
 */
record UpdateStaffRequest(
        @NotNull(message = "{api.validation.version}") Integer version,

        @NotBlank(message = "{api.validation.required}") @Size(max = 200, message = "{api.validation.size.max}")
        String name,

        @NotNull(message = "{api.validation.required}") @Past(message = "{api.validation.birthdate}")
        LocalDate birthDate,

        @NotNull(message = "{api.validation.required}") StaffRole role,

        @NotNull(message = "{api.validation.required}")
        @Min(value = 0, message = "{api.validation.notnegative}")
        @Max(value = 720, message = "{api.validation.experience}")
        Integer priorExperienceMonths,

        @Nullable
        @Email(message = "{staff.form.email.invalid}")
        @Size(max = 254, message = "{staff.form.email.invalid}")
        String email,

        @NotNull(message = "{api.validation.list}") List<StaffParts.@Valid EducationPart> educations,
        @NotNull(message = "{api.validation.list}") List<StaffParts.@Valid ModulePart> diplomaModules,
        @NotNull(message = "{api.validation.list}") List<StaffParts.@Valid EmploymentPart> employments,
        @NotNull(message = "{api.validation.list}") List<StaffParts.@Valid FunctionPart> functions) {

    StaffRecord toRecord() {
        return StaffParts.record(
                new StaffMember.PersonDetails(name.trim(), birthDate, role, priorExperienceMonths, email),
                educations,
                diplomaModules,
                employments,
                functions);
    }
}
