package dk.loeft.funding;

import java.time.Instant;
import java.util.UUID;

/** An imported allocation key (fordelingsnøgle): expected children per kommune in an age band and year. */
public record AllocationKey(
        UUID id,
        String name,
        int ageFrom,
        int ageTo,
        int referenceYear,
        String source,
        String fileName,
        long totalChildren,
        String importedBy,
        Instant importedAt) {}
