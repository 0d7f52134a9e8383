package dk.loeft.enrolment.notification;

import static dk.loeft.testing.TestUsers.actingAs;
import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.as;
import static dk.loeft.testing.TestUsers.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.loeft.IntegrationTest;
import dk.loeft.catalog.Offering;
import dk.loeft.enrolment.ApplicationDecided;
import dk.loeft.enrolment.DecisionStage;
import dk.loeft.enrolment.SeatGranted;
import dk.loeft.institution.Institution;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.platform.web.DanishFormat;
import dk.loeft.staff.StaffMember;
import dk.loeft.staff.StaffService;
import dk.loeft.testing.CourseFixture;
import dk.loeft.testing.KommuneFixture;
import dk.loeft.testing.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationIntegrationTests {

    static final int KOMMUNE = 269;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffService staffService;

    @Autowired
    Notices notices;

    @Autowired
    SessionReminders reminders;

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    KommuneFixture kommune;
    CourseFixture courses;
    Institution institution;
    dk.loeft.catalog.Provider provider;

    @BeforeAll
    void startMailServer() {
        TestMail.server();
        kommune = new KommuneFixture(KOMMUNE, context);
        courses = new CourseFixture(KOMMUNE, context);
        institution = kommune.institution("Solsikken", null);
        provider = courses.provider("UC Notifikation");
    }

    private Offering offering(String title, LocalDate start) {
        return courses.published(courses.details(provider.id(), title, start, 10, 0, java.util.Map.of()));
    }

    @Test
    void decisionsOnAnApplicationAreEmailedInDanishToTheApplicantOnceEach() {
        String email = address("ansoeger");
        StaffMember person = personWithEmail("Ansøger", email);
        Offering offering = offering("Sprogpakken", LocalDate.now(clock).plusMonths(2));
        UUID application = application(person, offering);

        publish(new ApplicationDecided(application, KOMMUNE, person.id(), DecisionStage.LEADER, true, null));
        publish(new ApplicationDecided(
                application, KOMMUNE, person.id(), DecisionStage.ADMIN, false, "Budgettet er brugt"));
        publish(new ApplicationDecided(
                application, KOMMUNE, person.id(), DecisionStage.ADMIN, false, "Budgettet er brugt"));

        List<MimeMessage> mails = TestMail.awaitTo(email, 2);
        assertThat(mails)
                .extracting(TestMail::subject)
                .containsExactly("Din leder har godkendt din ansøgning", "Din ansøgning er afvist af forvaltningen");
        assertThat(TestMail.body(mails.get(0)))
                .startsWith("Kære " + person.name())
                .contains("Din leder har godkendt din ansøgning om " + offering.title());
        assertThat(TestMail.body(mails.get(1)))
                .contains("Forvaltningen har afvist din ansøgning om " + offering.title())
                .contains("Begrundelse: Budgettet er brugt");
        assertThat(TestMail.to(email)).as("the repeated event sends nothing").hasSize(2);
    }

    @Test
    void aPersonPromotedFromTheWaitListIsEmailedTheSeatWithTheCourseDays() {
        String email = address("venteliste");
        StaffMember person = personWithEmail("Venteliste", email);
        LocalDate start = LocalDate.now(clock).plusMonths(1);
        Offering offering = offering("Læringsmiljøer", start);
        UUID participation = courses.participation(offering.id(), person.id(), institution.id(), "ENROLLED");

        publish(new SeatGranted(participation, KOMMUNE, offering.id(), person.id(), true));

        List<MimeMessage> mails = TestMail.awaitTo(email, 1);
        assertThat(mails).hasSize(1);
        assertThat(TestMail.subject(mails.getFirst())).isEqualTo("Du har fået plads på " + offering.title());
        String date = new DanishFormat().date(start);
        assertThat(TestMail.body(mails.getFirst()))
                .contains("rykket op fra ventelisten")
                .contains(offering.title())
                .contains("Forløbet begynder " + date)
                .contains("- " + date + " kl. 09:00-16:30, Campus Carlsberg");
    }

    @Test
    void withoutAnEmailAddressTheNoticeIsOnlyShownInLoeft() throws Exception {
        StaffMember person = kommune.staffMember("Uden mail", institution.id());
        Offering offering = offering("Dialogisk læsning", LocalDate.now(clock).plusMonths(1));
        UUID participation = courses.participation(offering.id(), person.id(), institution.id(), "ENROLLED");
        int before = TestMail.server().getReceivedMessages().length;

        publish(new SeatGranted(participation, KOMMUNE, offering.id(), person.id(), false));

        var mine = actingAs(staff(KOMMUNE, person.id()), () -> notices.mine());
        assertThat(mine).singleElement().satisfies(n -> {
            assertThat(n.subject()).isEqualTo("Du har fået plads på " + offering.title());
            assertThat(n.delivery()).isEqualTo(Delivery.NO_ADDRESS);
        });
        assertThat(TestMail.server().getReceivedMessages()).hasSize(before);
        mvc.perform(get("/beskeder").with(as(staff(KOMMUNE, person.id()))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Kun i Løft (ingen e-mailadresse)")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(offering.title())));
    }

    @Test
    void aCourseDayIsRemindedOnceWithinTheConfiguredDaysAndLaterDaysWait() {
        String email = address("paamindelse");
        StaffMember person = personWithEmail("Påmindelse", email);
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        Offering offering = offering("Motorik", tomorrow);
        courses.participation(offering.id(), person.id(), institution.id(), "ENROLLED");

        reminders.remind();
        reminders.remind();

        List<MimeMessage> mails = TestMail.awaitTo(email, 1);
        assertThat(mails)
                .as("only the first of three days, 14 days apart, is within two days")
                .hasSize(1);
        String date = new DanishFormat().date(tomorrow);
        assertThat(TestMail.subject(mails.getFirst())).startsWith("Påmindelse: " + offering.title() + " " + date);
        assertThat(TestMail.body(mails.getFirst()))
                .contains("Husk, at du skal på " + offering.title())
                .contains(date + " kl. 09:00-16:30");
        assertThat(Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql(
                                "select count(*) from notice where staff_member = :s and kind = 'REMINDER'")
                        .param("s", person.id())
                        .query(Integer.class)
                        .single()))
                .isEqualTo(1);
    }

    @Test
    void anotherKommuneSeesNoneOfTheNotices() {
        StaffMember person = kommune.staffMember("Hemmelig", institution.id());
        Offering offering = offering("Naturfag", LocalDate.now(clock).plusMonths(1));
        UUID participation = courses.participation(offering.id(), person.id(), institution.id(), "ENROLLED");
        publish(new SeatGranted(participation, KOMMUNE, offering.id(), person.id(), false));

        assertThat(actingAs(staff(316, person.id()), () -> notices.mine())).isEmpty();
    }

    @Test
    void theStaffRegistryTakesAnOptionalEmailAddressAndRefusesABadOneInDanish() throws Exception {
        StaffMember member = kommune.staffMember("Adresse", institution.id());
        String body = """
                {"version": %d, "name": "%s", "birthDate": "1990-05-17", "role": "PAEDAGOGMEDHJAELPER",
                 "priorExperienceMonths": 12, "email": "%s", "educations": [], "diplomaModules": [],
                 "employments": [], "functions": []}""";
        mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                        "/api/v1/staff/" + member.id())
                                .with(as(admin(KOMMUNE)))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                                .content(body.formatted(member.version(), member.name(), "ikke en adresse")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Skriv en gyldig e-mailadresse")));
        mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                        "/api/v1/staff/" + member.id())
                                .with(as(admin(KOMMUNE)))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                                .content(body.formatted(member.version(), member.name(), "adresse@example.dk")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.email")
                        .value("adresse@example.dk"));
        assertThat(actingAs(admin(KOMMUNE), () -> staffService.get(member.id()).email()))
                .isEqualTo("adresse@example.dk");
    }

    private StaffMember personWithEmail(String name, String email) {
        StaffMember member = kommune.staffMember(name, institution.id());
        return actingAs(admin(KOMMUNE), () -> {
            StaffMember.PersonDetails d = member.details();
            return staffService.update(
                    member.id(),
                    member.version(),
                    new StaffMember.PersonDetails(d.name(), d.birthDate(), d.role(), d.priorExperienceMonths(), email));
        });
    }

    private UUID application(StaffMember person, Offering offering) {
        UUID id = UUID.randomUUID();
        Tenancy.runAs(Integer.toString(KOMMUNE), () -> {
            jdbc.sql("""
                            insert into application (id, kommune_code, staff_member, institution, status, submitted_by, submitted_at)
                            values (:id, :k, :s, :i, 'SUBMITTED', 'test', now())""")
                    .param("id", id)
                    .param("k", KOMMUNE)
                    .param("s", person.id())
                    .param("i", institution.id())
                    .update();
            jdbc.sql("""
                            insert into application_choice (application, priority, kommune_code, offering)
                            values (:a, 1, :k, :o)""")
                    .param("a", id)
                    .param("k", KOMMUNE)
                    .param("o", offering.id())
                    .update();
        });
        return id;
    }

    private void publish(Object event) {
        transaction.executeWithoutResult(status -> events.publishEvent(event));
    }

    private String address(@Nullable String who) {
        return who + "-" + kommune.suffix + "@example.dk";
    }
}
