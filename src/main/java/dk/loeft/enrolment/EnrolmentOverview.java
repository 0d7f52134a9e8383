package dk.loeft.enrolment;

import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The read side of enrolment as each role sees it: the leader their staff's applications, courses
 * and absences ahead; the staff member their own; the forvaltning every offering per plan initiative.
 * Each is one query; the kommune is enforced by row-level security.
 */
@Service
public class EnrolmentOverview {

    /** How far ahead a leader sees absences. */
    public static final int ABSENCE_WEEKS = 6;

    private static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");

    private final JdbcClient jdbc;
    private final Clock clock;

    EnrolmentOverview(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An application in a list. */
    public record ApplicationRow(
            UUID id,
            int version,
            UUID staffId,
            String personName,
            @Nullable String institutionName,
            ApplicationStatus status,
            boolean nominated,
            Instant submittedAt,
            String firstChoice,
            int choices) {}

    /** A person's participation in an offering, in a list. */
    public record ParticipationRow(
            UUID id,
            int version,
            UUID staffId,
            String personName,
            @Nullable String institutionName,
            UUID offeringId,
            String offeringTitle,
            LocalDate startDate,
            LocalDate endDate,
            ParticipationStatus status,
            Instant queuedAt,
            @Nullable Instant seatedAt,
            @Nullable String cancelReason,
            boolean cancelledLate) {

        /** Seated from the wait-list (later than queued), which the person is told. */
        public boolean fromWaitList() {
            return seatedAt != null && seatedAt.isAfter(queuedAt);
        }
    }

    /** A course session someone attends, so is away from their institution. */
    public record SessionRow(
            LocalDate date, Instant startsAt, Instant endsAt, String personName, String offeringTitle, String place) {}

    /** One offering's seats and applications, for the forvaltning's overview. */
    public record OfferingRow(
            UUID offeringId,
            String title,
            @Nullable UUID initiativeId,
            @Nullable String initiativeName,
            LocalDate startDate,
            int capacity,
            int minimumParticipants,
            int seated,
            int waitListed,
            int cancelled,
            Map<ApplicationStatus, Integer> applications) {

        public boolean belowMinimum() {
            return seated < minimumParticipants;
        }

        public int applications(ApplicationStatus status) {
            return applications.getOrDefault(status, 0);
        }
    }

    /** The applications waiting for the signed-in user's decision: a leader's stage for their institutions, the forvaltning's after that. */
    public List<ApplicationRow> awaitingDecision() {
        LoeftUser user = currentUser();
        if (user.is(Role.LEADER)) {
            return applications(
                    "a.status = 'SUBMITTED' and a.institution in (:ids)", scope(user.institutionIds()), null);
        }
        if (user.is(Role.KOMMUNE_ADMIN)) {
            return applications("a.status = 'LEADER_APPROVED'", Set.of(), null);
        }
        throw new AccessDeniedException("Kun ledere og forvaltningen træffer afgørelser");
    }

    /** The applications from a leader's institutions, newest first. */
    public List<ApplicationRow> applicationsOfMyStaff() {
        LoeftUser user = requireRole(Role.LEADER);
        return applications("a.institution in (:ids)", scope(user.institutionIds()), null);
    }

    /** The signed-in staff member's own applications, newest first. */
    public List<ApplicationRow> myApplications() {
        return applications("a.staff_member = :s", Set.of(), ownStaffId());
    }

    /** Seats and wait-list places of the people from a leader's institutions, soonest course first. */
    public List<ParticipationRow> coursesOfMyStaff() {
        LoeftUser user = requireRole(Role.LEADER);
        return participations(
                "p.institution in (:ids) and p.status in ('ENROLLED', 'WAITLISTED', 'COMPLETED')",
                Map.of("ids", scope(user.institutionIds())));
    }

    /** The signed-in staff member's participations, soonest course first. */
    public List<ParticipationRow> myCourses() {
        return participations("p.staff_member = :s", Map.of("s", ownStaffId()));
    }

    /** An offering's participants (seated, then the wait-list in queue order, then the rest), for the forvaltning. */
    public List<ParticipationRow> participantsOf(UUID offeringId) {
        requireRole(Role.KOMMUNE_ADMIN);
        boolean visible = jdbc.sql("select exists (select 1 from offering where id = :o)")
                .param("o", offeringId)
                .query(Boolean.class)
                .single();
        if (!visible) {
            throw new NotFoundException();
        }
        return participations("p.offering = :o", Map.of("o", offeringId));
    }

    /** Sessions in the coming weeks where staff of a leader's institutions are on a course, by date. */
    public Map<LocalDate, List<SessionRow>> absencesAhead() {
        LoeftUser user = requireRole(Role.LEADER);
        return sessions("p.institution in (:ids)", Map.of("ids", scope(user.institutionIds())));
    }

    /** The signed-in staff member's sessions in the coming weeks, by date. */
    public Map<LocalDate, List<SessionRow>> mySessions() {
        return sessions("p.staff_member = :s", Map.of("s", ownStaffId()));
    }

    /** Every offering of the kommune with its seats and applications, by plan initiative, for the forvaltning and økonomi. */
    public List<OfferingRow> offerings() {
        LoeftUser user = currentUser();
        if (!user.is(Role.KOMMUNE_ADMIN) && !user.is(Role.FINANCE)) {
            throw new AccessDeniedException("Kun forvaltningen og økonomi ser oversigten");
        }
        Map<UUID, Map<ApplicationStatus, Integer>> byStatus = new LinkedHashMap<>();
        jdbc.sql("""
                select c.offering, a.status, count(*) as n
                  from application_choice c join application a on a.id = c.application
                 group by c.offering, a.status""")
                .query((rs, n) -> byStatus.computeIfAbsent(
                                rs.getObject("offering", UUID.class), k -> new LinkedHashMap<>())
                        .put(ApplicationStatus.valueOf(rs.getString("status")), rs.getInt("n")))
                .list();
        return jdbc.sql("""
                select o.id, o.title, o.plan_initiative, o.start_date, o.capacity, o.minimum_participants,
                       (select pi.name from plan_initiative pi join plan_version v on v.id = pi.version_id
                         where pi.id = o.plan_initiative order by v.version_no desc limit 1) as initiative_name,
                       count(p.id) filter (where p.status in ('ENROLLED', 'COMPLETED')) as seated,
                       count(p.id) filter (where p.status = 'WAITLISTED') as waiting,
                       count(p.id) filter (where p.status = 'CANCELLED') as cancelled
                  from offering o left join participation p on p.offering = o.id
                 where o.status = 'PUBLISHED'
                 group by o.id
                 order by initiative_name nulls last, o.start_date, o.title""")
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new OfferingRow(
                            id,
                            rs.getString("title"),
                            rs.getObject("plan_initiative", UUID.class),
                            rs.getString("initiative_name"),
                            rs.getObject("start_date", LocalDate.class),
                            rs.getInt("capacity"),
                            rs.getInt("minimum_participants"),
                            rs.getInt("seated"),
                            rs.getInt("waiting"),
                            rs.getInt("cancelled"),
                            byStatus.getOrDefault(id, Map.of()));
                })
                .list();
    }

    /** One offering's row of the overview; not found when the user may not see it. */
    public OfferingRow offering(UUID offeringId) {
        return offerings().stream()
                .filter(o -> o.offeringId().equals(offeringId))
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private List<ApplicationRow> applications(String where, Collection<UUID> ids, @Nullable UUID staffId) {
        return jdbc.sql("""
                select a.id, a.version, a.staff_member, s.name as person_name, i.name as institution_name, a.status,
                       a.nominated, a.submitted_at,
                       (select o.title from application_choice c join offering o on o.id = c.offering
                         where c.application = a.id order by c.priority limit 1) as first_choice,
                       (select count(*) from application_choice c where c.application = a.id) as choices
                  from application a
                  join staff_member s on s.id = a.staff_member
                  left join institution i on i.id = a.institution
                 where \s""" + where + " order by a.submitted_at desc, a.id")
                .param("ids", ids.isEmpty() ? Set.of(new UUID(0, 0)) : ids)
                .param("s", staffId)
                .query((rs, n) -> new ApplicationRow(
                        rs.getObject("id", UUID.class),
                        rs.getInt("version"),
                        rs.getObject("staff_member", UUID.class),
                        rs.getString("person_name"),
                        rs.getString("institution_name"),
                        ApplicationStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("nominated"),
                        rs.getTimestamp("submitted_at").toInstant(),
                        rs.getString("first_choice"),
                        rs.getInt("choices")))
                .list();
    }

    private List<ParticipationRow> participations(String where, Map<String, ?> params) {
        return jdbc.sql("""
                select p.*, s.name as person_name, i.name as institution_name, o.title, o.start_date, o.end_date
                  from participation p
                  join staff_member s on s.id = p.staff_member
                  join offering o on o.id = p.offering
                  left join institution i on i.id = p.institution
                 where \s""" + where + """

                 order by o.start_date, o.title,
                          case p.status when 'ENROLLED' then 0 when 'COMPLETED' then 0 when 'WAITLISTED' then 1 else 2 end,
                          coalesce(p.seated_at, p.queued_at), p.queued_at, s.name""")
                .params(params)
                .query(EnrolmentOverview::participation)
                .list();
    }

    private Map<LocalDate, List<SessionRow>> sessions(String where, Map<String, ?> params) {
        Instant from = clock.instant();
        Instant to = LocalDate.now(clock)
                .plusWeeks(ABSENCE_WEEKS)
                .atStartOfDay(DANISH)
                .toInstant();
        return jdbc
                .sql("""
                select os.starts_at, os.ends_at, coalesce(nullif(os.place, ''), o.place) as place, o.title,
                       s.name as person_name
                  from participation p
                  join offering o on o.id = p.offering
                  join offering_session os on os.offering = o.id
                  join staff_member s on s.id = p.staff_member
                 where p.status = 'ENROLLED' and os.ends_at >= :from and os.starts_at < :to and \s""" + where + """

                 order by os.starts_at, s.name""")
                .params(params)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> {
                    Instant starts = rs.getTimestamp("starts_at").toInstant();
                    return new SessionRow(
                            starts.atZone(DANISH).toLocalDate(),
                            starts,
                            rs.getTimestamp("ends_at").toInstant(),
                            rs.getString("person_name"),
                            rs.getString("title"),
                            rs.getString("place"));
                })
                .list()
                .stream()
                .collect(Collectors.groupingBy(SessionRow::date, LinkedHashMap::new, Collectors.toList()));
    }

    private static ParticipationRow participation(ResultSet rs, int n) throws SQLException {
        Timestamp seated = rs.getTimestamp("seated_at");
        return new ParticipationRow(
                rs.getObject("id", UUID.class),
                rs.getInt("version"),
                rs.getObject("staff_member", UUID.class),
                rs.getString("person_name"),
                rs.getString("institution_name"),
                rs.getObject("offering", UUID.class),
                rs.getString("title"),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                ParticipationStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("queued_at").toInstant(),
                seated == null ? null : seated.toInstant(),
                rs.getString("cancel_reason"),
                rs.getBoolean("cancelled_late"));
    }

    private static Collection<UUID> scope(Set<UUID> ids) {
        return ids.isEmpty() ? Set.of(new UUID(0, 0)) : ids;
    }

    private static UUID ownStaffId() {
        LoeftUser user = currentUser();
        if (user.staffId() == null) {
            throw new NotFoundException();
        }
        return user.staffId();
    }

    private static LoeftUser requireRole(Role role) {
        LoeftUser user = currentUser();
        if (!user.is(role)) {
            throw new AccessDeniedException("Siden er for en anden rolle");
        }
        return user;
    }

    private static LoeftUser currentUser() {
        return Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
    }
}
