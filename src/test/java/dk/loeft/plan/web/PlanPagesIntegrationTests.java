package dk.loeft.plan.web;

import static dk.loeft.testing.TestUsers.actingAs;
import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.as;
import static dk.loeft.testing.TestUsers.finance;
import static dk.loeft.testing.TestUsers.leader;
import static dk.loeft.testing.TestUsers.national;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.loeft.IntegrationTest;
import dk.loeft.plan.PlanStatus;
import dk.loeft.plan.Plans;
import dk.loeft.testing.PlanFixture;
import dk.loeft.testing.RoedovrePlan;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The plan pages rendered as the roles that use them, and a stale form answered with the Danish conflict message. */
@IntegrationTest
class PlanPagesIntegrationTests {

    static final int K = 223;

    @Autowired
    MockMvc mvc;

    @Autowired
    Plans plans;

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(request.toString()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    int lock(UUID plan) {
        return actingAs(admin(K), () -> plans.current(plan).lock());
    }

    @Test
    void thePlanPageShowsTheBudgetTableWithRoedovresTotals() throws Exception {
        UUID plan = PlanFixture.draft(plans, K);
        Document html = page(get("/planer/" + plan).with(as(admin(K))));
        assertThat(html.select("h1")).hasSize(1);
        assertThat(html.select("h1").text()).isEqualTo(RoedovrePlan.content().title());
        assertThat(html.select("#budget-table tfoot td[data-year=2024]").text()).isEqualTo("1.113.500 kr.");
        assertThat(html.select("#budget-table tr[data-group=source] td[data-year=2023]")
                        .eachText())
                .contains("137.000 kr.");
        assertThat(html.select("#findings-summary").text()).contains("Reglerne finder intet");
        assertThat(html.select("#submit-plan")).hasSize(1);
        assertThat(html.select("table.cost-lines")).hasSize(4);
    }

    @Test
    void aRuleBrokenByANewLineIsShownBesideItAndAViolationBlocksSubmitting() throws Exception {
        UUID plan = PlanFixture.draft(plans, K);
        UUID wages = actingAs(
                admin(K),
                () -> plans.saveCostLine(
                        plan,
                        lock(plan),
                        RoedovrePlan.MERIT,
                        null,
                        new Plans.LineInput(
                                2023,
                                dk.loeft.plan.CostType.WAGES,
                                "Løn under uddannelse",
                                java.math.BigDecimal.ONE,
                                1_000_00,
                                dk.loeft.plan.FundingSourceKind.POOL,
                                RoedovrePlan.ROUND_2023,
                                null)));
        Document warned = page(get("/planer/" + plan).with(as(admin(K))));
        assertThat(warned.select("#linje-" + wages).text())
                .as("the wage line in the year wages became eligible is warned about beside it")
                .contains("Advarsel", "R5");
        assertThat(warned.select("#submit-plan")).as("a warning does not block").hasSize(1);

        actingAs(
                admin(K),
                () -> plans.saveCostLine(
                        plan,
                        lock(plan),
                        RoedovrePlan.MERIT,
                        null,
                        new Plans.LineInput(
                                2024,
                                dk.loeft.plan.CostType.TUITION,
                                "For mange pladser",
                                java.math.BigDecimal.valueOf(1000),
                                50_000_00,
                                dk.loeft.plan.FundingSourceKind.POOL,
                                RoedovrePlan.ROUND_2024,
                                null)));
        Document violated = page(get("/planer/" + plan).with(as(admin(K))));
        assertThat(violated.select("#findings-summary .alert-error").text()).contains("overtrædelse");
        assertThat(violated.body().text())
                .as("the year over its grant is named")
                .contains("B1");
        mvc.perform(post("/planer/" + plan + "/indsend")
                        .with(csrf())
                        .with(as(admin(K)))
                        .param("version", Integer.toString(lock(plan))))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .is3xxRedirection());
        assertThat(actingAs(admin(K), () -> plans.current(plan).content().status()))
                .as("nothing was submitted")
                .isEqualTo(dk.loeft.plan.PlanStatus.DRAFT);
    }

    @Test
    void everyPlanPageRendersForItsRoles() throws Exception {
        UUID plan = PlanFixture.draft(plans, K);
        UUID line = RoedovrePlan.lineId("m1");
        for (String path : new String[] {
            "/planer",
            "/planer/ny",
            "/planer/" + plan + "/tekster",
            "/planer/" + plan + "/maal/ny",
            "/planer/" + plan + "/indsatser/ny",
            "/planer/" + plan + "/indsatser/" + RoedovrePlan.MERIT,
            "/planer/" + plan + "/linjer/ny?indsats=" + RoedovrePlan.MERIT,
            "/planer/" + plan + "/linjer/" + line,
            "/planer/" + plan + "/versioner",
            "/planer/" + plan + "/aendringer"
        }) {
            assertThat(page(get(path).with(as(admin(K)))).select("h1")).as(path).hasSize(1);
        }
        assertThat(page(get("/planer/" + plan + "/linjer/" + line).with(as(finance(K))))
                        .select("h1"))
                .hasSize(1);
        Document leaderView = page(get("/planer/" + plan).with(as(leader(K))));
        assertThat(leaderView.select("#submit-plan, #add-initiative, table.cost-lines a"))
                .isEmpty();
        Document nationalList = page(get("/planer?kommune=" + K).with(as(national())));
        assertThat(nationalList.select("#plans td").eachText()).contains("Hørsholm");
        assertThat(page(get("/planer/" + plan + "/indsatser/standard?kind=PAU_EUD")
                                .header("HX-Request", "true")
                                .with(as(admin(K))))
                        .select("#suggestions li")
                        .text())
                .contains("Bøger og materialer");
    }

    @Test
    void aStaleFormSaysSomeoneElseChangedThePlanAndSavesNothing() throws Exception {
        UUID plan = PlanFixture.draft(plans, K);
        int stale = lock(plan);
        actingAs(admin(K), () -> plans.removeGoal(plan, stale, 0));
        MvcResult result = mvc.perform(post("/planer/" + plan + "/linjer/ny")
                        .with(csrf())
                        .with(as(admin(K)))
                        .param("version", Integer.toString(stale))
                        .param("year", "2024")
                        .param("type", "TRANSPORT")
                        .param("text", "Befordring")
                        .param("quantity", "10")
                        .param("unitPrice", "150")
                        .param("source", "OWN_BUDGET"))
                .andReturn();
        assertThat(result.getFlashMap().get("flashError")).asString().contains("En anden har ændret");
        assertThat(actingAs(admin(K), () -> plans.current(plan).content().totalOere()))
                .isEqualTo(RoedovrePlan.content().totalOere());
    }

    @Test
    void aLineInAYearNoRoundCoversIsShownOnTheFormInDanish() throws Exception {
        UUID plan = PlanFixture.draft(plans, K);
        Document html = page(post("/planer/" + plan + "/linjer/ny")
                .with(csrf())
                .with(as(finance(K)))
                .param("version", Integer.toString(lock(plan)))
                .param("year", "2024")
                .param("type", "TRANSPORT")
                .param("text", "Befordring")
                .param("quantity", "-3")
                .param("unitPrice", "150")
                .param("source", "POOL:" + RoedovrePlan.ROUND_2023));
        assertThat(html.select(".alert-error").text()).contains("Antal og pris kan ikke være negative");
        html = page(post("/planer/" + plan + "/linjer/ny")
                .with(csrf())
                .with(as(finance(K)))
                .param("version", Integer.toString(lock(plan)))
                .param("year", "2024")
                .param("type", "TRANSPORT")
                .param("text", "Befordring")
                .param("quantity", "3")
                .param("unitPrice", "150")
                .param("source", "POOL:" + RoedovrePlan.ROUND_2023));
        assertThat(html.select(".alert-error").text()).contains("dækker ikke 2024");
        assertThat(lock(plan)).isZero();
        assertThat(actingAs(admin(K), () -> plans.current(plan).content().status()))
                .isEqualTo(PlanStatus.DRAFT);
    }
}
