package dk.loeft.platform.web;

import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.as;
import static dk.loeft.testing.TestUsers.leader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.loeft.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class ErrorPagesIntegrationTests {

    static final int K = 175;

    @Autowired
    MockMvc mvc;

    private String page(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML))
                .andExpect(status().is(expectedStatus))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void somethingThatDoesNotExistGetsTheDanish404PageInTheLayout() throws Exception {
        String html =
                page(get("/institutioner/" + UUID.randomUUID() + "/rediger").with(as(admin(K))), 404);
        assertThat(html)
                .contains("<h1>Siden findes ikke</h1>")
                .contains("Det, du leder efter, findes ikke – eller du har ikke adgang til det.")
                .contains("Test KOMMUNE_ADMIN, Forvaltning")
                .contains(admin(K).kommuneName())
                .contains("lang=\"da\"");
    }

    @Test
    void anAddressWithAMalformedIdOrNoPageAtAllIsAlsoA404Page() throws Exception {
        assertThat(page(get("/institutioner/ikke-et-id/rediger").with(as(admin(K))), 404))
                .contains("Siden findes ikke");
        assertThat(page(get("/ingen-side-her").with(as(admin(K))), 404)).contains("Siden findes ikke");
    }

    @Test
    void aRoleWithoutAccessGetsTheDanish403Page() throws Exception {
        String html = page(get("/brugere").with(as(leader(K, UUID.randomUUID()))), 403);
        assertThat(html)
                .contains("<h1>Ingen adgang</h1>")
                .contains("Din rolle giver ikke adgang til denne side eller handling.");
    }

    @Test
    void aMethodAnAddressDoesNotTakeIsA405PageOrA405ProblemForTheApi() throws Exception {
        assertThat(page(delete("/omraader").with(as(admin(K))).with(csrf()), 405))
                .contains("Der opstod en fejl");
        mvc.perform(delete("/api/v1/areas").with(as(admin(K))).with(csrf()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", org.hamcrest.Matchers.containsString("GET")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Metoden understøttes ikke"))
                .andExpect(jsonPath("$.detail").value("Metoden DELETE understøttes ikke her."));
    }

    @Test
    void theApiRefusesContentThatIsNotJsonWithA415Problem() throws Exception {
        mvc.perform(post("/api/v1/areas")
                        .with(as(admin(K)))
                        .with(csrf())
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("Nord"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.title").value("Indholdstypen understøttes ikke"));
    }
}
