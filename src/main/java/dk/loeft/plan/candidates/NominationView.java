package dk.loeft.plan.candidates;

import dk.loeft.plan.InitiativeKind;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A standing nomination as lists show it, with the person's name and employee number. */
public record NominationView(
        UUID id,
        UUID staffId,
        String employeeNumber,
        String staffName,
        InitiativeKind track,
        @Nullable UUID initiativeId,
        @Nullable String note,
        String nominatedBy,
        Instant nominatedAt,
        int version) {}
