package dk.loeft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.catalog.Offering;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.testing.CourseFixture;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rødovre's forvaltning takes attendance for a course of three learning days (everyone present at
 * the first in one click, an excused absence with its reason at the second), registers a pass for
 * the demo medarbejder, and downloads the certificate; the medarbejder sees the course and the
 * certificate on their own progress page.
 */
class CompletionFlowBrowserTests extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void theForvaltningTakesAttendanceRegistersAPassAndTheCertificateDownloads() {
        UUID niels = Tenancy.runAs(
                Tenancy.ALL, () -> jdbc.sql("select staff_id from user_account where username = 'medarbejder.roedovre'")
                        .query(UUID.class)
                        .single());
        List<UUID> colleagues = Tenancy.runAs(
                Tenancy.ALL,
                () -> jdbc.sql("""
                        select distinct e.staff_member from employment e
                         where e.institution_id in (select institution_id from employment where staff_member = :s)
                           and e.staff_member <> :s and e.end_date is null
                         order by e.staff_member limit 2""").param("s", niels).query(UUID.class).list());
        UUID institution = Tenancy.runAs(
                Tenancy.ALL, () -> jdbc.sql("select institution_id from employment where staff_member = :s limit 1")
                        .param("s", niels)
                        .query(UUID.class)
                        .single());
        CourseFixture courses = new CourseFixture(KOMMUNE, context);
        Offering course =
                courses.learningDays("Læreplan i praksis", LocalDate.now(clock).minusMonths(2), 20, 0);
        UUID seat = courses.participation(course.id(), niels, institution, "ENROLLED");
        colleagues.forEach(c -> courses.participation(course.id(), c, institution, "ENROLLED"));
        UUID second = course.sessions().get(1).id();

        logIn(demoUserOrNewAccount("forvaltning.roedovre", Role.KOMMUNE_ADMIN), PASSWORD);
        follow(By.cssSelector("header .navigation-menu a[href='/gennemfoerelse']"));
        assertThat(text(By.tagName("h1"))).isEqualTo("Fremmøde og resultater");
        screenshot("completion-1-udbud");

        visit("/gennemfoerelse/udbud/" + course.id() + "/fremmoede");
        follow(By.id("all-present-0"));
        assertThat(text(By.cssSelector(".alert-success"))).contains("3 deltager(e) er registreret som fremmødt");
        new Select(find(By.name("m-" + seat + ":" + second))).selectByValue("EXCUSED");
        follow(By.id("save-attendance"));
        assertThat(text(By.id("attendance-errors"))).contains("Intet er gemt");
        screenshot("completion-2-fremmoede-fejl");
        find(By.name("r-" + seat + ":" + second)).sendKeys("Barn syg");
        follow(By.id("save-attendance"));
        assertThat(text(By.cssSelector(".alert-success"))).contains("Fremmødet er gemt");
        screenshot("completion-3-fremmoede");

        visit("/gennemfoerelse/udbud/" + course.id() + "/resultater");
        new Select(find(By.name("o-" + seat))).selectByValue("PASSED");
        ((JavascriptExecutor) browser())
                .executeScript(
                        "arguments[0].value = arguments[1]",
                        find(By.name("d-" + seat)),
                        course.endDate().toString());
        screenshot("completion-4-resultater");
        follow(By.id("save-results"));
        assertThat(text(By.cssSelector(".alert-success"))).contains("Resultatet er gemt for 1 deltager(e)");

        follow(By.cssSelector("a[href='/gennemfoerelse/deltagelser/" + seat + "']"));
        assertThat(text(By.id("outcome"))).isEqualTo("Bestået");
        assertThat(text(By.id("attendance-share"))).startsWith("1 af 2");
        screenshot("completion-5-deltagelse");
        assertThat(download(find(By.id("certificate")).getAttribute("href"))).isEqualTo("200 application/pdf");

        logOut();
        logIn("medarbejder.roedovre", PASSWORD);
        follow(By.cssSelector("header .navigation-menu a[href='/mine-kurser/fremdrift']"));
        assertThat(text(By.id("courses"))).contains(course.title()).contains("Bestået");
        screenshot("completion-6-min-fremdrift");
    }

    private String download(String href) {
        return (String) ((JavascriptExecutor) browser())
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')));",
                        href);
    }
}
