package dk.loeft.browser;

import static dk.loeft.testing.TestUsers.actingAs;
import static dk.loeft.testing.TestUsers.admin;
import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.catalog.Catalog;
import dk.loeft.catalog.Format;
import dk.loeft.catalog.Offering;
import dk.loeft.catalog.OfferingDetails;
import dk.loeft.catalog.OfferingKind;
import dk.loeft.enrolment.Participation;
import dk.loeft.enrolment.Participations;
import dk.loeft.institution.Institution;
import dk.loeft.plan.InitiativeKind;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.security.UserAccount;
import dk.loeft.platform.security.UserAccountRepository;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.staff.Education;
import dk.loeft.staff.StaffMember;
import dk.loeft.staff.StaffRole;
import dk.loeft.staff.StaffService;
import dk.loeft.testing.CourseFixture;
import dk.loeft.testing.KommuneFixture;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
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
 * Issue 6's whole path in Rødovre, as its people click through it: the forvaltning publishes a PAU
 * (EUV1) programme with one seat → three pædagogmedhjælpere apply, the youngest is told why she is
 * not eligible (R8) → the leader approves two and refuses her with a reason, the forvaltning
 * approves both (a seat and a wait-list place) → the seated one cancels and the wait-listed one is
 * promoted and told so → attendance is taken → the pass is registered → the institution's coverage
 * rises from 25 % to 50 % → the participant and the leader evaluate and the forvaltning sees the
 * summary.
 */
class RunningThePlanBrowserTests extends BrowserTestSupport {

    private static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");

    @Autowired
    ApplicationContext context;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    StaffService staff;

    @Autowired
    Catalog catalog;

    @Autowired
    Participations participations;

    @Autowired
    Clock clock;

    @Test
    void anOfferingIsPublishedAppliedForDecidedAttendedCompletedAndEvaluated() {
        LocalDate today = LocalDate.now(clock);
        KommuneFixture k = new KommuneFixture(KOMMUNE, context);
        Institution house = k.institution("Børnehuset Mælkebøtten", null);
        person(k, house, "Eva Pædagog", StaffRole.PAEDAGOG, LocalDate.of(1980, 1, 1), Education.PAEDAGOG);
        StaffMember anna = person(k, house, "Anna Holm", StaffRole.PAEDAGOGMEDHJAELPER, LocalDate.of(1984, 3, 1), null);
        StaffMember bo = person(k, house, "Bo Lund", StaffRole.PAEDAGOGMEDHJAELPER, LocalDate.of(1979, 6, 1), null);
        StaffMember cecilie =
                person(k, house, "Cecilie Krog", StaffRole.PAEDAGOGMEDHJAELPER, today.minusYears(22), null);
        String annaLogin = account(k, "anna", Role.STAFF, Set.of(), anna.id());
        String boLogin = account(k, "bo", Role.STAFF, Set.of(), bo.id());
        String cecilieLogin = account(k, "cecilie", Role.STAFF, Set.of(), cecilie.id());
        String leaderLogin = account(k, "leder", Role.LEADER, Set.of(house.id()), null);
        String adminLogin = account(k, "forvaltning", Role.KOMMUNE_ADMIN, Set.of(), null);
        Offering draft = pauDraft(new CourseFixture(KOMMUNE, context), today);

        // The forvaltning sees the institution's coverage and publishes the offering.
        logIn(adminLogin, PASSWORD);
        visit("/institutioner/" + house.id());
        assertThat(coverage()).isEqualTo("25,0 %");
        visit("/katalog/" + draft.id());
        follow(By.id("publish"));
        assertThat(text(By.tagName("main"))).contains("Offentliggjort");
        screenshot("running-1-published");
        logOut();

        // Three apply; the one under 25 is told why she is not eligible.
        apply(annaLogin, draft);
        apply(boLogin, draft);
        logIn(cecilieLogin, PASSWORD);
        visit("/ansoegninger/ny?udbud=" + draft.id());
        assertThat(text(By.id("eligibility")))
                .contains("Du opfylder ikke alle betingelser")
                .contains("Er fyldt 25 år (er 22 år)");
        screenshot("running-2-not-eligible");
        follow(By.cssSelector("#application-form button[type=submit]"));
        assertThat(text(By.tagName("main"))).contains("Er fyldt 25 år (er 22 år)");
        logOut();

        // Two stages: the leader, then the forvaltning.
        logIn(leaderLogin, PASSWORD);
        decide(anna, true, null);
        decide(bo, true, null);
        decide(cecilie, false, "Opfylder ikke adgangskravet til EUV1; vi finder et kortere kursus.");
        assertThat(text(By.id("refusal-reason"))).contains("Opfylder ikke adgangskravet");
        logOut();

        logIn(adminLogin, PASSWORD);
        decide(anna, true, null);
        assertThat(text(By.id("seat-list"))).contains("Har plads");
        decide(bo, true, null);
        assertThat(text(By.id("seat-list"))).contains("På venteliste");
        screenshot("running-3-waitlisted");
        logOut();

        // The seated one cancels; the wait-listed one is promoted at once and told so.
        logIn(annaLogin, PASSWORD);
        visit("/mig/kurser");
        find(By.cssSelector("#my-course-list input[name=reason]")).sendKeys("Flytter til en anden kommune");
        follow(By.cssSelector("#my-course-list .cancel-form button[type=submit]"));
        assertThat(text(By.tagName("main"))).contains("Pladsen er givet til den næste på ventelisten.");
        logOut();

        logIn(boLogin, PASSWORD);
        visit("/mig/kurser");
        assertThat(text(By.cssSelector(".promoted-notice"))).contains("Du har fået plads på " + draft.title());
        visit("/beskeder");
        assertThat(text(By.tagName("main"))).contains(draft.title());
        screenshot("running-4-promoted");
        logOut();

        // Attendance, the pass, and the coverage it brings.
        UUID seat = seatOf(draft, bo);
        logIn(adminLogin, PASSWORD);
        visit("/gennemfoerelse/udbud/" + draft.id() + "/fremmoede");
        follow(By.id("all-present-0"));
        assertThat(text(By.cssSelector(".alert-success"))).contains("1 deltager(e) er registreret som fremmødt");
        screenshot("running-5-attendance");
        visit("/gennemfoerelse/udbud/" + draft.id() + "/resultater");
        new org.openqa.selenium.support.ui.Select(find(By.name("o-" + seat))).selectByValue("PASSED");
        ((org.openqa.selenium.JavascriptExecutor) browser())
                .executeScript("arguments[0].value = arguments[1]", find(By.name("d-" + seat)), today.toString());
        follow(By.id("save-results"));
        assertThat(text(By.cssSelector(".alert-success"))).contains("Resultatet er gemt for 1 deltager(e)");
        visit("/institutioner/" + house.id());
        assertThat(coverage()).isEqualTo("50,0 %");
        screenshot("running-6-coverage");
        logOut();

        // The participant and the leader evaluate; the forvaltning sees the summary.
        logIn(boLogin, PASSWORD);
        evaluate(draft, new String[] {"score0-5", "score1-4", "score2-4", "score3-5"}, "comment4");
        logOut();
        logIn(leaderLogin, PASSWORD);
        evaluate(draft, new String[] {"score0-4", "score1-4", "score2-3"}, "comment3");
        logOut();

        logIn(adminLogin, PASSWORD);
        visit("/evalueringer/resultater");
        String summary = text(By.cssSelector("[data-part='provider'][data-group='" + draft.providerName() + "']"));
        assertThat(summary)
                .contains("Deltagere: 1 svar (100,0 %)")
                .contains("5,00", "4,00")
                .contains("Bedre til at sætte ord på børnenes leg.");
        screenshot("running-7-evaluations");
    }

    private String coverage() {
        return text(By.cssSelector("#coverage-now li:first-child .kpi-value"));
    }

    private void apply(String login, Offering offering) {
        logIn(login, PASSWORD);
        visit("/ansoegninger/ny?udbud=" + offering.id());
        find(By.id("motivation")).sendKeys("Jeg vil gerne være pædagogisk assistent.");
        follow(By.cssSelector("#application-form button[type=submit]"));
        assertThat(text(By.tagName("main"))).contains("Ansøgningen er sendt");
        logOut();
    }

    /** Opens the person's application from the list awaiting the user and decides it. */
    private void decide(StaffMember person, boolean approve, @Nullable String reason) {
        visit("/ansoegninger");
        follow(By.xpath("//table[@id='awaiting-list']//a[text()='" + person.name() + "']"));
        find(By.id(approve ? "approve-yes" : "approve-no")).click();
        if (reason != null) {
            find(By.id("reason")).sendKeys(reason);
        }
        follow(By.cssSelector("#decision-form button[type=submit]"));
        assertThat(currentPath()).startsWith("/ansoegninger/");
    }

    private void evaluate(Offering offering, String[] scores, String comment) {
        visit("/evalueringer");
        follow(By.xpath("//table[@id='open-evaluations']//tr[td[text()='" + offering.title() + "']]//a"));
        for (String score : scores) {
            find(By.cssSelector("label[for='" + score + "']")).click();
        }
        find(By.id(comment)).sendKeys("Bedre til at sætte ord på børnenes leg.");
        follow(By.id("submit-evaluation"));
        assertThat(text(By.tagName("main"))).contains("er modtaget");
    }

    private UUID seatOf(Offering offering, StaffMember person) {
        List<Participation> seated = actingAs(admin(KOMMUNE), () -> participations.ofOffering(offering.id()));
        return seated.stream()
                .filter(p -> p.staffMember().equals(person.id()) && p.seated())
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** PAU as EUV1 for pædagogmedhjælpere, one seat, starting today (applications close today), as a draft. */
    private Offering pauDraft(CourseFixture courses, LocalDate today) {
        OfferingDetails base = courses.details(courses.provider("SOSU H").id(), "PAU som EUV1", today, 1, 1, Map.of());
        List<OfferingDetails.NewSession> sessions = List.of(0, 7).stream()
                .map(days -> new OfferingDetails.NewSession(
                        today.plusDays(days)
                                .atTime(LocalTime.of(8, 0))
                                .atZone(DANISH)
                                .toInstant(),
                        today.plusDays(days)
                                .atTime(LocalTime.of(15, 0))
                                .atZone(DANISH)
                                .toInstant(),
                        "SOSU H, Brøndby",
                        "Skoleperiode " + (days / 7 + 1)))
                .toList();
        return actingAs(
                admin(KOMMUNE),
                () -> catalog.create(new OfferingDetails(
                        base.providerId(),
                        base.title(),
                        OfferingKind.PROGRAMME,
                        InitiativeKind.PAU_EUV1,
                        null,
                        false,
                        base.delivery(),
                        "SOSU H, Brøndby",
                        today,
                        today.plusMonths(10),
                        today,
                        today,
                        1,
                        1,
                        0,
                        Set.of(StaffRole.PAEDAGOGMEDHJAELPER, StaffRole.DAGPLEJER),
                        "Pædagogmedhjælpere og dagplejere uden pædagogisk uddannelse",
                        "Pædagogisk assistentuddannelse for voksne med erfaring (EUV1).",
                        new Format(0, BigDecimal.ZERO, 0, 0, true, true),
                        List.of(),
                        sessions,
                        Map.of())));
    }

    /** A person employed 30 hours a week at the house since 2019 (the youngest since she was 20). */
    private StaffMember person(
            KommuneFixture k,
            Institution house,
            String name,
            StaffRole role,
            LocalDate born,
            @Nullable Education education) {
        return actingAs(admin(KOMMUNE), () -> {
            StaffMember member = staff.register(
                    KOMMUNE,
                    "R-" + UUID.randomUUID().toString().substring(0, 8),
                    new StaffMember.PersonDetails(k.unique(name), born, role, 0));
            if (education != null) {
                member = staff.addEducation(member.id(), member.version(), education, 2010);
            }
            LocalDate start = born.plusYears(20).isAfter(LocalDate.of(2019, 1, 1))
                    ? born.plusYears(20)
                    : LocalDate.of(2019, 1, 1);
            return staff.employ(member.id(), member.version(), house.id(), new BigDecimal("30"), start, null);
        });
    }

    private String account(KommuneFixture k, String name, Role role, Set<UUID> institutions, @Nullable UUID staffId) {
        String username = "running-" + name + "-" + k.suffix;
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
