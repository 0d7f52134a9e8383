package dk.loeft.institution.api;

import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.InstitutionSummary;
import dk.loeft.institution.Ownership;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An institution (dagtilbud). {@code poolEligible}: whether its staff are in the pool's target
 * group (a municipal daginstitution or dagpleje). Send {@code version} back when changing it.
 */
record InstitutionResponse(
        UUID id,
        int kommuneCode,
        String number,
        String name,
        InstitutionKind kind,
        Ownership ownership,
        boolean poolEligible,
        @Nullable UUID areaId,
        @Nullable String areaName,
        @Nullable String street,
        @Nullable String postalCode,
        @Nullable String city,
        int version) {

    static InstitutionResponse of(InstitutionSummary i) {
        return new InstitutionResponse(
                i.id(),
                i.kommuneCode(),
                i.number(),
                i.name(),
                i.kind(),
                i.ownership(),
                i.poolEligible(),
                i.areaId(),
                i.areaName(),
                i.street(),
                i.postalCode(),
                i.city(),
                i.version());
    }
}
