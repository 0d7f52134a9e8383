package dk.loeft.institution;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An institution as lists and the API show it: its facts with the area's name. */
public record InstitutionSummary(
        UUID id,
        int kommuneCode,
        String number,
        String name,
        InstitutionKind kind,
        Ownership ownership,
        @Nullable UUID areaId,
        @Nullable String areaName,
        @Nullable String street,
        @Nullable String postalCode,
        @Nullable String city,
        int version) {

    public boolean poolEligible() {
        return kind.isDagtilbud() && ownership != Ownership.PRIVAT;
    }
}
