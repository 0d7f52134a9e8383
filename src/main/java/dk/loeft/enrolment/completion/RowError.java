package dk.loeft.enrolment.completion;

import java.util.UUID;

/** A result for one participant of many that breaks a rule. */
public record RowError(UUID participationId, Violation violation) {}
