package dk.loeft.funding;

import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.as;
import static dk.loeft.testing.TestUsers.national;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dk.loeft.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class FundingApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void everyoneReadsTheRoundsWithTheirMoneyAndSources() throws Exception {
        mvc.perform(get("/api/v1/rounds").with(as(admin(175))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[0].years[0].amountKroner", is(107_000_000)))
                .andExpect(jsonPath("$[0].informalCapPercent", is(10.0)))
                .andExpect(jsonPath("$[2].localPlanRequired", is(true)))
                .andExpect(jsonPath("$[2].sources[*].field", hasItem("localPlan")));
    }

    @Test
    void theMinistryImportsAllocatesAndPublishesThroughTheApi() throws Exception {
        FundingFixture funding = new FundingFixture(context);
        funding.noPreview();
        byte[] csv = FundingFixture.csv(funding.kommuner(code -> 1_000 + code)).getBytes(StandardCharsets.UTF_8);
        String imported = mvc.perform(multipart("/api/v1/allocation-keys")
                        .file(new MockMultipartFile("file", "api.csv", "text/csv", csv))
                        .param("name", "API-nøgle")
                        .param("ageFrom", "0")
                        .param("ageTo", "5")
                        .param("referenceYear", "2026")
                        .param("source", "Test")
                        .with(csrf())
                        .with(as(national())))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String keyId = JsonPath.read(imported, "$.keyId");

        String created = mvc.perform(post("/api/v1/allocations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"roundId": "%s", "keyId": "%s", "firstYear": 2026, "lastYear": 2026}""".formatted(FundingFixture.ROUND_2026, keyId))
                        .with(csrf())
                        .with(as(national())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status", is("PREVIEW")))
                .andExpect(jsonPath("$.lines", hasSize(98)))
                .andExpect(jsonPath("$.totalKroner", is(195_900_000)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(created, "$.id");
        int version = JsonPath.read(created, "$.version");

        mvc.perform(post("/api/v1/allocations/" + id + "/publish")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + (version + 1) + "}")
                        .with(csrf())
                        .with(as(national())))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/allocations/" + id + "/publish")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + "}")
                        .with(csrf())
                        .with(as(national())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("PUBLISHED")));

        String grants = mvc.perform(get("/api/v1/grants").with(as(admin(175))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<java.util.List<Integer>>read(grants, "$[*].kommuneCode"))
                .containsOnly(175);
        assertThat(JsonPath.<java.util.List<Integer>>read(grants, "$[?(@.year == 2026)].amountKroner"))
                .hasSize(1);
    }

    @Test
    void aBadKeyFileIsRefusedWith422AndEveryProblem() throws Exception {
        mvc.perform(multipart("/api/v1/allocation-keys")
                        .file(new MockMultipartFile(
                                "file",
                                "fejl.csv",
                                "text/csv",
                                "kommunekode;børn\n101;-1\n".getBytes(StandardCharsets.UTF_8)))
                        .param("name", "Fejl")
                        .param("ageFrom", "0")
                        .param("ageTo", "5")
                        .param("referenceYear", "2026")
                        .param("source", "Test")
                        .with(csrf())
                        .with(as(national())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath(
                        "$.problems", hasItem("Række 2, kolonne børn: antallet af børn kan ikke være negativt (-1).")))
                .andExpect(jsonPath("$.problems", hasSize(98)));
    }

    @Test
    void kommuneUsersCannotImportAllocateOrChangeRounds() throws Exception {
        mvc.perform(post("/api/v1/allocations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"roundId": "%s", "keyId": "%s", "firstYear": 2026, "lastYear": 2026}""".formatted(FundingFixture.ROUND_2026, FundingFixture.ROUND_2026))
                        .with(csrf())
                        .with(as(admin(175))))
                .andExpect(status().isForbidden());
    }
}
