package dk.loeft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.platform.security.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * Rødovre's forvaltning puts a diploma module for faglige fyrtårne in the catalogue: fills in the
 * form with a module and a session, checks it against the fyrtårn frame (and sees a demand it
 * misses), fixes the offering, publishes it and sees every demand met.
 */
class CatalogBrowserTests extends BrowserTestSupport {

    @Test
    void theForvaltningCreatesPublishesAndChecksAnOfferingAgainstItsFrame() {
        String title = "Fyrtårnsmodul " + UUID.randomUUID().toString().substring(0, 6);
        logIn(demoUserOrNewAccount("forvaltning.roedovre", Role.KOMMUNE_ADMIN), PASSWORD);
        follow(By.cssSelector("header .navigation-menu a[href='/katalog']"));
        follow(By.id("new-offering"));

        new Select(find(By.id("providerId"))).selectByVisibleText("Københavns Professionshøjskole");
        find(By.id("title")).sendKeys(title);
        new Select(find(By.id("kind"))).selectByValue("DIPLOMA_MODULE");
        new Select(find(By.id("delivery"))).selectByValue("BLENDED");
        find(By.id("place")).sendKeys("Campus Sydhavnen");
        date("startDate", "2027-02-01");
        date("endDate", "2027-05-28");
        find(By.id("capacity")).sendKeys("24");
        find(By.id("price")).clear();
        find(By.id("price")).sendKeys("12.500");
        check(find(By.cssSelector("input[name=targetRoles][value=PAEDAGOG]")).getAttribute("id"));
        find(By.id("teachingHours")).clear();
        find(By.id("teachingHours")).sendKeys("40");
        find(By.id("supervisions")).clear();
        find(By.id("supervisions")).sendKeys("1");
        check("exam1");
        find(By.id("moduleName")).sendKeys("Pædagogisk arbejde med læreplanen");
        find(By.id("moduleEcts-0")).sendKeys("10");
        date("sessionDate", "2027-02-01");
        time("sessionFrom-0", "09:00");
        time("sessionTo-0", "15:00");
        find(By.id("sessionTitle-0")).sendKeys("Opstart");
        screenshot("catalog-1-form");
        follow(By.id("save-offering"));

        assertThat(text(By.tagName("h1"))).isEqualTo(title);
        assertThat(text(By.id("status-tag"))).isEqualTo("Kladde");
        assertThat(text(By.id("price"))).isEqualTo("12.500 kr.");
        check("framework-DIPLOM_FYRTAARNE");
        follow(By.id("save-frameworks"));
        assertThat(text(By.id("check-DIPLOM_FYRTAARNE"))).contains("1 af 6 krav er ikke opfyldt");
        screenshot("catalog-2-check-missed");

        follow(By.id("edit-offering"));
        find(By.id("supervisions")).clear();
        find(By.id("supervisions")).sendKeys("2");
        follow(By.id("save-offering"));
        follow(By.id("publish"));
        assertThat(text(By.id("status-tag"))).isEqualTo("Offentliggjort");
        assertThat(text(By.id("check-DIPLOM_FYRTAARNE"))).contains("Alle krav er opfyldt");
        screenshot("catalog-3-published");

        visit("/kurser");
        assertThat(text(By.id("courses"))).contains(title);
    }

    /** Ticks a DKFDS checkbox by its label (the box itself is drawn over). */
    private void check(String id) {
        find(By.cssSelector("label[for='" + id + "']")).click();
    }

    private void date(String id, String iso) {
        ((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1]", find(By.id(id)), iso);
    }

    private void time(String id, String value) {
        ((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1]", find(By.id(id)), value);
    }
}
