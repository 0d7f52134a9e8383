package dk.loeft.enrolment.notification;

/**
 * What became of a notice's e-mail: sent to the SMTP server, written to the log (no SMTP server
 * configured), not sent (the person has no e-mail address) or failed (the server refused it).
 */
public enum Delivery {
    PENDING,
    SENT,
    LOGGED,
    NO_ADDRESS,
    FAILED
}
