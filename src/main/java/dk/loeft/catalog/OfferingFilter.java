package dk.loeft.catalog;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Which offerings a list shows; null means any. */
public record OfferingFilter(
        @Nullable OfferingStatus status,
        @Nullable OfferingKind kind,
        @Nullable UUID providerId,
        @Nullable UUID planInitiative) {

    public static final OfferingFilter ALL = new OfferingFilter(null, null, null, null);
}
