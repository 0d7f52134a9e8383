package dk.loeft.catalog;

import java.time.Instant;

/** Why, when and by whom an offering was cancelled (aflyst). */
public record Cancellation(String reason, Instant at, String by) {}
