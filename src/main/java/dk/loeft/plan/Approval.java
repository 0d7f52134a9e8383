package dk.loeft.plan;

import java.time.LocalDate;

/** A political approval: by which body (and which udvalg, by name), on which date, with the case or minutes reference. */
public record Approval(ApprovingBody body, String bodyName, LocalDate date, String reference) {}
