package dk.loeft.enrolment.completion;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A part of a long programme passed (delresultat): a semester of merit, credited (merit) for a
 * practice period or not, or a PD module with its ECTS.
 */
public record ProgressPart(
        UUID id, UUID participationId, String part, int ects, LocalDate passedOn, boolean credited) {}
