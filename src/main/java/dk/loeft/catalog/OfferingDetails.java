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

    /**
     * A session as given: when and where; with the id of an existing session when an edit keeps it
     * (its attendance stays with it), without for a new one.
     */
    public record NewSession(@Nullable UUID id, Instant startsAt, Instant endsAt, String place, String title) {

        public NewSession(Instant startsAt, Instant endsAt, String place, String title) {
            this(null, startsAt, endsAt, place, title);
        }

        public static NewSession of(CourseSession session) {
            return new NewSession(session.id(), session.startsAt(), session.endsAt(), session.place(), session.title());
        }
    }

    /** The details of an offering as it is now, for an edit form or a change of a few facts. */
    public static OfferingDetails of(Offering o) {
        return new OfferingDetails(
                o.providerId(),
                o.title(),
                o.kind(),
                o.programme(),
                o.planInitiative(),
                o.tailored(),
                o.delivery(),
                o.place(),
                o.startDate(),
                o.endDate(),
                o.applicationDeadline(),
                o.cancellationDeadline(),
                o.capacity(),
                o.minimumParticipants(),
                o.priceOere(),
                o.targetRoles(),
                o.targetGroup(),
                o.description(),
                o.format(),
                o.modules(),
                o.sessions().stream().map(NewSession::of).toList(),
                o.quotas());
    }
}
