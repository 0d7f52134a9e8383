package dk.loeft.enrolment;

/** A participation is on the wait-list, has a seat, was cancelled (afbud), or has a result. */
public enum ParticipationStatus {
    WAITLISTED,
    ENROLLED,
    CANCELLED,
    COMPLETED
}
