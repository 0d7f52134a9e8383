package dk.loeft.enrolment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores applications with their choices; a save of a stale version fails with an optimistic-locking error. */
@Repository
class ApplicationRepository {

    private final JdbcClient jdbc;

    ApplicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Application> find(UUID id) {
        List<UUID> choices = jdbc.sql(
                        "select offering from application_choice where application = :id order by priority")
                .param("id", id)
                .query(UUID.class)
                .list();
        return jdbc.sql("select * from application where id = :id")
                .param("id", id)
                .query((rs, n) -> map(rs, choices))
                .optional();
    }

    void insert(Application a) {
        jdbc.sql("""
                insert into application (id, kommune_code, staff_member, institution, nominated, motivation, status,
                                         submitted_by, submitted_at)
                values (:id, :k, :staff, :institution, :nominated, :motivation, :status, :by, :at)
                """)
                .param("id", a.id())
                .param("k", a.kommuneCode())
                .param("staff", a.staffMember())
                .param("institution", a.institution())
                .param("nominated", a.nominated())
                .param("motivation", a.motivation())
                .param("status", a.status().name())
                .param("by", a.submittedBy())
                .param("at", Timestamp.from(a.submittedAt()))
                .update();
        int priority = 1;
        for (UUID offering : a.choices()) {
            jdbc.sql("""
                    insert into application_choice (application, priority, kommune_code, offering)
                    values (:a, :p, :k, :o)""")
                    .param("a", a.id())
                    .param("p", priority++)
                    .param("k", a.kommuneCode())
                    .param("o", offering)
                    .update();
        }
    }

    /** Writes the decisions, if nobody changed the application since it was read. */
    void update(Application a) {
        int rows = jdbc.sql("""
                update application
                   set status = :status, leader_decided_by = :lby, leader_decided_at = :lat,
                       admin_decided_by = :aby, admin_decided_at = :aat, refused_stage = :stage,
                       refusal_reason = :reason, own_budget = :own, own_budget_reason = :ownReason,
                       version = version + 1
                 where id = :id and version = :version""")
                .param("status", a.status().name())
                .param("lby", a.leaderDecidedBy())
                .param("lat", timestamp(a.leaderDecidedAt()))
                .param("aby", a.adminDecidedBy())
                .param("aat", timestamp(a.adminDecidedAt()))
                .param(
                        "stage",
                        a.refusedStage() == null ? null : a.refusedStage().name())
                .param("reason", a.refusalReason())
                .param("own", a.ownBudget())
                .param("ownReason", a.ownBudgetReason())
                .param("id", a.id())
                .param("version", a.version())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Application " + a.id() + " was changed by someone else");
        }
    }

    private static Application map(ResultSet rs, List<UUID> choices) throws SQLException {
        String stage = rs.getString("refused_stage");
        return new Application(
                rs.getObject("id", UUID.class),
                rs.getInt("kommune_code"),
                rs.getObject("staff_member", UUID.class),
                rs.getObject("institution", UUID.class),
                rs.getBoolean("nominated"),
                rs.getString("motivation"),
                choices,
                rs.getString("submitted_by"),
                rs.getTimestamp("submitted_at").toInstant(),
                ApplicationStatus.valueOf(rs.getString("status")),
                rs.getString("leader_decided_by"),
                instant(rs.getTimestamp("leader_decided_at")),
                rs.getString("admin_decided_by"),
                instant(rs.getTimestamp("admin_decided_at")),
                stage == null ? null : DecisionStage.valueOf(stage),
                rs.getString("refusal_reason"),
                rs.getBoolean("own_budget"),
                rs.getString("own_budget_reason"),
                rs.getInt("version"));
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
