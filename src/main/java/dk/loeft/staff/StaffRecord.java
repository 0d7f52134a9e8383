package dk.loeft.staff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A staff member's whole record as an integration sends it: the person's facts and every
 * education, diploma module, employment and special function. Saving it replaces all of them.
 */
public record StaffRecord(
        StaffMember.PersonDetails person,
        List<StaffMember.EducationEntry> educations,
        List<StaffMember.ModuleEntry> diplomaModules,
        List<EmploymentEntry> employments,
        List<FunctionEntry> functions) {

    public StaffRecord {
        educations = List.copyOf(educations);
        diplomaModules = List.copyOf(diplomaModules);
        employments = List.copyOf(employments);
        functions = List.copyOf(functions);
    }

    /** An employment at one of the kommune's institutions. */
    public record EmploymentEntry(
            UUID institutionId,
            BigDecimal weeklyHours,
            LocalDate startDate,
            @Nullable LocalDate endDate) {}

    /** A special function and since when the person has carried it. */
    public record FunctionEntry(
            SpecialFunction function, @Nullable LocalDate since) {}
}
