package dk.loeft.enrolment.completion;

import dk.loeft.platform.RuleViolationException;
import java.util.List;

/** Results entered for several participants at once break rules; none was saved. */
public class ResultsRejectedException extends RuleViolationException {

    private final transient List<RowError> errors;

    ResultsRejectedException(List<RowError> errors) {
        super(errors.getFirst().violation().key(), errors.getFirst().violation().args());
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
