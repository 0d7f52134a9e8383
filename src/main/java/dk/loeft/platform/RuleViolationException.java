package dk.loeft.platform;

/**
 * A request that breaks a business rule (for example a duplicate institution number). It carries
 * a message key and arguments, so the page, the API (422) and documents show the same Danish text.
 */
public class RuleViolationException extends IllegalArgumentException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolationException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
