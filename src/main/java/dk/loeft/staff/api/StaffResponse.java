package dk.loeft.staff.api;

import dk.loeft.staff.StaffMember;
import dk.loeft.staff.StaffRole;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A staff member's whole record. Send {@code version} back when changing it. */
record StaffResponse(
        UUID id,
        int kommuneCode,
        String employeeNumber,
        String name,
        LocalDate birthDate,
        StaffRole role,
        int priorExperienceMonths,
        @Nullable String email,
        List<StaffParts.EducationPart> educations,
        List<StaffParts.ModulePart> diplomaModules,
        List<StaffParts.EmploymentPart> employments,
        List<StaffParts.FunctionPart> functions,
        int version) {

    static StaffResponse of(StaffMember m) {
        return new StaffResponse(
                m.id(),
                m.kommuneCode(),
                m.employeeNumber(),
                m.name(),
                m.birthDate(),
                m.role(),
                m.priorExperienceMonths(),
                m.email(),
                m.educations().stream().map(StaffParts.EducationPart::of).toList(),
                m.diplomaModules().stream().map(StaffParts.ModulePart::of).toList(),
                m.employments().stream().map(StaffParts.EmploymentPart::of).toList(),
                m.functions().stream().map(StaffParts.FunctionPart::of).toList(),
                m.version());
    }
}
