package dk.loeft.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person's participation (deltagelse) in one offering: on the wait-list from {@code queuedAt},
 * seated from {@code seatedAt}, then cancelled (with reason, late if after the offering's
 * cancellation deadline) or completed with an outcome.
 *
 * @param institution the person's institution when the participation began (counts against its quota)
 * @param application the application that led to it, if any
 * @param ectsAwarded ECTS points the result gave
 */
public record Participation(
        UUID id,
        int kommuneCode,
        UUID offeringId,
        UUID staffMember,
        @Nullable UUID institution,
        @Nullable UUID application,
        ParticipationStatus status,
        Instant queuedAt,
        @Nullable Instant seatedAt,
        @Nullable Instant cancelledAt,
        @Nullable String cancelReason,
        boolean cancelledLate,
        @Nullable Outcome outcome,
        @Nullable LocalDate outcomeOn,
        @Nullable String outcomeReason,
        int ectsAwarded,
        int version) {

    public boolean seated() {
        return status == ParticipationStatus.ENROLLED || status == ParticipationStatus.COMPLETED;
    }
}
