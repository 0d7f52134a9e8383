package dk.loeft.catalog;

import java.time.Instant;
import java.util.UUID;

/** One teaching session (undervisningsgang) of an offering: when, where and what. */
public record CourseSession(UUID id, UUID offeringId, Instant startsAt, Instant endsAt, String place, String title) {}
