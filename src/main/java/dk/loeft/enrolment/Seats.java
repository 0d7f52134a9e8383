package dk.loeft.enrolment;

import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.tenancy.Tenancy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seats (pladser) and wait-lists. An approved application gets a seat in its highest-priority
 * choice with a free seat, else a place on the first choice's wait-list. A cancellation (afbud)
 * frees the seat, and the wait-list moves up at once in queue order.
 *
 * <p>Quotas: an institution's quota seats are reserved for its staff until the application deadline
 * (or, without one, until the start); the rest of the capacity is shared by everyone, and staff of an
 * institution whose quota is used up compete for the shared seats too. After the deadline unused
 * quota seats are free for all. Every change of an offering's seats locks the offering's row first,
 * so two approvals racing for the last seat are served one after the other.
 */
@Service
public class Seats {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Participations participations;

    Seats(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, Participations participations) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.participations = participations;
    }

    /** A cancellation and, if the freed seat went to someone on the wait-list, their new participations. */
    public record Cancellation(Participation cancelled, List<Participation> promoted) {}

    /** Seats the person of a finally approved application, or puts them on the first choice's wait-list. */
    void seat(Application application) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        application.choices().stream().sorted().forEach(this::lock);
        for (UUID offering : application.choices()) {
            if (alreadyIn(offering, application.staffMember())) {
                continue;
            }
            if (hasFreeSeat(offering, application.institution(), today)) {
                UUID id = insert(application, offering, ParticipationStatus.ENROLLED, now);
                events.publishEvent(
                        new SeatGranted(id, application.kommuneCode(), offering, application.staffMember(), false));
                return;
            }
        }
        UUID first = application.choices().getFirst();
        if (!alreadyIn(first, application.staffMember())) {
            insert(application, first, ParticipationStatus.WAITLISTED, now);
        }
    }

    /** Cancels a seat or a place on the wait-list with a reason; late after the offering's cancellation deadline. */
    @Transactional
    public Cancellation cancel(UUID participationId, int expectedVersion, @Nullable String reason) {
        LoeftUser user = currentUser();
        Participation p = participations.get(participationId);
        if (!mayCancel(user, p)) {
            throw new NotFoundException();
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("enrolment.seat.error.reasonRequired");
        }
        if (p.status() != ParticipationStatus.ENROLLED && p.status() != ParticipationStatus.WAITLISTED) {
            throw new RuleViolationException("enrolment.seat.error.notActive");
        }
        OfferingLock offering = lock(p.offeringId());
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        boolean late = offering.cancellationDeadline() != null && today.isAfter(offering.cancellationDeadline());
        int rows = jdbc.sql("""
                update participation
                   set status = 'CANCELLED', cancelled_at = :now, cancelled_by = :by, cancel_reason = :reason,
                       cancelled_late = :late, version = version + 1
                 where id = :id and version = :version and status in ('ENROLLED', 'WAITLISTED')""")
                .param("now", Timestamp.from(now))
                .param("by", user.getUsername())
                .param("reason", reason.strip())
                .param("late", late)
                .param("id", participationId)
                .param("version", expectedVersion)
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Participation " + participationId + " was changed");
        }
        List<Participation> promoted =
                p.status() == ParticipationStatus.ENROLLED ? promote(p.offeringId(), today, now) : List.of();
        return new Cancellation(participations.get(participationId), promoted);
    }

    /** Moves people up from the wait-list, in queue order, as long as a seat is free for them. */
    private List<Participation> promote(UUID offering, LocalDate today, Instant now) {
        List<Participation> waiting = participations.ofOffering(offering).stream()
                .filter(w -> w.status() == ParticipationStatus.WAITLISTED)
                .toList();
        List<Participation> promoted = new ArrayList<>();
        for (Participation w : waiting) {
            if (!hasFreeSeat(offering, w.institution(), today)) {
                continue;
            }
            jdbc.sql("""
                    update participation set status = 'ENROLLED', seated_at = :now, version = version + 1
                     where id = :id""").param("now", Timestamp.from(now)).param("id", w.id()).update();
            events.publishEvent(new SeatGranted(w.id(), w.kommuneCode(), offering, w.staffMember(), true));
            promoted.add(participations.get(w.id()));
        }
        return promoted;
    }

    /** Whether a person from the institution fits in the offering now (capacity, and quotas while they hold). */
    boolean hasFreeSeat(UUID offering, @Nullable UUID institution, LocalDate today) {
        OfferingLock o = offering(offering, "");
        Map<UUID, Integer> seated = new HashMap<>();
        int[] total = {0};
        jdbc.sql("""
                select institution, count(*) as seats from participation
                 where offering = :o and status in ('ENROLLED', 'COMPLETED') group by institution""")
                .param("o", offering)
                .query((rs, n) -> {
                    int count = rs.getInt("seats");
                    total[0] += count;
                    UUID i = rs.getObject("institution", UUID.class);
                    if (i != null) {
                        seated.put(i, count);
                    }
                    return count;
                })
                .list();
        if (total[0] >= o.capacity()) {
            return false;
        }
        LocalDate reservedUntil = o.applicationDeadline() != null
                ? o.applicationDeadline()
                : o.startDate().minusDays(1);
        if (today.isAfter(reservedUntil)) {
            return true;
        }
        Map<UUID, Integer> quotas = new HashMap<>();
        jdbc.sql("select institution, seats from offering_quota where offering = :o")
                .param("o", offering)
                .query((rs, n) -> quotas.put(rs.getObject("institution", UUID.class), rs.getInt("seats")))
                .list();
        if (institution != null && seated.getOrDefault(institution, 0) < quotas.getOrDefault(institution, 0)) {
            return true;
        }
        int reserved = quotas.values().stream().mapToInt(Integer::intValue).sum();
        int sharedUsed = total[0]
                - quotas.entrySet().stream()
                        .mapToInt(q -> Math.min(q.getValue(), seated.getOrDefault(q.getKey(), 0)))
                        .sum();
        return sharedUsed < o.capacity() - reserved;
    }

    private OfferingLock lock(UUID offering) {
        return offering(offering, " for update");
    }

    private OfferingLock offering(UUID offering, String lock) {
        return jdbc.sql(
                        "select capacity, start_date, application_deadline, cancellation_deadline from offering where id = :o"
                                + lock)
                .param("o", offering)
                .query((rs, n) -> new OfferingLock(
                        rs.getInt("capacity"),
                        rs.getObject("start_date", LocalDate.class),
                        rs.getObject("application_deadline", LocalDate.class),
                        rs.getObject("cancellation_deadline", LocalDate.class)))
                .optional()
                .orElseThrow(NotFoundException::new);
    }

    private boolean alreadyIn(UUID offering, UUID staffMember) {
        return jdbc.sql("""
                select exists (select 1 from participation
                                where offering = :o and staff_member = :s and status <> 'CANCELLED')""")
                .param("o", offering)
                .param("s", staffMember)
                .query(Boolean.class)
                .single();
    }

    private UUID insert(Application a, UUID offering, ParticipationStatus status, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into participation (id, kommune_code, offering, staff_member, institution, application, status,
                                           queued_at, seated_at)
                values (:id, :k, :o, :s, :i, :a, :status, :now, :seated)""")
                .param("id", id)
                .param("k", a.kommuneCode())
                .param("o", offering)
                .param("s", a.staffMember())
                .param("i", a.institution())
                .param("a", a.id())
                .param("status", status.name())
                .param("now", Timestamp.from(now))
                .param("seated", status == ParticipationStatus.ENROLLED ? Timestamp.from(now) : null)
                .update();
        return id;
    }

    /** The person themselves, their leader (by the institution they came from) or the forvaltning. */
    static boolean mayCancel(LoeftUser user, Participation p) {
        return switch (user.role()) {
            case KOMMUNE_ADMIN -> true;
            case LEADER -> p.institution() != null && user.institutionIds().contains(p.institution());
            case STAFF -> p.staffMember().equals(user.staffId());
            case NATIONAL, FINANCE -> false;
        };
    }

    private static LoeftUser currentUser() {
        return Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
    }

    private record OfferingLock(
            int capacity,
            LocalDate startDate,
            @Nullable LocalDate applicationDeadline,
            @Nullable LocalDate cancellationDeadline) {}
}
