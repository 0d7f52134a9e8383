package dk.loeft.institution.api;

import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.as;
import static dk.loeft.testing.TestUsers.leader;
import static dk.loeft.testing.TestUsers.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dk.loeft.IntegrationTest;
import dk.loeft.institution.Area;
import dk.loeft.institution.Institution;
import dk.loeft.testing.KommuneFixture;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class InstitutionApiIntegrationTests {

    static final int K = 157;
    static final int OTHER = 159;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    KommuneFixture k;

    @BeforeEach
    void fixture() {
        k = new KommuneFixture(K, context);
    }

    @Test
    void createsAnInstitutionAndAnswers201WithItsLocationAndAllFields() throws Exception {
        Area area = k.area("Vest");
        String number = "C" + k.suffix;
        String body = mvc.perform(post("/api/v1/institutions")
                        .with(as(admin(K)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"number": "%s", "name": "Mælkebøtten", "kind": "VUGGESTUE", "ownership": "SELVEJENDE",
                                 "areaId": "%s", "street": "Byvej 2", "postalCode": "2600", "city": "Glostrup"}""".formatted(number, area.id())))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/institutions/")))
                .andExpect(jsonPath("$.kommuneCode").value(K))
                .andExpect(jsonPath("$.number").value(number))
                .andExpect(jsonPath("$.name").value("Mælkebøtten"))
                .andExpect(jsonPath("$.kind").value("VUGGESTUE"))
                .andExpect(jsonPath("$.ownership").value("SELVEJENDE"))
                .andExpect(jsonPath("$.poolEligible").value(true))
                .andExpect(jsonPath("$.areaId").value(area.id().toString()))
                .andExpect(jsonPath("$.areaName").value(area.name()))
                .andExpect(jsonPath("$.postalCode").value("2600"))
                .andExpect(jsonPath("$.version").isNumber())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(body, "$.id");

        mvc.perform(get("/api/v1/institutions/" + id).with(as(admin(K))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Mælkebøtten"));
    }

    @Test
    void listsTheKommunesInstitutionsFilteredAndPageByPage() throws Exception {
        String marker = "Listetest " + k.suffix;
        for (int n = 1; n <= 3; n++) {
            mvc.perform(post("/api/v1/institutions")
                            .with(as(admin(K)))
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"number": "L%d%s", "name": "%s %d", "kind": "%s", "ownership": "KOMMUNAL"}""".formatted(n, k.suffix, marker, n, n == 3 ? "SFO" : "BOERNEHAVE")))
                    .andExpect(status().isCreated());
        }

        mvc.perform(get("/api/v1/institutions")
                        .param("q", marker)
                        .param("size", "2")
                        .with(as(admin(K))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.items[0].name").value(marker + " 1"));
        mvc.perform(get("/api/v1/institutions")
                        .param("q", marker)
                        .param("size", "2")
                        .param("page", "1")
                        .with(as(admin(K))))
                .andExpect(jsonPath("$.items[*].name", containsInAnyOrder(marker + " 3")));
        mvc.perform(get("/api/v1/institutions")
                        .param("q", marker)
                        .param("kind", "SFO")
                        .with(as(admin(K))))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].poolEligible").value(false));
    }

    @Test
    void rejectsAnInvalidInstitutionWith400AndDanishFieldErrors() throws Exception {
        mvc.perform(post("/api/v1/institutions")
                        .with(as(admin(K)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"number": "", "name": " ", "kind": "VUGGESTUE", "postalCode": "26"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:loeft:problem:validation"))
                .andExpect(jsonPath("$.title").value("Ugyldige oplysninger"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(
                        jsonPath("$.errors[*].field", containsInAnyOrder("number", "name", "ownership", "postalCode")))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value(hasItem("skal udfyldes")))
                .andExpect(jsonPath("$.errors[?(@.field == 'postalCode')].message")
                        .value(hasItem("skal være et postnummer på 4 cifre")));
    }

    @Test
    void rejectsAnUnknownKindAsUnreadableNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/institutions")
                        .with(as(admin(K)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"number": "U1", "name": "X", "kind": "SKOLE", "ownership": "KOMMUNAL"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].message").value("Værdien har ikke det rigtige format."));
    }

    @Test
    void answers422WhenTheInstitutionNumberIsTaken() throws Exception {
        Institution existing = k.institution("Dublet", null);
        mvc.perform(post("/api/v1/institutions")
                        .with(as(admin(K)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"number": "%s", "name": "Anden", "kind": "VUGGESTUE", "ownership": "KOMMUNAL"}""".formatted(existing.number())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:loeft:problem:rule-violation"))
                .andExpect(jsonPath("$.code").value("institution.error.number.taken"))
                .andExpect(jsonPath("$.detail")
                        .value("Kommunen har allerede en institution med nummer " + existing.number()));
    }

    @Test
    void answers409WhenAChangeIsSentWithAStaleVersion() throws Exception {
        Institution institution = k.institution("Versionstest", null);
        String change = """
                {"version": %d, "name": "Nyt navn %s", "kind": "INTEGRERET", "ownership": "KOMMUNAL"}""";
        mvc.perform(put("/api/v1/institutions/" + institution.id())
                        .with(as(admin(K)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change.formatted(institution.version(), "1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Nyt navn 1"))
                .andExpect(jsonPath("$.version").value(institution.version() + 1));

        mvc.perform(put("/api/v1/institutions/" + institution.id())
                        .with(as(admin(K)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change.formatted(institution.version(), "2")))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:loeft:problem:conflict"))
                .andExpect(jsonPath("$.title").value("Konflikt"));

        mvc.perform(get("/api/v1/institutions/" + institution.id()).with(as(admin(K))))
                .andExpect(jsonPath("$.name").value("Nyt navn 1"));
    }

    @Test
    void aPutWithoutVersionIsAValidationError() throws Exception {
        Institution institution = k.institution("Uden version", null);
        mvc.perform(put("/api/v1/institutions/" + institution.id())
                        .with(as(admin(K)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "X", "kind": "INTEGRERET", "ownership": "KOMMUNAL"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void anotherKommunesInstitutionIsNotFoundAndCannotBeChanged() throws Exception {
        Institution foreign = new KommuneFixture(OTHER, context).institution("Fremmed", null);
        mvc.perform(get("/api/v1/institutions/" + foreign.id()).with(as(admin(K))))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:loeft:problem:not-found"))
                .andExpect(jsonPath("$.title").value("Findes ikke"));
        mvc.perform(put("/api/v1/institutions/" + foreign.id())
                        .with(as(admin(K)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"version": %d, "name": "Overtaget", "kind": "INTEGRERET", "ownership": "KOMMUNAL"}""".formatted(foreign.version())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/institutions")
                        .param("kommune", Integer.toString(OTHER))
                        .with(as(admin(K))))
                .andExpect(jsonPath("$.items[*].kommuneCode")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(K))));
    }

    @Test
    void aLeaderCannotCreateInstitutionsAndAStaffMemberCannotListThem() throws Exception {
        Institution own = k.institution("Lederens", null);
        mvc.perform(post("/api/v1/institutions")
                        .with(as(leader(K, own.id())))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"number": "LD%s", "name": "Ny", "kind": "VUGGESTUE", "ownership": "KOMMUNAL"}""".formatted(k.suffix)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:loeft:problem:forbidden"))
                .andExpect(jsonPath("$.title").value("Ingen adgang"));
        mvc.perform(get("/api/v1/institutions").with(as(leader(K, own.id()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].id").value(own.id().toString()));
        mvc.perform(get("/api/v1/institutions").with(as(staff(K, UUID.randomUUID()))))
                .andExpect(status().isForbidden());
    }

    @Test
    void recordsChildrenPerMonthAndRefusesToOverwriteACountSomeoneElseRecorded() throws Exception {
        Institution institution = k.institution("Børnetal", null);
        String url = "/api/v1/institutions/" + institution.id() + "/children-counts/2026-02";
        mvc.perform(put(url).with(as(admin(K)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"children02": 12.5, "children35": 30}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.month").value("2026-02"))
                .andExpect(jsonPath("$.children02").value(12.5))
                .andExpect(jsonPath("$.version").value(1));

        mvc.perform(put(url).with(as(admin(K)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"children02": 1, "children35": 1}"""))
                .andExpect(status().isConflict());
        mvc.perform(put(url).with(as(admin(K)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"children02": 13, "children35": 31, "version": 1}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));
        mvc.perform(put(url).with(as(admin(K)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"children02": -1, "children35": 31, "version": 2}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("children02"))
                .andExpect(jsonPath("$.errors[0].message").value("må ikke være negativ"));

        mvc.perform(get("/api/v1/institutions/" + institution.id() + "/children-counts")
                        .with(as(admin(K))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].children02").value(13))
                .andExpect(jsonPath("$[0].children35").value(31));
    }

    @Test
    void aMonthThatIsNotAMonthIsABadRequest() throws Exception {
        Institution institution = k.institution("Månedstest", null);
        mvc.perform(put("/api/v1/institutions/" + institution.id() + "/children-counts/februar")
                        .with(as(admin(K)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"children02": 1, "children35": 1}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void createsAreasAndRefusesADuplicateName() throws Exception {
        String name = "Øst " + k.suffix;
        mvc.perform(post("/api/v1/areas")
                        .with(as(admin(K)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + name + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.kommuneCode").value(K));
        mvc.perform(post("/api/v1/areas")
                        .with(as(admin(K)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + name + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Kommunen har allerede et område, der hedder " + name));
        mvc.perform(get("/api/v1/areas").with(as(admin(K)))).andExpect(jsonPath("$[*].name", hasItem(name)));
    }

    @Test
    void aKommuneSeesOnlyItselfInTheKommuneList() throws Exception {
        mvc.perform(get("/api/v1/kommuner").with(as(admin(K))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].code").value(K))
                .andExpect(jsonPath("$[0].name").value("Gentofte"))
                .andExpect(jsonPath("$[0].coverageTarget").value(0.85));
        mvc.perform(get("/api/v1/kommuner/" + OTHER).with(as(admin(K)))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/kommuner").with(as(dk.loeft.testing.TestUsers.national())))
                .andExpect(jsonPath("$", hasSize(98)));
    }

    @Test
    void unreadableJsonIsA400ProblemInDanish() throws Exception {
        mvc.perform(post("/api/v1/areas")
                        .with(as(admin(K)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Forespørgslens indhold kunne ikke læses. Send gyldig JSON."));
    }

    @Test
    void anUnknownApiAddressIsA404Problem() throws Exception {
        String body = mvc.perform(get("/api/v1/findes-ikke").with(as(admin(K))))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).contains("Findes ikke");
    }
}
