package dk.loeft.dataimport;

import java.time.Instant;
import java.util.UUID;

/** One line of the kommune's import history. */
public record ImportHistoryEntry(
        UUID id,
        Instant startedAt,
        ImportKind kind,
        String fileName,
        String actorName,
        int totalRows,
        int created,
        int updated,
        int unchanged,
        int errorCount,
        ImportStatus status) {}
