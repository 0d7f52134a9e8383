package dk.loeft.catalog;

import dk.loeft.plan.InitiativeKind;
import dk.loeft.staff.StaffRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Everything about an offering that its editor gives, as a form or the API sends it. */
public record OfferingDetails(
        UUID providerId,
        String title,
        OfferingKind kind,
        @Nullable InitiativeKind programme,
        @Nullable UUID planInitiative,
        boolean tailored,
        Delivery delivery,
        String place,
        LocalDate startDate,
        LocalDate endDate,
        @Nullable LocalDate applicationDeadline,
        @Nullable LocalDate cancellationDeadline,
        int capacity,
        int minimumParticipants,
        long priceOere,
        Set<StaffRole> targetRoles,
        String targetGroup,
        String description,
        Format format,
        List<OfferingModule> modules,
        List<NewSession> sessions,
        Map<UUID, Integer> quotas) {

    public OfferingDetails {
        targetRoles = Set.copyOf(targetRoles);
        modules = List.copyOf(modules);
        sessions = List.copyOf(sessions);
        quotas = Map.copyOf(quotas);
    }

    /** A session as given: when and where. */
    public record NewSession(Instant startsAt, Instant endsAt, String place, String title) {}
}
