package dk.loeft.enrolment.completion;

import dk.loeft.enrolment.Outcome;
import dk.loeft.enrolment.ParticipationStatus;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A seated participant of an offering as the attendance and result pages list them. */
public record Participant(
        UUID participationId,
        UUID staffId,
        String name,
        String employeeNumber,
        ParticipationStatus status,
        @Nullable Outcome outcome,
        @Nullable LocalDate outcomeOn,
        @Nullable String outcomeReason,
        int ectsAwarded,
        int version) {

    public boolean completed() {
        return status == ParticipationStatus.COMPLETED;
    }
}
