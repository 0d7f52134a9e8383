package dk.loeft.enrolment;

import dk.loeft.platform.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads participations; the signed-in user's kommune is enforced by row-level security. */
@Service
public class Participations {

    private static final String SELECT = "select * from participation ";

    private final JdbcClient jdbc;

    Participations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Participation get(UUID id) {
        return jdbc.sql(SELECT + "where id = :id")
                .param("id", id)
                .query(Participations::map)
                .optional()
                .orElseThrow(NotFoundException::new);
    }

    /** An offering's participations: seated first in seat order, then the wait-list in queue order, then the rest. */
    public List<Participation> ofOffering(UUID offeringId) {
        return jdbc.sql(SELECT + """
                where offering = :o
                order by case status when 'ENROLLED' then 0 when 'COMPLETED' then 0 when 'WAITLISTED' then 1 else 2 end,
                         coalesce(seated_at, queued_at), queued_at, id
                """)
                .param("o", offeringId)
                .query(Participations::map)
                .list();
    }

    /** A person's participations, newest first. */
    public List<Participation> ofPerson(UUID staffMember) {
        return jdbc.sql(SELECT + "where staff_member = :s order by queued_at desc")
                .param("s", staffMember)
                .query(Participations::map)
                .list();
    }

    /** The participations of several people, newest first. */
    public List<Participation> ofPeople(Collection<UUID> staffMembers) {
        if (staffMembers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "where staff_member in (:s) order by queued_at desc")
                .param("s", staffMembers)
                .query(Participations::map)
                .list();
    }

    static Participation map(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString("outcome");
        return new Participation(
                rs.getObject("id", UUID.class),
                rs.getInt("kommune_code"),
                rs.getObject("offering", UUID.class),
                rs.getObject("staff_member", UUID.class),
                rs.getObject("institution", UUID.class),
                rs.getObject("application", UUID.class),
                ParticipationStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("queued_at").toInstant(),
                instant(rs.getTimestamp("seated_at")),
                instant(rs.getTimestamp("cancelled_at")),
                rs.getString("cancel_reason"),
                rs.getBoolean("cancelled_late"),
                outcome == null ? null : Outcome.valueOf(outcome),
                rs.getObject("outcome_on", LocalDate.class),
                rs.getString("outcome_reason"),
                rs.getInt("ects_awarded"),
                rs.getInt("version"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
