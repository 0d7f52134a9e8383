package dk.loeft.enrolment.evaluation;

import java.time.LocalDate;
import java.util.UUID;

/** A course the signed-in person may evaluate now: their own, or (as leader) a staff member's. */
public record OpenEvaluation(
        UUID participationId,
        Audience audience,
        String offeringTitle,
        String providerName,
        LocalDate endDate,
        String participantName) {}
