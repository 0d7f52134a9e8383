package dk.loeft.enrolment.notification;

import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.security.UserAccount;
import dk.loeft.platform.security.UserAccountRepository;
import dk.loeft.platform.tenancy.Tenancy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's course days as an iCalendar file: their own seated courses and, for a leader, the
 * course days of the staff of their institutions (when they are away). Downloaded when signed in,
 * or subscribed to by a calendar app through a personal secret address whose token is stored only
 * as a hash; the person renews (the old address stops working) or revokes it.
 */
@Service
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final UserAccountRepository accounts;
    private final Notices texts;
    private final Clock clock;

    CalendarFeeds(JdbcClient jdbc, UserAccountRepository accounts, Notices texts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.texts = texts;
        this.clock = clock;
    }

    /** The signed-in person's calendar. */
    public String mine() {
        LoeftUser user = person();
        return calendar(user.staffId(), user.is(Role.LEADER) ? user.institutionIds() : Set.of());
    }

    /**
     * The calendar a secret address stands for; empty for an unknown or revoked token, a disabled
     * account, or when someone signed in to another kommune asks.
     */
    public Optional<String> byToken(String token) {
        String hash = hash(token);
        Optional<Feed> feed = Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql(
                        "select user_account, kommune_code from calendar_feed where token_hash = :h")
                .param("h", hash)
                .query((rs, n) -> new Feed(rs.getObject("user_account", UUID.class), rs.getInt("kommune_code")))
                .optional());
        if (feed.isEmpty()) {
            return Optional.empty();
        }
        int kommune = feed.get().kommune();
        Optional<LoeftUser> signedIn = Tenancy.currentUser();
        if (signedIn.isPresent()
                && !Integer.valueOf(kommune).equals(signedIn.get().kommuneCodeOrNull())) {
            return Optional.empty();
        }
        return Tenancy.asKommune(kommune, () -> accounts.findById(feed.get().userAccount())
                .filter(UserAccount::enabled)
                .map(a -> calendar(a.staffId(), a.role() == Role.LEADER ? a.institutionIds() : Set.of())));
    }

    /** When the signed-in person's secret address was made, if they have one. */
    public Optional<Instant> feedCreatedAt() {
        LoeftUser user = person();
        return jdbc.sql("select created_at from calendar_feed where user_account = :u")
                .param("u", user.id())
                .query((rs, n) -> rs.getTimestamp("created_at").toInstant())
                .optional();
    }

    /** Makes a new secret address for the signed-in person (an earlier one stops working); returns its token. */
    @Transactional
    public String renew() {
        LoeftUser user = person();
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        jdbc.sql("""
                insert into calendar_feed (user_account, kommune_code, token_hash, created_at) values (:u, :k, :h, :now)
                on conflict (user_account) do update set token_hash = excluded.token_hash, created_at = excluded.created_at
                """)
                .param("u", user.id())
                .param("k", user.kommuneCode())
                .param("h", hash(token))
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return token;
    }

    /** Stops the signed-in person's secret address. */
    @Transactional
    public void revoke() {
        jdbc.sql("delete from calendar_feed where user_account = :u")
                .param("u", person().id())
                .update();
    }

    /** Staff and leaders of a kommune have a calendar; the ministry, økonomi and the forvaltning do not. */
    private static LoeftUser person() {
        LoeftUser user = Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
        if (!user.is(Role.STAFF) && !user.is(Role.LEADER)) {
            throw new AccessDeniedException("Kun medarbejdere og ledere har en kursuskalender");
        }
        if (user.is(Role.STAFF) && user.staffId() == null) {
            throw new NotFoundException();
        }
        return user;
    }

    private String calendar(@Nullable UUID staffId, Set<UUID> institutions) {
        List<ICalendar.Event> events = jdbc.sql("""
                        select s.id as session, s.starts_at, s.ends_at, coalesce(nullif(s.place, ''), o.place) as place,
                               s.title as session_title, o.title, pr.name as provider, p.staff_member, m.name
                          from participation p
                          join offering o on o.id = p.offering
                          join provider pr on pr.id = o.provider_id
                          join offering_session s on s.offering = o.id
                          join staff_member m on m.id = p.staff_member
                         where o.status = 'PUBLISHED'
                           and (p.staff_member = :me and p.status in ('ENROLLED', 'COMPLETED')
                                or p.staff_member <> :me and p.status = 'ENROLLED' and p.institution = any(:institutions))
                         order by s.starts_at, m.name
                        """)
                .param("me", staffId == null ? new UUID(0, 0) : staffId)
                .param("institutions", institutions.toArray(UUID[]::new))
                .query((rs, n) -> {
                    UUID person = rs.getObject("staff_member", UUID.class);
                    boolean own = person.equals(staffId);
                    String title = rs.getString("title");
                    String sessionTitle = rs.getString("session_title");
                    String what = sessionTitle.isBlank() ? title : title + " – " + sessionTitle;
                    return new ICalendar.Event(
                            rs.getObject("session", UUID.class) + "-" + person + "@loeft",
                            rs.getTimestamp("starts_at").toInstant(),
                            rs.getTimestamp("ends_at").toInstant(),
                            own ? what : texts.text("enrolment.calendar.staffAway", rs.getString("name"), what),
                            rs.getString("place"),
                            rs.getString("provider"));
                })
                .list();
        return ICalendar.write(texts.text("enrolment.calendar.name"), clock.instant(), events);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Feed(UUID userAccount, int kommune) {}
}
