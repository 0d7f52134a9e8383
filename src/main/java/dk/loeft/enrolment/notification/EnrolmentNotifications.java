package dk.loeft.enrolment.notification;

import dk.loeft.catalog.Catalog;
import dk.loeft.catalog.CourseSession;
import dk.loeft.catalog.Offering;
import dk.loeft.enrolment.ApplicationDecided;
import dk.loeft.enrolment.SeatGranted;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.platform.web.DanishFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns enrolment events into notices: a decision on an application (each stage, with the reason
 * on refusal) and a seat (also when a freed seat promoted the person from the wait-list). Runs after
 * the deciding transaction commits (or at once when there was none), as the event's kommune, in a
 * transaction of its own: the database session's kommune is set when a connection is taken, so the
 * listener cannot join a transaction begun before {@link Tenancy#asKommune}. The event publication
 * registry keeps what failed for a retry.
 */
@Component
class EnrolmentNotifications {

    static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Notices notices;
    private final Catalog catalog;
    private final JdbcClient jdbc;
    private final DanishFormat danish;
    private final NotificationProperties properties;
    private final TransactionTemplate transaction;

    EnrolmentNotifications(
            Notices notices,
            Catalog catalog,
            JdbcClient jdbc,
            DanishFormat danish,
            NotificationProperties properties,
            PlatformTransactionManager transactions) {
        this.notices = notices;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.danish = danish;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ApplicationDecided event) {
        Tenancy.asKommune(
                event.kommuneCode(),
                () -> transaction.execute(status -> {
                    String titles = jdbc.sql("""
                    select o.title from application_choice c join offering o on o.id = c.offering
                     where c.application = :a order by c.priority
                    """).param("a", event.applicationId()).query(String.class).list().stream()
                            .collect(Collectors.joining(notices.text("enrolment.notification.or")));
                    String outcome = event.approved() ? "approved" : "refused";
                    String stage = event.stage().name();
                    String subject = notices.text("enrolment.notification.decision.subject." + stage + "." + outcome);
                    String text = notices.text(
                            "enrolment.notification.decision.body." + stage + "." + outcome,
                            titles,
                            event.reason() == null ? "" : event.reason());
                    return notices.send(
                            event.kommuneCode(),
                            event.staffMember(),
                            NoticeKind.DECISION,
                            "DECISION:" + event.applicationId() + ":" + stage + ":" + outcome,
                            subject,
                            body(event.staffMember(), text));
                }));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SeatGranted event) {
        Tenancy.asKommune(
                event.kommuneCode(),
                () -> transaction.execute(status -> {
                    Offering offering = catalog.offering(event.offeringId());
                    String text = notices.text(
                                    event.fromWaitList()
                                            ? "enrolment.notification.seat.bodyWaitList"
                                            : "enrolment.notification.seat.body",
                                    offering.title(),
                                    offering.providerName(),
                                    danish.date(offering.startDate()))
                            + sessions(offering.sessions());
                    return notices.send(
                            event.kommuneCode(),
                            event.staffMember(),
                            NoticeKind.SEAT,
                            "SEAT:" + event.participationId(),
                            notices.text("enrolment.notification.seat.subject", offering.title()),
                            body(event.staffMember(), text));
                }));
    }

    /** The course days, one a line, for the e-mail. */
    String sessions(List<CourseSession> sessions) {
        if (sessions.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("\n\n").append(notices.text("enrolment.notification.sessions"));
        for (CourseSession s : sessions) {
            text.append("\n- ").append(session(s));
        }
        return text.toString();
    }

    String session(CourseSession s) {
        return notices.text(
                "enrolment.notification.session",
                danish.date(s.startsAt().atZone(DANISH_TIME).toLocalDate()),
                TIME.format(s.startsAt().atZone(DANISH_TIME)),
                TIME.format(s.endsAt().atZone(DANISH_TIME)),
                s.place().isBlank() ? "–" : s.place());
    }

    /** Greeting, the text and the footer with a link to Løft. */
    String body(UUID staffMember, String text) {
        String name = jdbc.sql("select name from staff_member where id = :s")
                .param("s", staffMember)
                .query(String.class)
                .optional()
                .orElse("");
        return notices.text("enrolment.notification.greeting", name)
                + "\n\n"
                + text
                + "\n\n"
                + notices.text("enrolment.notification.footer", properties.baseUrl() + "/beskeder");
    }
}
