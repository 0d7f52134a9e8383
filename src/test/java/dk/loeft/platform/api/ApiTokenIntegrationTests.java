package dk.loeft.platform.api;

import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.as;
import static dk.loeft.testing.TestUsers.leader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.loeft.IntegrationTest;
import dk.loeft.institution.Institution;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.testing.KommuneFixture;
import dk.loeft.testing.TestUsers;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class ApiTokenIntegrationTests {

    static final int K = 163;
    static final int OTHER = 159;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokenService tokens;

    KommuneFixture k;

    @BeforeEach
    void fixture() {
        k = new KommuneFixture(K, context);
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    @Test
    void aValidTokenActsAsTheForvaltningOfItsOwnKommune() throws Exception {
        String token = k.token("Lønsystem").plainText();
        mvc.perform(get("/api/v1/kommuner").header(HttpHeaders.AUTHORIZATION, bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].code").value(K));
    }

    @Test
    void aTokenWritesWithoutACsrfTokenAndCreatesNoSession() throws Exception {
        String token = k.token("HR").plainText();
        MvcResult result = mvc.perform(post("/api/v1/areas")
                        .header(HttpHeaders.AUTHORIZATION, bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Fra HR " + k.suffix + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kommuneCode").value(K))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void aSessionWriteWithoutCsrfIsRefusedWithAProblem() throws Exception {
        mvc.perform(post("/api/v1/areas")
                        .with(as(admin(K)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Uden CSRF " + k.suffix + "\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(
                        jsonPath("$.detail")
                                .value(
                                        "Forespørgslen mangler et gyldigt CSRF-token. Send headeren X-CSRF-TOKEN fra siden, eller brug en API-nøgle."));
        mvc.perform(post("/api/v1/areas")
                        .with(as(admin(K)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Med CSRF " + k.suffix + "\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void aRevokedTokenIsRefusedWith401() throws Exception {
        ApiTokenService.IssuedToken issued = k.token("Gammelt BI");
        mvc.perform(get("/api/v1/areas").header(HttpHeaders.AUTHORIZATION, bearer(issued.plainText())))
                .andExpect(status().isOk());
        TestUsers.actingAs(admin(K), () -> tokens.revoke(issued.token().id()));

        mvc.perform(get("/api/v1/areas").header(HttpHeaders.AUTHORIZATION, bearer(issued.plainText())))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\""))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:loeft:problem:unauthorized"))
                .andExpect(jsonPath("$.title").value("Ikke logget ind"))
                .andExpect(jsonPath("$.detail").value("API-nøglen er ukendt eller tilbagekaldt."));
    }

    @Test
    void anUnknownTokenIsRefusedWith401EvenWithASession() throws Exception {
        mvc.perform(get("/api/v1/areas")
                        .with(as(admin(K)))
                        .header(HttpHeaders.AUTHORIZATION, bearer("loeft_" + UUID.randomUUID())))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/areas").header(HttpHeaders.AUTHORIZATION, bearer("noget-helt-andet")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void withoutTokenOrSessionTheApiAnswers401ProblemNotALoginPage() throws Exception {
        mvc.perform(get("/api/v1/institutions"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail")
                        .value("Send en API-nøgle i headeren Authorization: Bearer <nøgle>, eller log ind."));
    }

    @Test
    void aTokenSeesNothingOfAnotherKommune() throws Exception {
        String token = k.token("Nysgerrig").plainText();
        Institution foreign = new KommuneFixture(OTHER, context).institution("Andens", null);
        mvc.perform(get("/api/v1/institutions/" + foreign.id()).header(HttpHeaders.AUTHORIZATION, bearer(token)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/institutions")
                        .param("kommune", Integer.toString(OTHER))
                        .header(HttpHeaders.AUTHORIZATION, bearer(token)))
                .andExpect(jsonPath(
                        "$.items[*].id",
                        org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.hasItem(foreign.id().toString()))));
        mvc.perform(get("/api/v1/kommuner/" + OTHER).header(HttpHeaders.AUTHORIZATION, bearer(token)))
                .andExpect(status().isNotFound());
    }

    @Test
    void storesOnlyTheHashOfTheToken() {
        ApiTokenService.IssuedToken issued = k.token("Hash");
        String stored = jdbc.sql("select token_hash from api_token where id = :id")
                .param("id", issued.token().id())
                .query(String.class)
                .single();
        assertThat(issued.plainText()).startsWith("loeft_").hasSizeGreaterThan(40);
        assertThat(stored)
                .isEqualTo(ApiTokenService.hash(issued.plainText()))
                .hasSize(64)
                .isNotEqualTo(issued.plainText());
        Long plainAnywhere = jdbc.sql("select count(*) from api_token t where t::text like :plain")
                .param("plain", "%" + issued.plainText() + "%")
                .query(Long.class)
                .single();
        assertThat(plainAnywhere).isZero();
    }

    @Test
    void recordsWhenATokenWasLastUsedAtMostOnceAMinute() throws Exception {
        ApiTokenService.IssuedToken issued = k.token("Tæller");
        assertThat(lastUsed(issued)).isNull();
        mvc.perform(get("/api/v1/areas").header(HttpHeaders.AUTHORIZATION, bearer(issued.plainText())));
        Instant first = lastUsed(issued);
        assertThat(first).isNotNull();

        Instant thirtySecondsAgo = Instant.now().minus(30, ChronoUnit.SECONDS);
        setLastUsed(issued, thirtySecondsAgo);
        Instant stored = lastUsed(issued);
        mvc.perform(get("/api/v1/areas").header(HttpHeaders.AUTHORIZATION, bearer(issued.plainText())));
        assertThat(lastUsed(issued))
                .as("used again within the minute: not written")
                .isEqualTo(stored);

        setLastUsed(issued, Instant.now().minus(2, ChronoUnit.MINUTES));
        mvc.perform(get("/api/v1/areas").header(HttpHeaders.AUTHORIZATION, bearer(issued.plainText())));
        assertThat(lastUsed(issued)).isAfter(thirtySecondsAgo);
        assertThat(version(issued))
                .as("using a token never touches its version")
                .isEqualTo(issued.token().version());
    }

    @Test
    void theForvaltningIssuesATokenShownOnceListsItAndRevokesIt() throws Exception {
        String name = "Integration " + k.suffix;
        MvcResult issued = mvc.perform(post("/brugere/api-noegler")
                        .with(as(admin(K)))
                        .with(csrf())
                        .param("name", name))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/brugere/api-noegler"))
                .andExpect(flash().attributeExists("issuedToken"))
                .andReturn();
        String plain = (String) issued.getFlashMap().get("issuedToken");
        assertThat(plain).startsWith("loeft_");

        String page = mvc.perform(get("/brugere/api-noegler").with(as(admin(K))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(name).doesNotContain(plain);

        UUID id = jdbc.sql("select id from api_token where name = :name")
                .param("name", name)
                .query(UUID.class)
                .single();
        mvc.perform(post("/brugere/api-noegler/" + id + "/tilbagekald")
                        .with(as(admin(K)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "flashSuccess", "API-nøglen " + name + " er tilbagekaldt og virker ikke længere."));
        mvc.perform(get("/api/v1/areas").header(HttpHeaders.AUTHORIZATION, bearer(plain)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenNeedsANameAndTheNameMustBeFreeAmongActiveTokens() throws Exception {
        String page = mvc.perform(post("/brugere/api-noegler")
                        .with(as(admin(K)))
                        .with(csrf())
                        .param("name", " "))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Giv nøglen et navn");
        k.token("Optaget");
        String again = mvc.perform(post("/brugere/api-noegler")
                        .with(as(admin(K)))
                        .with(csrf())
                        .param("name", k.unique("Optaget")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again).contains("Der findes allerede en aktiv API-nøgle med navnet " + k.unique("Optaget"));
    }

    @Test
    void onlyTheForvaltningManagesTokensAndNeverAnotherKommunes() throws Exception {
        ApiTokenService.IssuedToken foreign = new KommuneFixture(OTHER, context).token("Fremmed nøgle");
        mvc.perform(get("/brugere/api-noegler").with(as(leader(K, UUID.randomUUID()))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/brugere/api-noegler/" + foreign.token().id() + "/tilbagekald")
                        .with(as(admin(K)))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        String page = mvc.perform(get("/brugere/api-noegler").with(as(admin(K))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain(foreign.token().name());
        mvc.perform(get("/api/v1/areas").header(HttpHeaders.AUTHORIZATION, bearer(foreign.plainText())))
                .andExpect(status().isOk());
    }

    private Instant lastUsed(ApiTokenService.IssuedToken issued) {
        Timestamp at = jdbc.sql("select last_used_at from api_token where id = :id")
                .param("id", issued.token().id())
                .query(Timestamp.class)
                .optional()
                .orElse(null);
        return at == null ? null : at.toInstant();
    }

    private int version(ApiTokenService.IssuedToken issued) {
        return jdbc.sql("select version from api_token where id = :id")
                .param("id", issued.token().id())
                .query(Integer.class)
                .single();
    }

    private void setLastUsed(ApiTokenService.IssuedToken issued, Instant at) {
        Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql("update api_token set last_used_at = :at where id = :id")
                .param("at", Timestamp.from(at))
                .param("id", issued.token().id())
                .update());
    }
}
