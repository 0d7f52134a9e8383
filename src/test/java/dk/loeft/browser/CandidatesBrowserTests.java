package dk.loeft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Rødovre's leader of Børnehuset Æblehaven opens the candidates from the menu, sees her own staff
 * who may start merit with the reasons, nominates the first with a note and withdraws it again.
 */
class CandidatesBrowserTests extends BrowserTestSupport {

    @Test
    void aLeaderNominatesAnEligibleColleagueForMeritAndWithdrawsTheNomination() {
        logIn(demoUserOrNewAccount("leder.roedovre", Role.LEADER), PASSWORD);
        follow(By.cssSelector("header .navigation-menu a[href='/planer/kandidater']"));
        assertThat(text(By.tagName("h1"))).isEqualTo("Kandidater til opkvalificering");
        assertThat(text(By.tagName("main"))).contains("Du ser medarbejdere i dine egne institutioner.");

        WebElement first = find(By.cssSelector("#candidate-list tbody tr"));
        String name = first.findElement(By.cssSelector("td a")).getText();
        assertThat(first.getText()).contains("Opfyldt: Er ikke uddannet pædagog", "Børnehuset Æblehaven");
        first.findElement(By.cssSelector("input[name=note]")).sendKeys("Klar til hold august 2026");
        ((JavascriptExecutor) browser()).executeScript("arguments[0].scrollIntoView()", find(By.id("candidate-list")));
        screenshot("candidates-1-list");

        follow(By.cssSelector("#candidate-list tbody tr:first-child button[type=submit]"));
        assertThat(text(By.tagName("main"))).contains(name + " er indstillet til Meritpædagog, netbaseret.");
        assertThat(text(By.id("nomination-list"))).contains(name, "Klar til hold august 2026");
        screenshot("candidates-2-nominated");

        follow(By.cssSelector("#nomination-list tbody tr:first-child button[type=submit]"));
        assertThat(text(By.tagName("main"))).contains("Indstillingen af " + name + " er trukket tilbage.");
    }
}
