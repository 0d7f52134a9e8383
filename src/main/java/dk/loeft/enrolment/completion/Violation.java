package dk.loeft.enrolment.completion;

/** A broken completion rule as data: the field it concerns, a message key and its arguments. */
public record Violation(String field, String key, Object... args) {}
