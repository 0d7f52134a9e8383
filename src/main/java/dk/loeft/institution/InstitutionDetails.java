package dk.loeft.institution;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The editable facts of an institution. */
public record InstitutionDetails(
        String name,
        InstitutionKind kind,
        Ownership ownership,
        @Nullable UUID areaId,
        @Nullable String street,
        @Nullable String postalCode,
        @Nullable String city) {}
