package dk.loeft.platform.sheet;

/** The file is not a CSV or XLSX file the import understands; the message key says why, in Danish. */
public class UnreadableFileException extends RuntimeException {

    private final String messageKey;
    private final String[] arguments;

    public UnreadableFileException(String messageKey, String... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public UnreadableFileException(String messageKey, Throwable cause) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.arguments = new String[0];
    }

    public String messageKey() {
        return messageKey;
    }

    public String[] arguments() {
        return arguments.clone();
    }
}
