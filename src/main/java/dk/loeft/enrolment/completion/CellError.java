package dk.loeft.enrolment.completion;

import java.util.UUID;

/** Why one cell of the attendance grid was refused, as a message key. */
public record CellError(UUID participationId, UUID sessionId, String key) {}
