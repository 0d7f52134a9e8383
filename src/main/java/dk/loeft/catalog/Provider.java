package dk.loeft.catalog;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A provider (udbyder) in the kommune's catalogue: a university college, SOSU school, AMU centre, the kommune itself or another. */
public record Provider(
        UUID id,
        int kommuneCode,
        String name,
        ProviderKind kind,
        @Nullable String email,
        int version) {}
