package dk.loeft.demo;

import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.Ownership;
import dk.loeft.staff.Education;
import dk.loeft.staff.SpecialFunction;
import dk.loeft.staff.StaffRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One generated kommune as plain rows of the institution and staff tables, ready for
 * {@link DemoDataWriter}. Every id is derived from the kommune code and a stable key, so the same
 * spec always gives the same rows.
 */
public record SyntheticKommune(
        int kommuneCode,
        List<AreaRow> areas,
        List<InstitutionRow> institutions,
        List<StaffRow> staff,
        List<EducationRow> educations,
        List<DiplomaModuleRow> diplomaModules,
        List<EmploymentRow> employments,
        List<FunctionRow> functions,
        List<ChildrenCountRow> childrenCounts) {

    public SyntheticKommune {
        areas = List.copyOf(areas);
        institutions = List.copyOf(institutions);
        staff = List.copyOf(staff);
        educations = List.copyOf(educations);
        diplomaModules = List.copyOf(diplomaModules);
        employments = List.copyOf(employments);
        functions = List.copyOf(functions);
        childrenCounts = List.copyOf(childrenCounts);
    }

    public record AreaRow(UUID id, String name) {}

    public record InstitutionRow(
            UUID id,
            String number,
            String name,
            InstitutionKind kind,
            Ownership ownership,
            @Nullable UUID areaId,
            String street,
            String postalCode,
            String city) {}

    public record StaffRow(
            UUID id,
            String employeeNumber,
            String name,
            LocalDate birthDate,
            StaffRole role,
            int priorExperienceMonths) {}

    public record EducationRow(UUID staffId, Education education, int completedYear) {}

    public record DiplomaModuleRow(UUID staffId, String name, int ects, LocalDate completedOn) {}

    public record EmploymentRow(
            UUID staffId,
            UUID institutionId,
            BigDecimal weeklyHours,
            LocalDate startDate,
            @Nullable LocalDate endDate) {

        public boolean isActiveOn(LocalDate date) {
            return !startDate.isAfter(date) && (endDate == null || !endDate.isBefore(date));
        }
    }

    public record FunctionRow(
            UUID staffId,
            SpecialFunction function,
            @Nullable LocalDate since) {}

    /** Full-time converted children of one institution in one month (the 1st). */
    public record ChildrenCountRow(
            UUID id, UUID institutionId, LocalDate month, BigDecimal children02, BigDecimal children35) {}
}
