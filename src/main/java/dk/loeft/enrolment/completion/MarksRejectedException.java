package dk.loeft.enrolment.completion;

import dk.loeft.platform.RuleViolationException;
import java.util.List;

/** Some cells of the attendance grid are wrong; nothing was saved. */
public class MarksRejectedException extends RuleViolationException {

    private final transient List<CellError> errors;

    MarksRejectedException(List<CellError> errors) {
        super("enrolment.attendance.error.rejected", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<CellError> errors() {
        return errors;
    }
}
