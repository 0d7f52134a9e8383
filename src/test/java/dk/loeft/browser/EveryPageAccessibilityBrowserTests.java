package dk.loeft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.platform.tenancy.Tenancy;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every page of the application, opened in the browser by the role that uses it, passes the axe
 * accessibility check (no serious or critical violations) and has one h1. A new page belongs here.
 */
class EveryPageAccessibilityBrowserTests extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPageOfTheForvaltningPassesTheAccessibilityCheck() {
        UUID institution = idOf("select id from institution where kommune_code = 175 order by name limit 1");
        UUID staff = idOf("select id from staff_member where kommune_code = 175 order by name limit 1");
        UUID area = idOf("select id from area where kommune_code = 175 order by name limit 1");
        UUID user = idOf("select id from user_account where username = 'oekonomi.roedovre'");

        logIn("forvaltning.roedovre", PASSWORD);
        visitAll(List.of(
                "/oversigt",
                "/daekning",
                "/institutioner",
                "/institutioner/ny",
                "/institutioner/" + institution,
                "/institutioner/" + institution + "/rediger",
                "/institutioner/" + institution + "/boernetal",
                "/omraader",
                "/omraader/ny",
                "/omraader/" + area + "/rediger",
                "/medarbejdere/ny",
                "/medarbejdere/" + staff,
                "/medarbejdere/" + staff + "/rediger",
                "/import",
                "/brugere",
                "/brugere/ny",
                "/brugere/" + user,
                "/brugere/api-noegler",
                "/institutioner/" + UUID.randomUUID()));
    }

    @Test
    void thePagesOfTheOtherRolesPassTheAccessibilityCheck() {
        logIn("ministeriet", PASSWORD);
        visitAll(List.of(
                "/kommuner",
                "/kommuner?region=Region%20Hovedstaden&sort=-spendRate",
                "/oversigt?kommune=175",
                "/daekning?kommune=175",
                "/brugere"));
        logOut();
        logIn("medarbejder.roedovre", PASSWORD);
        visitAll(List.of("/mig", "/import"));
    }

    private void visitAll(List<String> paths) {
        for (String path : paths) {
            visit(path);
            assertThat(findAll(By.tagName("h1"))).as("one h1 on " + path).hasSize(1);
        }
    }

    private UUID idOf(String sql) {
        return Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql(sql).query(UUID.class).single());
    }
}
