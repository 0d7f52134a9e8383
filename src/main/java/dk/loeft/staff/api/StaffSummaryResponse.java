package dk.loeft.staff.api;

import dk.loeft.staff.StaffRole;
import dk.loeft.staff.StaffSummary;
import java.time.LocalDate;
import java.util.UUID;

/** A staff member in a list. */
record StaffSummaryResponse(
        UUID id,
        int kommuneCode,
        String employeeNumber,
        String name,
        LocalDate birthDate,
        StaffRole role,
        int version) {

    static StaffSummaryResponse of(StaffSummary s) {
        return new StaffSummaryResponse(
                s.id(), s.kommuneCode(), s.employeeNumber(), s.name(), s.birthDate(), s.role(), s.version());
    }
}
