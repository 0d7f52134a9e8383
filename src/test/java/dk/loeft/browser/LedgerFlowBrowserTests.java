package dk.loeft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rødovre's økonomi books an expenditure by hand and imports a small file from the finance system;
 * the remaining amount on /tilskud moves by exactly those amounts.
 */
class LedgerFlowBrowserTests extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path files;

    @Test
    void oekonomiBooksByHandAndByFileAndTheRemainingAmountMovesByExactlyThoseAmounts() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        logIn(demoUserOrNewAccount("oekonomi.roedovre", Role.FINANCE), PASSWORD);
        follow(By.cssSelector("header .navigation-menu a[href='/tilskud']"));
        assertThat(text(By.tagName("h1"))).isEqualTo("Tilskud og forbrug");
        long start = remainingShown();
        screenshot("ledger-1-tilskud");

        follow(By.id("register-link"));
        ((JavascriptExecutor) browser()).executeScript("arguments[0].value = '2026-10-15'", find(By.id("bookedOn")));
        find(By.id("amount")).sendKeys("1.234,50");
        new Select(find(By.id("category"))).selectByValue("DELTAGERBETALING");
        find(By.id("voucher")).sendKeys("BT-" + suffix);
        find(By.id("initiative")).sendKeys("Meritpædagog hold 2026");
        screenshot("ledger-2-registrer");
        follow(By.cssSelector("main form button[type=submit]"));
        assertThat(currentPath()).isEqualTo("/tilskud");
        assertThat(text(By.tagName("main"))).contains("Forbruget på bilag BT-" + suffix + " er registreret.");
        long afterHand = remainingShown();
        assertThat(afterHand).isEqualTo(start - 123_450);
        screenshot("ledger-3-efter-registrering");

        long count = expenditureOfRoedovre();
        Path file = Files.writeString(
                files.resolve("forbrug.csv"),
                "Posteringsdato;Beløb;Art;Bilagsnummer;Indsats\n"
                        + "01-10-2026;500,00;Uformel opkvalificering;BF-" + suffix + "-1;Sprogkursus\n"
                        + "02-10-2026;250,25;Studieudgifter;BF-" + suffix + "-2;PAU\n",
                StandardCharsets.UTF_8);
        visit("/import");
        find(By.cssSelector("input[name=kind][value=EXPENDITURE]")).click();
        find(By.id("file")).sendKeys(file.toString());
        follow(By.cssSelector("main form[enctype='multipart/form-data'] button[type=submit]"));
        new WebDriverWait(browser(), Duration.ofSeconds(30))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.tagName("progress")));
        screenshot("ledger-4-import-klar");
        follow(By.xpath("//form[contains(@action, '/bekraeft')]//button"));
        new WebDriverWait(browser(), Duration.ofSeconds(30)).until(d -> expenditureOfRoedovre() == count + 2);

        visit("/tilskud");
        assertThat(remainingShown()).isEqualTo(afterHand - 75_025);
        assertThat(text(By.cssSelector("table#expenditure")))
                .contains("BF-" + suffix + "-1")
                .contains("BT-" + suffix);
        screenshot("ledger-5-efter-import");
    }

    /** The remaining amount on /tilskud in øre: "−1.234.567,50 kr." → -123456750. */
    private long remainingShown() {
        String shown = text(By.cssSelector("#kpi-remaining .kpi-value"))
                .replace("kr.", "")
                .replace(".", "")
                .replace('−', '-')
                .trim();
        String[] parts = shown.split(",");
        long kroner = Long.parseLong(parts[0]);
        long oere = parts.length > 1 ? Long.parseLong(parts[1]) : 0;
        return kroner * 100 + (shown.startsWith("-") ? -oere : oere);
    }

    private long expenditureOfRoedovre() {
        return Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql("select count(*) from expenditure where kommune_code = 175")
                .query(Long.class)
                .single());
    }
}
