package dk.loeft.dataimport;

/**
 * Where an import is: being checked, refused for errors (nothing written), ready and waiting for
 * the user to confirm the preview, being written, written; or failed, cancelled by the user, or
 * expired (not confirmed in time, or the application restarted before it was).
 */
public enum ImportStatus {
    VALIDATING,
    INVALID,
    READY,
    WRITING,
    DONE,
    FAILED,
    CANCELLED,
    EXPIRED;

    /** Whether work is going on, so the page polls for progress. */
    public boolean isRunning() {
        return this == VALIDATING || this == WRITING;
    }

    public String labelKey() {
        return "dataimport.status." + name();
    }

    /** The DKFDS badge colour for the history table. */
    public String badge() {
        return switch (this) {
            case DONE -> "badge-success";
            case INVALID, FAILED -> "badge-error";
            case READY, VALIDATING, WRITING -> "badge-info";
            case CANCELLED, EXPIRED -> "badge-warning";
        };
    }
}
