package dk.loeft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.platform.security.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Rødovre's forvaltning writes a plan in the browser: creates it, adds an initiative with two cost
 * lines, sees the budget table, sees a rule violation as it happens and removes it, submits the
 * plan, records the committee's approval, sees the coverage it leads to by 2030, downloads the
 * document, starts a revision, changes a line and sees what changed between the versions.
 */
class PlanFlowBrowserTests extends BrowserTestSupport {

    @Test
    void theForvaltningWritesSubmitsApprovesAndRevisesAPlan() {
        String title =
                "Opkvalificering 2024-2025 " + UUID.randomUUID().toString().substring(0, 6);
        logIn(demoUserOrNewAccount("forvaltning.roedovre", Role.KOMMUNE_ADMIN), PASSWORD);
        follow(By.cssSelector("header .navigation-menu a[href='/planer']"));
        assertThat(text(By.tagName("h1"))).isEqualTo("Planer");
        screenshot("plan-1-planer");

        follow(By.id("new-plan"));
        find(By.id("title")).sendKeys(title);
        new Select(find(By.id("firstYear"))).selectByValue("2024");
        new Select(find(By.id("lastYear"))).selectByValue("2025");
        find(By.id("background")).sendKeys("Flere pædagoger i dagtilbud.");
        follow(By.cssSelector("main form button[type=submit]"));
        assertThat(text(By.tagName("h1"))).isEqualTo(title);
        assertThat(text(By.id("status-tag"))).isEqualTo("Kladde");

        follow(By.id("add-initiative"));
        find(By.id("name")).sendKeys("Meritpædagog 2024");
        new Select(find(By.id("kind"))).selectByValue("MERIT_NET");
        WebElement suggested = find(By.id("suggestedLines1"));
        if (suggested.isSelected()) {
            suggested.click();
        }
        date("start", "2024-08-01");
        date("end", "2027-07-31");
        find(By.id("seats")).clear();
        find(By.id("seats")).sendKeys("2");
        screenshot("plan-2-indsats");
        follow(By.cssSelector("main form button.button-primary"));
        assertThat(text(By.tagName("main"))).contains("Meritpædagog 2024");

        addLine("Deltagerbetaling, 2 semestre", "TUITION", "4", "7.000");
        addLine("Litteratur", "BOOKS", "2", "5.000");
        assertThat(text(By.cssSelector("#budget-table tfoot td[data-year='2024']")))
                .isEqualTo("38.000 kr.");
        assertThat(text(By.cssSelector("#budget-table tfoot td[data-year='total']")))
                .isEqualTo("38.000 kr.");
        screenshot("plan-3-budget");

        addLine("For mange pladser", "TUITION", "1000", "50.000");
        assertThat(text(By.id("findings-summary"))).contains("overtrædelse");
        screenshot("plan-3b-overtraedelse");
        follow(By.xpath("//tr[td[text()='For mange pladser']]//button"));
        assertThat(text(By.id("findings-summary"))).contains("0 overtrædelse");

        follow(By.id("submit-plan"));
        assertThat(text(By.id("status-tag"))).isEqualTo("Indsendt til godkendelse");

        follow(By.id("approve-link"));
        find(By.cssSelector("input[name=body][value=UDVALG]")).click();
        find(By.id("bodyName")).sendKeys("Børne- og Kulturudvalget");
        date("date", "2024-06-18");
        find(By.id("reference")).sendKeys("BKU 18.06.2024 pkt. 7");
        screenshot("plan-4-godkend");
        follow(By.cssSelector("main form button.button-primary"));
        assertThat(text(By.id("status-tag"))).isEqualTo("Godkendt");
        assertThat(text(By.id("approval"))).contains("Børne- og Kulturudvalget", "18.06.2024");
        assertThat(findAll(By.id("add-initiative"))).isEmpty();
        assertThat(download(find(By.id("pdf-link")).getAttribute("href"))).isEqualTo("200 application/pdf");
        assertThat(download(find(By.id("docx-link")).getAttribute("href")))
                .isEqualTo("200 application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        String planPage = currentPath();
        follow(By.id("projection-link"));
        assertThat(text(By.tagName("h1"))).isEqualTo("Forventet uddannelsesdækning");
        assertThat(text(By.tagName("main"))).contains("2030");
        screenshot("plan-4b-fremskrivning");
        open(planPage);

        follow(By.id("revise-plan"));
        assertThat(text(By.cssSelector("p.font-lead"))).contains("version 2");
        assertThat(text(By.id("status-tag"))).isEqualTo("Kladde");
        follow(By.xpath("//tr[td[text()='Deltagerbetaling, 2 semestre']]//a"));
        find(By.id("quantity")).clear();
        find(By.id("quantity")).sendKeys("6");
        follow(By.cssSelector("main form button.button-primary"));

        follow(By.id("changes-link"));
        assertThat(text(By.id("line-changes"))).contains("Ændret", "Deltagerbetaling, 2 semestre");
        assertThat(text(By.cssSelector("#total-changes tr[data-year='2024']")))
                .contains("38.000 kr.", "52.000 kr.", "14.000 kr.");
        screenshot("plan-5-aendringer");
    }

    private void addLine(String text, String type, String quantity, String price) {
        follow(By.xpath("//a[contains(@href, '/linjer/ny?indsats=')]"));
        new Select(find(By.id("year"))).selectByValue("2024");
        new Select(find(By.id("type"))).selectByValue(type);
        find(By.id("text")).sendKeys(text);
        find(By.id("quantity")).clear();
        find(By.id("quantity")).sendKeys(quantity);
        find(By.id("unitPrice")).sendKeys(price);
        new Select(find(By.id("source"))).selectByValue("POOL:6b1f3c1e-2a41-4c55-9a0e-000000002024");
        follow(By.cssSelector("main form button.button-primary"));
        assertThat(text(By.tagName("main"))).contains(text);
    }

    /** Fetches a link with the browser's session: the status and content type. */
    private String download(String href) {
        return (String) ((JavascriptExecutor) browser())
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')));",
                        href);
    }

    private void date(String id, String iso) {
        ((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1]", find(By.id(id)), iso);
    }
}
