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

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void everyPageOfTheForvaltningPassesTheAccessibilityCheck() {
        UUID institution = idOf("select id from institution where kommune_code = 175 order by name limit 1");
        UUID staff = idOf("select id from staff_member where kommune_code = 175 order by name limit 1");
        UUID area = idOf("select id from area where kommune_code = 175 order by name limit 1");
        UUID user = idOf("select id from user_account where username = 'oekonomi.roedovre'");
        UUID expenditure = idOf("""
                select e.id from expenditure e where e.kommune_code = 175 and e.corrects is null
                   and not exists (select 1 from expenditure c where c.corrects = e.id)
                 order by e.voucher limit 1""");

        UUID plan = idOf("""
                select plan_id from plan_version where kommune_code = 175 and status = 'APPROVED'
                 order by changed_at limit 1""");
        UUID variant = dk.loeft.testing.TestPlans.roedovreWithPau(context).planId();
        UUID offering = idOf("""
                select id from offering where kommune_code = 175 and kind = 'DIPLOMA_MODULE' and status = 'PUBLISHED'
                 order by title limit 1""");
        UUID provider = idOf("select id from provider where kommune_code = 175 order by name limit 1");
        var courses = new dk.loeft.testing.CourseFixture(175, context);
        var ended = courses.learningDays(
                "Tilgængelighed",
                java.time.LocalDate.now(context.getBean(java.time.Clock.class)).minusMonths(2),
                20,
                0);
        UUID participation = courses.participation(ended.id(), staff, null, "ENROLLED");
        UUID open = openOffering();
        logIn("forvaltning.roedovre", PASSWORD);
        visitAll(List.of(
                "/planer",
                "/planer/ny",
                "/planer/" + plan,
                "/planer/" + plan + "/versioner",
                "/planer/" + plan + "/aendringer",
                "/planer/" + plan + "/tekster",
                "/planer/" + plan + "/maal/ny",
                "/planer/" + plan + "/indsatser/ny",
                "/planer/" + plan + "/indsatser/" + dk.loeft.testing.RoedovrePlan.MERIT,
                "/planer/" + plan + "/linjer/ny?indsats=" + dk.loeft.testing.RoedovrePlan.MERIT,
                "/planer/" + plan + "/linjer/" + dk.loeft.testing.RoedovrePlan.lineId("m1"),
                "/planer/" + plan + "/godkend",
                "/planer/" + plan + "/versioner/1/fremskrivning",
                "/planer/" + plan + "/versioner/1/fremskrivning?completionRate=150",
                "/planer/scenarier?v=" + plan + ":1&v=" + variant + ":1",
                "/planer/scenarier?v=" + plan + ":1",
                "/planer/logo",
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
                "/tilskud",
                "/tilskud/forbrug/ny",
                "/tilskud/forbrug/" + expenditure + "/tilbagefoer",
                "/puljer/prisindeks",
                "/brugere",
                "/brugere/ny",
                "/brugere/" + user,
                "/brugere/api-noegler",
                "/tilskud/tildelinger",
                "/planer/kandidater",
                "/planer/kandidater?spor=PAU_EUV1&alle=true",
                "/katalog",
                "/katalog?status=PUBLISHED&type=DIPLOMA_MODULE",
                "/katalog/ny",
                "/katalog/" + offering,
                "/katalog/" + offering + "/rediger",
                "/katalog/" + offering + "/aflys",
                "/katalog/udbydere",
                "/katalog/udbydere/ny",
                "/katalog/udbydere/" + provider + "/rediger",
                "/kurser",
                "/rammer",
                "/rammer/00000003-0000-4000-8000-000000000001",
                "/evalueringer",
                "/evalueringer/resultater",
                "/evalueringer/spoergsmaal",
                "/evalueringer/spoergsmaal/" + dk.loeft.testing.RoedovrePlan.MERIT,
                "/beskeder",
                "/gennemfoerelse",
                "/gennemfoerelse/udbud/" + ended.id() + "/fremmoede",
                "/gennemfoerelse/udbud/" + ended.id() + "/resultater",
                "/gennemfoerelse/deltagelser/" + participation,
                "/fremdrift",
                "/medarbejdere/" + staff + "/fremdrift",
                "/ansoegninger",
                "/ansoegninger/ny?udbud=" + open,
                "/tilmelding",
                "/tilmelding/udbud/" + open,
                "/institutioner/" + UUID.randomUUID()));
    }

    @Test
    void thePagesOfTheOtherRolesPassTheAccessibilityCheck() {
        UUID round = idOf("select id from funding_round order by first_year limit 1");
        UUID key = idOf("select id from allocation_key order by imported_at limit 1");
        UUID allocation = idOf("select id from allocation where status = 'PUBLISHED' order by first_year limit 1");
        UUID plan = idOf("select plan_id from plan_version where kommune_code = 175 order by changed_at limit 1");
        UUID variant = dk.loeft.testing.TestPlans.roedovreWithPau(context).planId();
        logIn("ministeriet", PASSWORD);
        visitAll(List.of(
                "/planer",
                "/planer?kommune=175",
                "/planer/" + plan,
                "/planer/scenarier",
                "/planer/scenarier?kommune=175&v=" + plan + ":1&v=" + variant + ":1",
                "/kommuner",
                "/kommuner?region=Region%20Hovedstaden&sort=-spendRate",
                "/oversigt?kommune=175",
                "/daekning?kommune=175",
                "/brugere",
                "/puljer",
                "/puljer/runder/" + round,
                "/puljer/runder/" + round + "/rediger",
                "/puljer/noegler",
                "/puljer/noegler/" + key,
                "/puljer/fordelinger/ny",
                "/puljer/fordelinger/" + allocation,
                "/tilskud/tildelinger",
                "/tilskud/tildelinger?kommune=175",
                "/tilskud?kommune=175",
                "/puljer/prisindeks?aar=2024",
                "/rammer",
                "/rammer/00000003-0000-4000-8000-000000000002"));
        logOut();
        logIn("medarbejder.roedovre", PASSWORD);
        UUID course = idOf("""
                select id from offering where kommune_code = 175 and kind = 'LEARNING_DAYS' and status = 'PUBLISHED'
                 order by title limit 1""");
        visitAll(List.of(
                "/mig",
                "/import",
                "/kurser",
                "/katalog/" + course,
                "/evalueringer",
                "/beskeder",
                "/kalender",
                "/mine-kurser/fremdrift",
                "/mig/kurser",
                "/ansoegninger/ny?udbud=" + openOffering()));
        logOut();
        logIn(demoUserOrNewAccount("leder.roedovre", dk.loeft.platform.security.Role.LEADER), PASSWORD);
        visitAll(List.of("/ansoegninger", "/ansoegninger/ny?udbud=" + openOffering()));
    }

    /** A published offering of Rødovre open for applications (made here if the demo data has none). */
    private UUID openOffering() {
        return Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql("""
                                select id from offering where kommune_code = 175 and status = 'PUBLISHED'
                                   and application_deadline >= current_date order by start_date, id limit 1""").query(UUID.class).optional())
                .orElseGet(() -> new dk.loeft.testing.CourseFixture(KOMMUNE, context)
                        .learningDays("Læringsdage", java.time.LocalDate.now().plusDays(60), 20, 8)
                        .id());
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
