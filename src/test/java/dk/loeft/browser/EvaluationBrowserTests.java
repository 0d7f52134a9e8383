package dk.loeft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.catalog.Offering;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.testing.CourseFixture;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rødovre's pædagogmedhjælper Niels finished a course last month: he opens Evalueringer from the
 * menu, answers the evaluation, and the forvaltning sees his scores in the results per provider.
 */
class EvaluationBrowserTests extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aParticipantAnswersAnEvaluationAndTheForvaltningSeesTheSummary() {
        Map<String, Object> niels =
                Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql("""
                        select u.staff_id, e.institution_id from user_account u
                          join employment e on e.staff_member = u.staff_id
                         where u.username = 'medarbejder.roedovre' limit 1""").query().singleRow());
        CourseFixture courses = new CourseFixture(KOMMUNE, context);
        var provider = courses.provider("Københavns Professionshøjskole");
        Offering offering = courses.published(courses.details(
                provider.id(), "Sprog i hverdagen", LocalDate.now(clock).minusDays(35), 20, 0, Map.of()));
        courses.participation(
                offering.id(), (UUID) niels.get("staff_id"), (UUID) niels.get("institution_id"), "ENROLLED");

        logIn("medarbejder.roedovre", PASSWORD);
        follow(By.cssSelector("header .navigation-menu a[href='/evalueringer']"));
        assertThat(text(By.id("open-evaluations"))).contains(offering.title(), provider.name());
        screenshot("evaluation-1-open");

        follow(By.xpath("//table[@id='open-evaluations']//tr[td[text()='" + offering.title() + "']]//a"));
        assertThat(text(By.tagName("h1"))).isEqualTo("Evaluering af forløb");
        find(By.id("submit-evaluation")).click();
        checkAccessibility();
        assertThat(text(By.id("answer-error"))).contains("Vælg et svar fra 1 til 5 på spørgsmål 1.");
        for (String choice : new String[] {"score0-5", "score1-4", "score2-5", "score3-3"}) {
            click(By.cssSelector("label[for='" + choice + "']"));
        }
        find(By.id("comment4")).sendKeys("Konkrete redskaber, som vi allerede bruger på stuen.");
        screenshot("evaluation-2-answer");
        follow(By.id("submit-evaluation"));
        assertThat(text(By.tagName("main"))).contains("Tak. Din evaluering af " + offering.title() + " er modtaget.");
        logOut();

        logIn("forvaltning.roedovre", PASSWORD);
        visit("/evalueringer/resultater");
        By group = By.cssSelector("[data-part='provider'][data-group='" + provider.name() + "']");
        assertThat(text(group))
                .contains("Deltagere: 1 svar (100,0 %)")
                .contains("Konkrete redskaber, som vi allerede bruger på stuen.")
                .contains("5,00", "4,00", "3,00");
        ((JavascriptExecutor) browser()).executeScript("arguments[0].scrollIntoView()", find(group));
        screenshot("evaluation-3-results");

        visit("/evalueringer/spoergsmaal/" + dk.loeft.testing.RoedovrePlan.MERIT);
        assertThat(find(By.id("participant-text-0")).getAttribute("value"))
                .isEqualTo("Hvor stort har dit udbytte af semesteret været?");
        screenshot("evaluation-4-questions");
    }

    @Test
    void aPersonMakesASecretCalendarAddressAndReadsTheirNotices() {
        logIn("medarbejder.roedovre", PASSWORD);
        follow(By.cssSelector("header .navigation-menu a[href='/kalender']"));
        assertThat(text(By.id("feed-status"))).isEqualTo("Du har ingen kalenderadresse.");
        follow(By.id("renew"));
        String url = find(By.id("feed-url")).getAttribute("value");
        assertThat(url).matches("http://localhost:\\d+/kalender/[A-Za-z0-9_-]{43}\\.ics");
        screenshot("calendar-1-address");
        follow(By.id("revoke"));
        assertThat(text(By.id("feed-status"))).isEqualTo("Du har ingen kalenderadresse.");
        follow(By.cssSelector("header .navigation-menu a[href='/beskeder']"));
        assertThat(text(By.tagName("h1"))).isEqualTo("Beskeder");
        screenshot("notices-1-list");
    }

    private void click(By by) {
        ((JavascriptExecutor) browser()).executeScript("arguments[0].click()", find(by));
    }
}
