package dk.loeft.dataimport;

/** The user tried to confirm or cancel an import that is not waiting for that (any more). */
public class ImportNotReadyException extends RuntimeException {

    private final ImportStatus status;

    ImportNotReadyException(ImportStatus status) {
        super("Import is " + status);
        this.status = status;
    }

    public ImportStatus status() {
        return status;
    }
}
