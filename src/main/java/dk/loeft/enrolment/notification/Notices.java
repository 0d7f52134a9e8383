package dk.loeft.enrolment.notification;

import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.platform.web.DanishFormat;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Notices (beskeder) to a person: each is stored once (its key is the sent-log, so a reminder or a
 * decision never goes twice) and e-mailed when the person has an e-mail address. The person reads
 * their notices in Løft whether or not an e-mail went out.
 */
@Service
public class Notices {

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final MessageSource messages;
    private final java.time.Clock clock;

    Notices(JdbcClient jdbc, Mailer mailer, MessageSource messages, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Stores the notice and e-mails it, unless a notice with the same key was stored before; runs in
     * the caller's transaction and kommune. Returns whether the notice was new.
     */
    boolean send(int kommune, UUID staffMember, NoticeKind kind, String key, String subject, String body) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                insert into notice (id, kommune_code, staff_member, kind, dedup_key, subject, body, delivery, created_at)
                values (:id, :k, :s, :kind, :key, :subject, :body, 'PENDING', :now)
                on conflict (kommune_code, dedup_key) do nothing
                """)
                .param("id", id)
                .param("k", kommune)
                .param("s", staffMember)
                .param("kind", kind.name())
                .param("key", key)
                .param("subject", subject)
                .param("body", body)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (inserted == 0) {
            return false;
        }
        String email = jdbc.sql("select email from staff_member where id = :s")
                .param("s", staffMember)
                .query(String.class)
                .optional()
                .orElse(null);
        Delivery delivery = email == null ? Delivery.NO_ADDRESS : mailer.send(email, subject, body);
        jdbc.sql("update notice set delivery = :d, email = :e where id = :id")
                .param("d", delivery.name())
                .param("e", email)
                .param("id", id)
                .update();
        return true;
    }

    /** The signed-in person's notices, newest first (none for someone who is not a staff member). */
    public List<Notice> mine() {
        LoeftUser user = Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
        UUID staffId = user.staffId();
        if (staffId == null) {
            return List.of();
        }
        return jdbc.sql("""
                select id, kind, subject, body, email, delivery, created_at from notice
                 where staff_member = :s order by created_at desc, id limit 100
                """)
                .param("s", staffId)
                .query((rs, n) -> new Notice(
                        rs.getObject("id", UUID.class),
                        NoticeKind.valueOf(rs.getString("kind")),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getString("email"),
                        Delivery.valueOf(rs.getString("delivery")),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** A Danish text of the notices' bundle. */
    String text(String key, @Nullable Object... args) {
        return messages.getMessage(key, args, DanishFormat.DANISH);
    }
}
