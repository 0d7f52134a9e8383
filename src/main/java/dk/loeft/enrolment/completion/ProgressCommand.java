package dk.loeft.enrolment.completion;

import java.time.LocalDate;

/** A part to register as passed: its name ("2. semester", a module's name), ECTS, date and whether merit credited it. */
public record ProgressCommand(String part, int ects, LocalDate passedOn, boolean credited) {}
