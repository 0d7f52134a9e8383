package dk.loeft.dataimport;

/** An institution the checked file refers to disappeared before the file was written. */
class StaleImportException extends RuntimeException {

    StaleImportException() {
        super("dataimport.error.stale");
    }
}
