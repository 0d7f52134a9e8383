package dk.loeft.enrolment.evaluation;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A course the signed-in person may evaluate now: their own, or (as leader) a staff member's. With
 * a {@code progressPartId} it is the evaluation of one passed part of a long programme (the title
 * then names the part, e.g. "PAU som EUV1 – 2. semester", and {@code endDate} is the day it was
 * passed); without, the evaluation of the whole course.
 */
public record OpenEvaluation(
        UUID participationId,
        Audience audience,
        String offeringTitle,
        String providerName,
        LocalDate endDate,
        String participantName,
        @Nullable UUID progressPartId) {}
