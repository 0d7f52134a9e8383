package dk.loeft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ministry sorts the national view with the header buttons and narrows it to a region. */
class NationalViewBrowserTests extends BrowserTestSupport {

    static final int LAESOE = 825;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void theMinistrySortsByASortButtonAndFiltersByRegionKeepingTheOrder() {
        grantAndSpend(LAESOE, 120_000_000L, 30_000_000L);
        logIn(newAccount(Role.NATIONAL), PASSWORD);
        visit("/kommuner");

        follow(By.xpath("//table[@id='kommuner']//th[contains(., 'Forbrugt i alt')]//button"));
        assertThat(currentQuery()).contains("sort=spent");
        follow(By.xpath("//table[@id='kommuner']//th[contains(., 'Forbrugt i alt')]//button"));
        assertThat(currentQuery()).contains("sort=-spent");
        assertThat(find(By.cssSelector("#kommuner th[aria-sort=descending]")).getText())
                .contains("Forbrugt i alt");
        showTheMoneyColumns();
        screenshot("kommuner-sorteret");

        new Select(find(By.id("region"))).selectByVisibleText("Region Nordjylland");
        follow(By.cssSelector("#region-filter button[type=submit]"));
        assertThat(currentQuery()).contains("sort=-spent").contains("region=Region+Nordjylland");
        assertThat(findAll(By.cssSelector("#kommuner tbody tr td:nth-of-type(1)")))
                .hasSize(11)
                .allSatisfy(cell -> assertThat(cell.getText()).isEqualTo("Region Nordjylland"));
        assertThat(text(By.cssSelector("tr[data-kommune='" + LAESOE + "'] th"))).isEqualTo("Læsø");
        showTheMoneyColumns();
        screenshot("kommuner-nordjylland");
    }

    /** For the screenshots: the table scrolled to its right-hand columns, the money. */
    private void showTheMoneyColumns() {
        ((JavascriptExecutor) browser())
                .executeScript("var table = document.getElementById('kommuner'); table.scrollIntoView();"
                        + " table.closest('.table--responsive-scroll').scrollLeft = table.scrollWidth;");
    }

    private void grantAndSpend(int kommune, long grantOere, long spendOere) {
        Tenancy.runAs(Tenancy.ALL, () -> {
            UUID round = jdbc.sql("select id from funding_round order by first_year desc limit 1")
                    .query(UUID.class)
                    .single();
            jdbc.sql("""
                            insert into grant_entry (id, kommune_code, funding_round, year, kind, amount_oere,
                                                     recorded_by, recorded_at)
                            values (:id, :k, :round, :year, 'GRANT', :oere, 'browser-test', :at)""")
                    .param("id", UUID.randomUUID())
                    .param("k", kommune)
                    .param("round", round)
                    .param("year", LocalDate.now(clock).getYear())
                    .param("oere", grantOere)
                    .param("at", Timestamp.from(clock.instant()))
                    .update();
            jdbc.sql("""
                            insert into expenditure (id, kommune_code, booked_on, amount_oere, cost_category,
                                                     voucher, recorded_by, recorded_at)
                            values (:id, :k, :on, :oere, 'DELTAGERBETALING', :voucher, 'browser-test', :at)""")
                    .param("id", UUID.randomUUID())
                    .param("k", kommune)
                    .param("on", LocalDate.now(clock))
                    .param("oere", spendOere)
                    .param("voucher", "B-" + UUID.randomUUID())
                    .param("at", Timestamp.from(clock.instant()))
                    .update();
        });
    }
}
