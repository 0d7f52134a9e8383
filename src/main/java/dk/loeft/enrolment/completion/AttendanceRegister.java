package dk.loeft.enrolment.completion;

import dk.loeft.catalog.Catalog;
import dk.loeft.catalog.CourseSession;
import dk.loeft.catalog.Offering;
import dk.loeft.enrolment.Outcome;
import dk.loeft.enrolment.ParticipationStatus;
import dk.loeft.platform.security.LoeftUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance (fremmøde): the forvaltning registers, per session of an offering, whether each
 * seated participant was present, absent or excused. A grid is saved whole or not at all.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceRegister {

    private final Catalog catalog;
    private final JdbcClient jdbc;
    private final Clock clock;

    AttendanceRegister(Catalog catalog, JdbcClient jdbc, Clock clock) {
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The offering's grid; for the forvaltning. */
    public AttendanceSheet sheet(UUID offeringId) {
        CompletionAccess.requireAdmin();
        return load(catalog.offering(offeringId));
    }

    AttendanceSheet load(Offering offering) {
        List<Participant> participants = participants(offering.id());
        Map<String, AttendanceSheet.Mark> marks = new HashMap<>();
        jdbc.sql("""
                select a.participation, a.session, a.status, a.reason
                  from attendance a join participation p on p.id = a.participation
                 where p.offering = :o
                """)
                .param("o", offering.id())
                .query((rs, n) -> marks.put(
                        AttendanceSheet.key(
                                rs.getObject("participation", UUID.class), rs.getObject("session", UUID.class)),
                        new AttendanceSheet.Mark(
                                AttendanceStatus.valueOf(rs.getString("status")), rs.getString("reason"))))
                .list();
        return new AttendanceSheet(offering, participants, offering.sessions(), marks);
    }

    /** The offering's seated participants (with a seat or a result), by name. */
    List<Participant> participants(UUID offeringId) {
        return jdbc.sql("""
                select p.id, p.staff_member, s.name, s.employee_number, p.status, p.outcome, p.outcome_on,
                       p.outcome_reason, p.ects_awarded, p.version
                  from participation p join staff_member s on s.id = p.staff_member
                 where p.offering = :o and p.status in ('ENROLLED', 'COMPLETED')
                 order by s.name, s.employee_number
                """)
                .param("o", offeringId)
                .query((rs, n) -> {
                    String outcome = rs.getString("outcome");
                    return new Participant(
                            rs.getObject("id", UUID.class),
                            rs.getObject("staff_member", UUID.class),
                            rs.getString("name"),
                            rs.getString("employee_number"),
                            ParticipationStatus.valueOf(rs.getString("status")),
                            outcome == null ? null : Outcome.valueOf(outcome),
                            rs.getObject("outcome_on", java.time.LocalDate.class),
                            rs.getString("outcome_reason"),
                            rs.getInt("ects_awarded"),
                            rs.getInt("version"));
                })
                .list();
    }

    /**
     * Saves the given cells of the offering's grid after checking every one: each must be a seated
     * participant and a session of this offering, an excused absence needs its reason. With any
     * error nothing is saved.
     */
    @Transactional
    public AttendanceSheet record(UUID offeringId, List<AttendanceMark> marks) {
        LoeftUser user = CompletionAccess.requireAdmin();
        Offering offering = catalog.offering(offeringId);
        Set<UUID> seated = new HashSet<>();
        participants(offeringId).forEach(p -> seated.add(p.participationId()));
        Set<UUID> sessions = new HashSet<>();
        offering.sessions().stream().map(CourseSession::id).forEach(sessions::add);
        List<CellError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AttendanceMark mark : marks) {
            if (!seated.contains(mark.participationId()) || !sessions.contains(mark.sessionId())) {
                errors.add(
                        new CellError(mark.participationId(), mark.sessionId(), "enrolment.attendance.error.unknown"));
            } else if (!seen.add(AttendanceSheet.key(mark.participationId(), mark.sessionId()))) {
                errors.add(new CellError(mark.participationId(), mark.sessionId(), "enrolment.attendance.error.twice"));
            } else if (mark.status() == AttendanceStatus.EXCUSED && blank(mark.reason())) {
                errors.add(
                        new CellError(mark.participationId(), mark.sessionId(), "enrolment.attendance.error.reason"));
            } else if (mark.reason() != null && mark.reason().trim().length() > 500) {
                errors.add(new CellError(
                        mark.participationId(), mark.sessionId(), "enrolment.attendance.error.reasonLength"));
            }
        }
        if (!errors.isEmpty()) {
            throw new MarksRejectedException(errors);
        }
        Timestamp now = Timestamp.from(clock.instant());
        for (AttendanceMark mark : marks) {
            if (mark.status() == null) {
                jdbc.sql("delete from attendance where participation = :p and session = :s")
                        .param("p", mark.participationId())
                        .param("s", mark.sessionId())
                        .update();
                continue;
            }
            jdbc.sql("""
                    insert into attendance (participation, session, kommune_code, status, reason, recorded_by, recorded_at)
                    values (:p, :s, :k, :status, :reason, :by, :now)
                    on conflict (participation, session) do update
                       set status = excluded.status, reason = excluded.reason,
                           recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
                     where attendance.status is distinct from excluded.status
                        or attendance.reason is distinct from excluded.reason
                    """)
                    .param("p", mark.participationId())
                    .param("s", mark.sessionId())
                    .param("k", offering.kommuneCode())
                    .param("status", mark.status().name())
                    .param(
                            "reason",
                            mark.status() == AttendanceStatus.EXCUSED
                                    ? mark.reason().trim()
                                    : null)
                    .param("by", user.getUsername())
                    .param("now", now)
                    .update();
        }
        return load(offering);
    }

    /** A participation's attendance share; the caller has checked the reader may see it. */
    AttendanceShare shareOf(UUID participationId) {
        return jdbc.sql("""
                select count(*) filter (where status = 'PRESENT') as present, count(*) as registered
                  from attendance where participation = :p
                """)
                .param("p", participationId)
                .query((rs, n) -> new AttendanceShare(rs.getInt("present"), rs.getInt("registered")))
                .single();
    }

    /** A participation's marks by session id; the caller has checked the reader may see it. */
    Map<UUID, AttendanceSheet.Mark> marksOf(UUID participationId) {
        Map<UUID, AttendanceSheet.Mark> marks = new HashMap<>();
        jdbc.sql("select session, status, reason from attendance where participation = :p")
                .param("p", participationId)
                .query((rs, n) -> marks.put(
                        rs.getObject("session", UUID.class),
                        new AttendanceSheet.Mark(
                                AttendanceStatus.valueOf(rs.getString("status")), rs.getString("reason"))))
                .list();
        return marks;
    }

    private static boolean blank(@org.jspecify.annotations.Nullable String text) {
        return text == null || text.isBlank();
    }
}
