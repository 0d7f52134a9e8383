package dk.loeft.browser;

import static dk.loeft.testing.TestUsers.actingAs;
import static dk.loeft.testing.TestUsers.admin;
import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.catalog.Offering;
import dk.loeft.catalog.OfferingDetails;
import dk.loeft.institution.Institution;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.security.UserAccount;
import dk.loeft.platform.security.UserAccountRepository;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.staff.StaffMember;
import dk.loeft.staff.StaffRole;
import dk.loeft.staff.StaffService;
import dk.loeft.testing.CourseFixture;
import dk.loeft.testing.KommuneFixture;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The enrolment path in Rødovre: three staff members apply for learning days with one seat; the one
 * from the kitchen is told why she is outside the target group; the leader approves two, the
 * forvaltning approves both (one seat, one wait-list place); the seated one cancels and the
 * wait-listed one is promoted at once and sees the notice.
 */
class EnrolmentFlowBrowserTests extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    StaffService staff;

    @Autowired
    Clock clock;

    @Test
    void staffApplyTheLeaderAndTheForvaltningApproveAndACancellationPromotesTheWaitList() {
        KommuneFixture k = new KommuneFixture(KOMMUNE, context);
        CourseFixture courses = new CourseFixture(KOMMUNE, context);
        Institution house = k.institution("Børnehuset Solsikken", null);
        StaffMember anna = k.staffMember("Anna Holm", house.id());
        StaffMember bo = k.staffMember("Bo Lund", house.id());
        StaffMember cecilie = kitchen(k, "Cecilie Krog", house);
        Offering offering = oneSeat(courses);
        String annaLogin = account(k, "anna", Role.STAFF, Set.of(), anna.id());
        String boLogin = account(k, "bo", Role.STAFF, Set.of(), bo.id());
        String cecilieLogin = account(k, "cecilie", Role.STAFF, Set.of(), cecilie.id());
        String leaderLogin = account(k, "leder", Role.LEADER, Set.of(house.id()), null);
        String adminLogin = account(k, "forvaltning", Role.KOMMUNE_ADMIN, Set.of(), null);

        apply(annaLogin, offering, "enrolment-1-apply");
        assertThat(text(By.id("application-status"))).isEqualTo("Indsendt");
        logOut();

        logIn(cecilieLogin, PASSWORD);
        visit("/ansoegninger/ny?udbud=" + offering.id());
        assertThat(text(By.id("eligibility")))
                .contains("Du opfylder ikke alle betingelser")
                .contains("Ikke opfyldt: Er i en pædagogisk stilling (puljens målgruppe)");
        screenshot("enrolment-2-ineligible-form");
        follow(By.cssSelector("#application-form button[type=submit]"));
        assertThat(text(By.id("outside-target-group"))).contains("uden for puljens målgruppe");
        screenshot("enrolment-3-ineligible-application");
        logOut();

        apply(boLogin, offering, null);
        logOut();

        logIn(leaderLogin, PASSWORD);
        follow(By.cssSelector("header .navigation-menu a[href='/ansoegninger']"));
        assertThat(text(By.id("awaiting-list"))).contains(anna.name(), bo.name(), cecilie.name());
        screenshot("enrolment-4-leader");
        decide(anna, true);
        assertThat(text(By.tagName("main"))).contains("er godkendt og sendt videre til forvaltningen");
        screenshot("enrolment-4b-leader-approved");
        decide(bo, true);
        logOut();

        logIn(adminLogin, PASSWORD);
        follow(By.cssSelector("header .navigation-menu a[href='/ansoegninger']"));
        assertThat(text(By.id("awaiting-list")))
                .contains(anna.name(), bo.name())
                .doesNotContain(cecilie.name());
        decide(anna, true);
        assertThat(text(By.id("seat-list"))).contains("Har plads");
        decide(bo, true);
        assertThat(text(By.id("seat-list"))).contains("På venteliste");
        screenshot("enrolment-5-waitlisted");
        logOut();

        logIn(annaLogin, PASSWORD);
        follow(By.cssSelector("header .navigation-menu a[href='/mig/kurser']"));
        assertThat(text(By.id("my-course-list"))).contains(offering.title(), "Har plads");
        find(By.cssSelector("#my-course-list input[name=reason]")).sendKeys("Syg i perioden");
        follow(By.cssSelector("#my-course-list .cancel-form button[type=submit]"));
        assertThat(text(By.tagName("main"))).contains("Pladsen er givet til den næste på ventelisten.");
        assertThat(text(By.id("my-course-list"))).contains("Afbud");
        logOut();

        logIn(boLogin, PASSWORD);
        follow(By.cssSelector("header .navigation-menu a[href='/mig/kurser']"));
        assertThat(text(By.cssSelector(".promoted-notice"))).contains("Du har fået plads på " + offering.title());
        screenshot("enrolment-6-promoted");
        logOut();

        logIn(adminLogin, PASSWORD);
        visit("/tilmelding/udbud/" + offering.id());
        assertThat(text(By.id("participant-list"))).contains(bo.name(), "Har plads", anna.name(), "Syg i perioden");
        screenshot("enrolment-7-participants");
        visit("/tilmelding");
        screenshot("enrolment-8-overview");
    }

    private void apply(String login, Offering offering, @Nullable String screenshot) {
        logIn(login, PASSWORD);
        visit("/ansoegninger/ny?udbud=" + offering.id());
        find(By.id("motivation")).sendKeys("Jeg vil gerne blive bedre til læreplanen.");
        if (screenshot != null) {
            screenshot(screenshot);
        }
        follow(By.cssSelector("#application-form button[type=submit]"));
        assertThat(text(By.tagName("main"))).contains("Ansøgningen er sendt");
    }

    /** From the list of applications awaiting the user, opens the person's and approves it; stays on its page. */
    private void decide(StaffMember person, boolean approve) {
        visit("/ansoegninger");
        follow(By.xpath("//table[@id='awaiting-list']//a[text()='" + person.name() + "']"));
        find(By.id(approve ? "approve-yes" : "approve-no")).click();
        follow(By.cssSelector("#decision-form button[type=submit]"));
        assertThat(currentPath()).startsWith("/ansoegninger/");
    }

    /** Learning days for the pedagogical staff with one seat and a minimum of two, open for applications. */
    private static Offering oneSeat(CourseFixture courses) {
        OfferingDetails base = courses.details(
                courses.provider("Professionshøjskolen Absalon").id(),
                "Læringsdage om læreplanen",
                LocalDate.now().plusDays(60),
                1,
                1,
                Map.of());
        return courses.published(new OfferingDetails(
                base.providerId(),
                base.title(),
                base.kind(),
                null,
                null,
                false,
                base.delivery(),
                base.place(),
                base.startDate(),
                base.endDate(),
                base.applicationDeadline(),
                base.cancellationDeadline(),
                1,
                1,
                base.priceOere(),
                Set.of(StaffRole.PAEDAGOG, StaffRole.PAEDAGOGMEDHJAELPER, StaffRole.PAEDAGOGISK_ASSISTENT),
                "Pædagogisk personale",
                base.description(),
                base.format(),
                base.modules(),
                base.sessions(),
                Map.of()));
    }

    /** A kitchen assistant (not pedagogical staff) at the institution. */
    private StaffMember kitchen(KommuneFixture k, String name, Institution house) {
        return actingAs(admin(KOMMUNE), () -> {
            StaffMember member = staff.register(
                    KOMMUNE,
                    "K-" + UUID.randomUUID().toString().substring(0, 8),
                    new StaffMember.PersonDetails(k.unique(name), LocalDate.of(1985, 2, 1), StaffRole.ANDET, 0));
            return staff.employ(
                    member.id(), member.version(), house.id(), new BigDecimal("30"), LocalDate.of(2020, 1, 1), null);
        });
    }

    private String account(KommuneFixture k, String name, Role role, Set<UUID> institutions, @Nullable UUID staffId) {
        String username = "enrol-" + name + "-" + k.suffix;
        Tenancy.runAs(
                Tenancy.ALL,
                () -> accounts.save(UserAccount.create(
                        username,
                        passwords.encode(PASSWORD),
                        k.unique(name),
                        role,
                        KOMMUNE,
                        institutions,
                        staffId,
                        clock.instant())));
        return username;
    }
}
