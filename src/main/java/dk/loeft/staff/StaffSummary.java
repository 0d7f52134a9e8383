package dk.loeft.staff;

import java.time.LocalDate;
import java.util.UUID;

/** A staff member as lists and the API's list show them. */
public record StaffSummary(
        UUID id,
        int kommuneCode,
        String employeeNumber,
        String name,
        LocalDate birthDate,
        StaffRole role,
        int version) {}
