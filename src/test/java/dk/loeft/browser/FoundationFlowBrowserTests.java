package dk.loeft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.platform.tenancy.Tenancy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The foundation's main path as the forvaltning clicks it: overview → institution → staff member →
 * a staff file with errors (nothing written) → the fixed file (written) → the institution's
 * education coverage rises.
 */
class FoundationFlowBrowserTests extends BrowserTestSupport {

    static final String INSTITUTION = "Børnehuset Æblehaven";
    static final String HEADER = "medarbejdernummer;navn;fødselsdato;stilling;uddannelse;uddannelsesår;"
            + "institutionsnummer;ugentlige timer;ansat fra;ansat til\n";

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path files;

    @Test
    void forvaltningImportsStaffAndSeesTheCoverageOfTheirInstitutionRise() throws Exception {
        Map<String, Object> institution = Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql(
                        "select id, number from institution where kommune_code = 175 and name = :name")
                .param("name", INSTITUTION)
                .query()
                .singleRow());
        String number = (String) institution.get("number");

        logIn("forvaltning.roedovre", PASSWORD);
        assertThat(currentPath()).isEqualTo("/oversigt");
        checkAccessibility();
        screenshot("flow-1-oversigt");

        follow(By.cssSelector("header .navigation-menu a[href='/institutioner']"));
        follow(By.linkText(INSTITUTION));
        assertThat(text(By.tagName("h1"))).contains(INSTITUTION);
        double coverageBefore = coverageShown();
        screenshot("flow-2-institution");

        follow(By.cssSelector("table#staff tbody a"));
        assertThat(currentPath()).startsWith("/medarbejdere/");
        screenshot("flow-3-medarbejder");

        long staffBefore = staffOfRoedovre();
        Path broken = write(
                "personale-med-fejl.csv",
                HEADER
                        + "FLOW-1;Sara Flow;31-02-1990;pædagog;pædagog;2015;" + number + ";37;01-01-2020;\n"
                        + "FLOW-2;Omar Flow;12-05-1985;pædagog;pædagog;2012;" + number + ";99;01-01-2020;\n");
        upload(broken);
        assertThat(text(By.tagName("main")))
                .contains("intet er gemt")
                .contains("2 fødselsdato '31-02-1990' er ikke en gyldig dato")
                .contains("3 ugentlige timer '99'");
        screenshot("flow-4-import-fejl");
        assertThat(findAll(By.xpath("//form[contains(@action, '/bekraeft')]"))).isEmpty();
        assertThat(staffOfRoedovre()).isEqualTo(staffBefore);

        Path fixed = write(
                "personale.csv",
                HEADER
                        + "FLOW-1;Sara Flow;28-02-1990;pædagog;pædagog;2015;" + number + ";37;01-01-2020;\n"
                        + "FLOW-2;Omar Flow;12-05-1985;pædagog;pædagog;2012;" + number + ";37;01-01-2020;\n");
        upload(fixed);
        screenshot("flow-5-import-klar");
        follow(By.xpath("//form[contains(@action, '/bekraeft')]//button"));
        new WebDriverWait(browser(), Duration.ofSeconds(30)).until(d -> staffOfRoedovre() == staffBefore + 2);
        screenshot("flow-6-import-faerdig");

        visit("/institutioner/" + institution.get("id"));
        double coverageAfter = coverageShown();
        screenshot("flow-7-institution-efter");
        assertThat(coverageAfter).isGreaterThan(coverageBefore);
        assertThat(text(By.cssSelector("table#staff"))).contains("Sara Flow").contains("Omar Flow");
    }

    private void upload(Path file) {
        visit("/import");
        find(By.cssSelector("input[name=kind][value=STAFF]")).click();
        find(By.id("file")).sendKeys(file.toString());
        follow(By.cssSelector("main form[enctype='multipart/form-data'] button[type=submit]"));
        new WebDriverWait(browser(), Duration.ofSeconds(30))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.tagName("progress")));
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** The institution page's coverage today, e.g. "62,3 %" → 62.3. */
    private double coverageShown() {
        String shown = text(By.cssSelector("#coverage-now .kpi-value"));
        return Double.parseDouble(
                shown.replace("%", "").replace(".", "").replace(',', '.').trim());
    }

    private long staffOfRoedovre() {
        return Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql("select count(*) from staff_member where kommune_code = 175")
                .query(Long.class)
                .single());
    }
}
