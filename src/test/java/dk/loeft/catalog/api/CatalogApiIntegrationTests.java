package dk.loeft.catalog.api;

import static dk.loeft.testing.TestUsers.actingAs;
import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.as;
import static dk.loeft.testing.TestUsers.leader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import dk.loeft.IntegrationTest;
import dk.loeft.catalog.Catalog;
import dk.loeft.catalog.Offering;
import dk.loeft.catalog.Provider;
import dk.loeft.testing.CourseFixture;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The catalogue API: create, publish and check an offering; problem details for bad input, stale versions and foreign ids. */
@IntegrationTest
class CatalogApiIntegrationTests {

    static final int K = 240;
    static final int OTHER = 250;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Catalog catalog;

    MvcResult call(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn();
    }

    static String offering(UUID provider, String title) {
        return """
                {"providerId": "%s", "title": "%s", "kind": "LEARNING_DAYS", "delivery": "PLACE", "place": "Campus",
                 "startDate": "2027-02-01", "endDate": "2027-03-01", "capacity": 24, "minimumParticipants": 8,
                 "priceOere": 450000, "targetRoles": ["LEDER", "SOUSCHEF"], "learningDays": 3,
                 "hoursPerLearningDay": 7.0, "teachingHours": 21, "completionDocument": true,
                 "sessions": [{"startsAt": "2027-02-01T08:00:00Z", "endsAt": "2027-02-01T15:30:00Z", "title": "Dag 1"}]}""".formatted(provider, title);
    }

    @Test
    void anOfferingIsCreatedPublishedAndCheckedAgainstTheLearningDaysFrame() throws Exception {
        Provider provider = new CourseFixture(K, context).provider("API-skolen");

        MvcResult created =
                call(post("/api/v1/catalog/offerings").with(as(admin(K))), offering(provider.id(), "API-dage"));
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        String id = JsonPath.read(created.getResponse().getContentAsString(), "$.offering.id");

        MvcResult chosen = call(
                put("/api/v1/catalog/offerings/" + id + "/frameworks").with(as(admin(K))),
                "{\"frameworkIds\": [\"00000003-0000-4000-8000-000000000001\"]}");
        assertThat(chosen.getResponse().getStatus()).isEqualTo(200);
        String check = chosen.getResponse().getContentAsString();
        assertThat((Boolean) JsonPath.read(check, "$[0].allMet")).isTrue();
        List<Object> hours = JsonPath.read(check, "$[0].demands[?(@.code == 'HOURS')].actual");
        assertThat(hours).containsExactly(7.0);

        MvcResult published =
                call(post("/api/v1/catalog/offerings/" + id + "/publish").with(as(admin(K))), "{\"version\": 0}");
        assertThat(published.getResponse().getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(published.getResponse().getContentAsString(), "$.offering.status"))
                .isEqualTo("PUBLISHED");
        MvcResult read = mvc.perform(get("/api/v1/catalog/offerings/" + id + "/framework-check")
                        .with(as(leader(K))))
                .andReturn();
        assertThat(read.getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void badInputAndAStaleVersionAreProblemDetailsInDanishAndChangeNothing() throws Exception {
        var courses = new CourseFixture(K, context);
        Offering existing = courses.learningDays("API-konflikt", LocalDate.of(2027, 4, 1), 20, 5);

        MvcResult invalid = call(
                post("/api/v1/catalog/offerings").with(as(admin(K))),
                offering(existing.providerId(), "").replace("\"capacity\": 24", "\"capacity\": 0"));
        assertThat(invalid.getResponse().getStatus()).isEqualTo(400);
        assertThat(invalid.getResponse().getContentType()).contains("application/problem+json");
        assertThat(invalid.getResponse().getContentAsString())
                .contains("skal udfyldes")
                .contains("skal være mindst 1");

        MvcResult rule = call(
                post("/api/v1/catalog/offerings").with(as(admin(K))),
                offering(existing.providerId(), "Min over kapacitet")
                        .replace("\"minimumParticipants\": 8", "\"minimumParticipants\": 30"));
        assertThat(rule.getResponse().getStatus()).isIn(400, 422);
        assertThat(rule.getResponse().getContentAsString()).contains("Mindste antal deltagere");

        MvcResult stale = call(
                put("/api/v1/catalog/offerings/" + existing.id()).with(as(admin(K))),
                offering(existing.providerId(), "Overskrevet")
                        .replace("{\"providerId\"", "{\"version\": " + (existing.version() + 5) + ", \"providerId\""));
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(actingAs(admin(K), () -> catalog.offering(existing.id()).title()))
                .isEqualTo(existing.title());
    }

    @Test
    void anotherKommunesIdsAreNotFoundThroughTheApi() throws Exception {
        var theirs = new CourseFixture(OTHER, context);
        Offering offering = theirs.learningDays("Deres API", LocalDate.of(2027, 4, 1), 20, 5);

        assertThat(mvc.perform(get("/api/v1/catalog/offerings/" + offering.id()).with(as(admin(K))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(call(
                                post("/api/v1/catalog/offerings/" + offering.id() + "/cancellation")
                                        .with(as(admin(K))),
                                "{\"version\": %d, \"reason\": \"Overtaget\"}".formatted(offering.version()))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(call(
                                post("/api/v1/catalog/offerings").with(as(admin(K))),
                                offering(offering.providerId(), "Med fremmed udbyder"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(actingAs(
                        admin(OTHER),
                        () -> catalog.offering(offering.id()).status().name()))
                .isEqualTo("PUBLISHED");
    }
}
