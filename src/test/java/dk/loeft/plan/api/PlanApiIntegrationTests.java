package dk.loeft.plan.api;

import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.as;
import static dk.loeft.testing.TestUsers.leader;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dk.loeft.IntegrationTest;
import dk.loeft.plan.Plans;
import dk.loeft.testing.PlanFixture;
import dk.loeft.testing.RoedovrePlan;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class PlanApiIntegrationTests {

    static final int K = 230;

    @Autowired
    MockMvc mvc;

    @Autowired
    Plans plans;

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(csrf())
                .with(as(admin(K)))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    @Test
    void aPlanComesWithItsBudgetAndFindings() throws Exception {
        UUID plan = PlanFixture.draft(plans, K);
        mvc.perform(get("/api/v1/plans/" + plan).with(as(leader(K))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.kommuneCode").value(K))
                .andExpect(jsonPath("$.content.status").value("DRAFT"))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.findings").isArray())
                .andExpect(jsonPath("$.budget.years[0]").value(2023))
                .andExpect(jsonPath("$.budget.total.amounts[1]").value(1_113_500_00L))
                .andExpect(jsonPath("$.budget.total.total")
                        .value(RoedovrePlan.content().totalOere()));
    }

    @Test
    void theForvaltningWritesSubmitsApprovesAndRevisesThroughTheApi() throws Exception {
        String created = mvc.perform(json(post("/api/v1/plans"), """
                        {"title": "API-plan", "firstYear": 2026, "lastYear": 2027, "background": "Baggrund"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.content.status").value("DRAFT"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String plan = JsonPath.read(created, "$.content.planId");
        String round = "6b1f3c1e-2a41-4c55-9a0e-000000002026";

        String initiative = JsonPath.read(
                mvc.perform(json(post("/api/v1/plans/" + plan + "/initiatives"), """
                                {"version": 0, "name": "PAU for dagplejere", "initiativeKind": "PAU_EUV1",
                                 "start": "2026-08-01", "end": "2027-06-30", "intakePerYear": {"2026": 4}}"""))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(json(post("/api/v1/plans/" + plan + "/cost-lines"), """
                        {"version": 1, "initiativeId": "%s", "year": 2026, "costType": "BOOKS", "text": "Materialer",
                         "quantity": 4, "unitPriceOere": 250000, "sourceKind": "POOL", "roundId": "%s"}""".formatted(initiative, round)))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/plans/" + plan).with(as(admin(K))))
                .andExpect(jsonPath("$.content.initiatives[0].informal").value(false))
                .andExpect(jsonPath("$.content.initiatives[0].monthsPerParticipant")
                        .value(10))
                .andExpect(jsonPath("$.budget.bySource[0].total").value(1_000_000));

        mvc.perform(json(post("/api/v1/plans/" + plan + "/submit"), "{\"version\": 2}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.status").value("SUBMITTED"));
        mvc.perform(json(post("/api/v1/plans/" + plan + "/approve"), """
                        {"version": 3, "body": "KOMMUNALBESTYRELSEN"}""")).andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/v1/plans/" + plan + "/approve"), """
                        {"version": 3, "body": "KOMMUNALBESTYRELSE", "date": "2026-01-15", "reference": "KB 15.01.2026 pkt. 4"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.status").value("APPROVED"))
                .andExpect(jsonPath("$.content.approval.bodyName").value("Kommunalbestyrelsen"));
        mvc.perform(json(put("/api/v1/plans/" + plan + "/texts"), """
                        {"version": 4, "title": "Ændret", "firstYear": 2026, "lastYear": 2027}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Start en revision")));
        mvc.perform(json(post("/api/v1/plans/" + plan + "/revise"), "{\"version\": 4}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.content.versionNo").value(2))
                .andExpect(jsonPath("$.content.status").value("DRAFT"));
        mvc.perform(get("/api/v1/plans/" + plan + "/changes?from=1&to=2").with(as(admin(K))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines").isEmpty());
    }

    @Test
    void aStaleVersionIsAConflictAndBadInputAClearDanishProblem() throws Exception {
        UUID plan = PlanFixture.draft(plans, K);
        mvc.perform(json(put("/api/v1/plans/" + plan + "/texts"), """
                        {"version": 7, "title": "Ny titel", "firstYear": 2023, "lastYear": 2025}""")).andExpect(status().isConflict());
        mvc.perform(json(post("/api/v1/plans/" + plan + "/cost-lines"), """
                        {"version": 0, "initiativeId": "%s", "year": 2031, "costType": "BOOKS", "text": "Bøger",
                         "quantity": 1, "unitPriceOere": 100, "sourceKind": "OWN_BUDGET"}""".formatted(RoedovrePlan.MERIT)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("uden for planens år")));
        mvc.perform(json(post("/api/v1/plans/" + plan + "/cost-lines"), """
                        {"version": 0, "initiativeId": "%s", "year": 2024, "costType": "BOOKS", "text": "Bøger",
                         "quantity": 1, "unitPriceOere": 100, "sourceKind": "OWN_BUDGET"}""".formatted(UUID.randomUUID())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Indsatsen findes ikke")));
        mvc.perform(get("/api/v1/plans/" + plan).with(as(admin(K))))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(
                        jsonPath("$.content.title").value(RoedovrePlan.content().title()));
        mvc.perform(get("/api/v1/plans/" + plan).with(as(admin(K + 1)))).andExpect(status().isNotFound());
    }
}
