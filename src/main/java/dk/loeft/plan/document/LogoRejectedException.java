package dk.loeft.plan.document;

/** A logo file that is not stored: the message key says why, in Danish. */
public class LogoRejectedException extends RuntimeException {

    private final String messageKey;

    LogoRejectedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
