package dk.loeft.funding;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One grant entry of a kommune's ledger as recorded when an allocation was published (GRANT or CORRECTION). */
public record GrantEntryLine(
        UUID id,
        String roundName,
        int year,
        String kind,
        long amountOere,
        @Nullable String note,
        String recordedBy,
        Instant recordedAt) {}
