package dk.loeft.funding;

import dk.loeft.platform.RuleViolationException;

/** An expenditure that breaks a rule, with the form field it concerns, so the page can show the error there. */
public class ExpenditureRejectedException extends RuleViolationException {

    private final String field;

    public ExpenditureRejectedException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
