package dk.loeft.catalog;

import dk.loeft.plan.InitiativeKind;
import dk.loeft.staff.StaffRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An offering (udbud) as the rest of Løft reads it: a provider's programme or course with its
 * dates, sessions, capacity, minimum class size, price per participant and target group, linked to
 * a plan initiative. Staff apply for published offerings.
 *
 * @param programme the track the offering belongs to (merit, PAU, PD ...), if any: completing it
 *     gives the track's education, and eligibility is checked against the track's rules
 * @param planInitiative the plan initiative (id, stable across plan versions) that pays for it
 * @param tailored a course the kommune defined itself (skræddersyet)
 * @param capacity seats in all
 * @param minimumParticipants below this many seated participants the course may not run
 * @param priceOere price per participant in øre
 * @param quotas seats reserved per institution id
 */
public record Offering(
        UUID id,
        int kommuneCode,
        UUID providerId,
        String providerName,
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
        List<CourseSession> sessions,
        Map<UUID, Integer> quotas,
        OfferingStatus status,
        int version) {

    public Offering {
        targetRoles = Set.copyOf(targetRoles);
        modules = List.copyOf(modules);
        sessions = List.copyOf(sessions);
        quotas = Map.copyOf(quotas);
    }

    /** The same offering with the given modules, sessions and quotas. */
    public Offering withParts(List<OfferingModule> modules, List<CourseSession> sessions, Map<UUID, Integer> quotas) {
        return new Offering(
                id,
                kommuneCode,
                providerId,
                providerName,
                title,
                kind,
                programme,
                planInitiative,
                tailored,
                delivery,
                place,
                startDate,
                endDate,
                applicationDeadline,
                cancellationDeadline,
                capacity,
                minimumParticipants,
                priceOere,
                targetRoles,
                targetGroup,
                description,
                format,
                modules,
                sessions,
                quotas,
                status,
                version);
    }

    /** ECTS points of all modules. */
    public int ects() {
        return modules.stream().mapToInt(OfferingModule::ects).sum();
    }

    public boolean published() {
        return status == OfferingStatus.PUBLISHED;
    }

    /** Whether a person in this post is in the offering's target group; an offering without target roles is for everyone. */
    public boolean isFor(StaffRole role) {
        return targetRoles.isEmpty() || targetRoles.contains(role);
    }
}
