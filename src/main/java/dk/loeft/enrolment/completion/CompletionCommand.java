package dk.loeft.enrolment.completion;

import dk.loeft.enrolment.Outcome;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A result to register: the outcome, the date it was reached, ECTS awarded (none given: the
 * offering's ECTS for a pass, 0 otherwise) and the reason (required when the person dropped out).
 */
public record CompletionCommand(
        Outcome outcome,
        LocalDate on,
        @Nullable Integer ects,
        @Nullable String reason) {}
