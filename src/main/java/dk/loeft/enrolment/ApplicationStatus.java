package dk.loeft.enrolment;

/** Where an application (ansøgning) stands: submitted, approved by the leader, approved by the forvaltning, refused or withdrawn. */
public enum ApplicationStatus {
    SUBMITTED,
    LEADER_APPROVED,
    APPROVED,
    REFUSED,
    WITHDRAWN
}
