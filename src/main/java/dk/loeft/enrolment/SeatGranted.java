package dk.loeft.enrolment;

import java.util.UUID;

/** A person got a seat in an offering; {@code fromWaitList} when a freed seat promoted them. */
public record SeatGranted(
        UUID participationId, int kommuneCode, UUID offeringId, UUID staffMember, boolean fromWaitList) {}
