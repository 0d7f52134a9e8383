package dk.loeft.enrolment.notification;

/** Why a person got a notice: a decision on their application, a seat, or a coming course day. */
public enum NoticeKind {
    DECISION,
    SEAT,
    REMINDER
}
