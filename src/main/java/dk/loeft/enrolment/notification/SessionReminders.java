package dk.loeft.enrolment.notification;

import dk.loeft.catalog.CourseSession;
import dk.loeft.platform.tenancy.Tenancy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds each seated participant of a course day {@code reminder-days-before} days ahead, once a
 * day for every kommune. A course day that is already reminded is skipped (the notice's key is the
 * sent-log), so running the job twice, or after a missed day, never sends a reminder twice.
 */
@Component
class SessionReminders {

    private final JdbcClient jdbc;
    private final Notices notices;
    private final EnrolmentNotifications texts;
    private final NotificationProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    SessionReminders(
            JdbcClient jdbc,
            Notices notices,
            EnrolmentNotifications texts,
            NotificationProperties properties,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.texts = texts;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${loeft.enrolment.notification.reminder-cron:0 0 6 * * *}", zone = "Europe/Copenhagen")
    void daily() {
        remind();
    }

    /** Sends the reminders due now; returns how many were sent. */
    int remind() {
        Instant now = clock.instant();
        Instant until = now.atZone(EnrolmentNotifications.DANISH_TIME)
                .toLocalDate()
                .plusDays(properties.reminderDaysBefore() + 1L)
                .atStartOfDay(EnrolmentNotifications.DANISH_TIME)
                .toInstant();
        List<Due> due = Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql("""
                        select o.kommune_code, o.title, p.staff_member, s.id, s.offering, s.starts_at, s.ends_at,
                               coalesce(nullif(s.place, ''), o.place) as place, s.title as session_title
                          from offering_session s
                          join offering o on o.id = s.offering
                          join participation p on p.offering = o.id and p.status = 'ENROLLED'
                         where o.status = 'PUBLISHED' and s.starts_at >= :now and s.starts_at < :until
                           and not exists (select 1 from notice n
                                            where n.kommune_code = o.kommune_code
                                              and n.dedup_key = 'REMINDER:' || s.id || ':' || p.staff_member)
                         order by s.starts_at
                        """)
                .param("now", Timestamp.from(now))
                .param("until", Timestamp.from(until))
                .query((rs, n) -> new Due(
                        rs.getInt("kommune_code"),
                        rs.getString("title"),
                        rs.getObject("staff_member", UUID.class),
                        new CourseSession(
                                rs.getObject("id", UUID.class),
                                rs.getObject("offering", UUID.class),
                                rs.getTimestamp("starts_at").toInstant(),
                                rs.getTimestamp("ends_at").toInstant(),
                                rs.getString("place"),
                                rs.getString("session_title"))))
                .list());
        int sent = 0;
        for (Due d : due) {
            Boolean isNew = Tenancy.asKommune(
                    d.kommune(),
                    () -> transaction.execute(status -> notices.send(
                            d.kommune(),
                            d.staffMember(),
                            NoticeKind.REMINDER,
                            "REMINDER:" + d.session().id() + ":" + d.staffMember(),
                            notices.text(
                                    "enrolment.notification.reminder.subject", d.title(), texts.session(d.session())),
                            texts.body(
                                    d.staffMember(),
                                    notices.text(
                                            "enrolment.notification.reminder.body",
                                            d.title(),
                                            texts.session(d.session()))))));
            if (Boolean.TRUE.equals(isNew)) {
                sent++;
            }
        }
        return sent;
    }

    private record Due(int kommune, String title, UUID staffMember, CourseSession session) {}
}
