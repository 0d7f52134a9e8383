package dk.loeft.enrolment.notification;

import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.loeft.IntegrationTest;
import dk.loeft.catalog.CourseSession;
import dk.loeft.catalog.Offering;
import dk.loeft.institution.Institution;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.security.UserAccount;
import dk.loeft.platform.security.UserAccountRepository;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.staff.StaffMember;
import dk.loeft.testing.CourseFixture;
import dk.loeft.testing.KommuneFixture;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarFeedIntegrationTests {

    static final int KOMMUNE = 269;
    static final int OTHER = 316;
    static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    static final Pattern FEED_URL = Pattern.compile("/kalender/([A-Za-z0-9_-]+)\\.ics");

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    Clock clock;

    KommuneFixture kommune;
    Institution institution;
    StaffMember participant;
    StaffMember waiting;
    Offering offering;
    LoeftUser participantUser;
    LoeftUser leaderUser;

    @BeforeAll
    void createCourse() {
        kommune = new KommuneFixture(KOMMUNE, context);
        CourseFixture courses = new CourseFixture(KOMMUNE, context);
        institution = kommune.institution("Kalenderhuset", null);
        participant = kommune.staffMember("Kalender, deltager", institution.id());
        waiting = kommune.staffMember("Venter", institution.id());
        offering = courses.learningDays("Leg; bevægelse", LocalDate.now(clock).plusMonths(1), 10, 0);
        courses.participation(offering.id(), participant.id(), institution.id(), "ENROLLED");
        courses.participation(offering.id(), waiting.id(), institution.id(), "WAITLISTED");
        participantUser = user(Role.STAFF, participant.id(), Set.of());
        leaderUser = user(Role.LEADER, null, Set.of(institution.id()));
    }

    @Test
    void theSignedInPersonDownloadsTheirCourseDaysAsICalendar() throws Exception {
        String first = download(participantUser);
        String second = download(participantUser);

        List<Map<String, String>> events = events(first);
        assertThat(events).hasSize(3);
        for (int i = 0; i < 3; i++) {
            CourseSession session = offering.sessions().get(i);
            Map<String, String> event = events.get(i);
            assertThat(event.get("DTSTART")).isEqualTo(UTC.format(session.startsAt()));
            assertThat(event.get("DTEND")).isEqualTo(UTC.format(session.endsAt()));
            assertThat(event.get("SUMMARY")).isEqualTo(escape(offering.title()) + " – Læringsdag " + (i + 1));
            assertThat(event.get("UID")).isEqualTo(session.id() + "-" + participant.id() + "@loeft");
            assertThat(event.get("LOCATION")).isEqualTo("Campus Carlsberg");
        }
        assertThat(events(second))
                .extracting(e -> e.get("UID"))
                .isEqualTo(events.stream().map(e -> e.get("UID")).toList());
    }

    @Test
    void aLeadersCalendarShowsTheirStaffsCourseDaysButNotTheWaitList() throws Exception {
        List<Map<String, String>> events = events(download(leaderUser));

        assertThat(events).hasSize(3).allSatisfy(e -> assertThat(e.get("SUMMARY"))
                .startsWith("Kursus: " + escape(participant.name())));
        assertThat(String.join("", events.stream().map(Map::toString).toList())).doesNotContain(waiting.name());
    }

    @Test
    void aSecretAddressWorksWithoutSignInUntilItIsRenewedOrRevoked() throws Exception {
        String token = renew(participantUser);
        MvcResult feed = mvc.perform(get("/kalender/" + token + ".ics"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(feed.getResponse().getContentType()).startsWith("text/calendar");
        assertThat(events(feed.getResponse().getContentAsString())).hasSize(3);
        assertThat(Tenancy.runAs(
                        Tenancy.ALL, () -> context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                                .sql("select count(*) from calendar_feed where token_hash = :t")
                                .param("t", token)
                                .query(Integer.class)
                                .single()))
                .as("the token is stored only as a hash")
                .isZero();

        mvc.perform(get("/kalender/" + token + "x.ics")).andExpect(status().isNotFound());
        mvc.perform(get("/kalender/" + token + ".ics").with(as(admin(OTHER)))).andExpect(status().isNotFound());

        String renewed = renew(participantUser);
        mvc.perform(get("/kalender/" + token + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/kalender/" + renewed + ".ics")).andExpect(status().isOk());

        mvc.perform(post("/kalender/tilbagekald").with(csrf()).with(as(participantUser)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/kalender/" + renewed + ".ics")).andExpect(status().isNotFound());
    }

    @Test
    void theForvaltningAndEconomyHaveNoCourseCalendar() throws Exception {
        mvc.perform(get("/kalender.ics").with(as(admin(KOMMUNE)))).andExpect(status().isForbidden());
        mvc.perform(get("/kalender").with(as(admin(KOMMUNE)))).andExpect(status().isForbidden());
    }

    private String renew(LoeftUser user) throws Exception {
        MvcResult result = mvc.perform(post("/kalender/forny").with(csrf()).with(as(user)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String url = (String) result.getFlashMap().get("feedUrl");
        Matcher m = FEED_URL.matcher(url);
        assertThat(m.find()).as(url).isTrue();
        return m.group(1);
    }

    private String download(LoeftUser user) throws Exception {
        return mvc.perform(get("/kalender.ics").with(as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The events of an iCalendar text, unfolded, each as property name to value. */
    static List<Map<String, String>> events(String ics) {
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> current = null;
        for (String line : ics.replace("\r\n ", "").split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                current = new LinkedHashMap<>();
            } else if (line.equals("END:VEVENT")) {
                events.add(current);
                current = null;
            } else if (current != null) {
                int colon = line.indexOf(':');
                current.put(line.substring(0, colon), line.substring(colon + 1));
            }
        }
        return events;
    }

    static String escape(String text) {
        return text.replace(",", "\\,").replace(";", "\\;");
    }

    /** A real account (the secret address belongs to one) signed in as a principal. */
    private LoeftUser user(Role role, UUID staffId, Set<UUID> institutions) {
        UserAccount account = Tenancy.runAs(
                Tenancy.ALL,
                () -> accounts.save(UserAccount.create(
                        "kalender-" + UUID.randomUUID().toString().substring(0, 8),
                        "{noop}x",
                        "Kalender " + role,
                        role,
                        KOMMUNE,
                        institutions,
                        staffId,
                        clock.instant())));
        return new LoeftUser(
                account.id(),
                account.username(),
                null,
                account.displayName(),
                role,
                KOMMUNE,
                "Testkommune",
                institutions,
                staffId,
                true,
                false,
                null);
    }
}
