package dk.loeft.catalog.web;

import static dk.loeft.testing.TestUsers.actingAs;
import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.as;
import static dk.loeft.testing.TestUsers.leader;
import static dk.loeft.testing.TestUsers.national;
import static dk.loeft.testing.TestUsers.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.loeft.IntegrationTest;
import dk.loeft.catalog.Catalog;
import dk.loeft.catalog.Offering;
import dk.loeft.catalog.OfferingFilter;
import dk.loeft.catalog.OfferingStatus;
import dk.loeft.catalog.Provider;
import dk.loeft.institution.Institution;
import dk.loeft.staff.StaffMember;
import dk.loeft.testing.CourseFixture;
import dk.loeft.testing.KommuneFixture;
import java.time.LocalDate;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The catalogue's pages as the forvaltning, a leader and a staff member use them; bad input and stale forms. */
@IntegrationTest
class CatalogPagesIntegrationTests {

    static final int K = 240;
    static final int OTHER = 250;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Catalog catalog;

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(request.toString()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    MockHttpServletRequestBuilder offeringForm(String path, Provider provider, String title) {
        return offeringForm(path, provider, title, "25", "12.500", "15:00");
    }

    MockHttpServletRequestBuilder offeringForm(
            String path, Provider provider, String title, String capacity, String price, String sessionTo) {
        return post(path)
                .with(csrf())
                .param("providerId", provider.id().toString())
                .param("title", title)
                .param("kind", "DIPLOMA_MODULE")
                .param("delivery", "BLENDED")
                .param("place", "Campus Emdrup")
                .param("startDate", "2027-02-01")
                .param("endDate", "2027-05-31")
                .param("capacity", capacity)
                .param("minimumParticipants", "0")
                .param("price", price)
                .param("targetRoles", "PAEDAGOG")
                .param("teachingHours", "40")
                .param("supervisions", "2")
                .param("hoursPerLearningDay", "0")
                .param("exam", "true")
                .param("completionDocument", "true")
                .param("moduleName", "Pædagogisk arbejde med læreplanen", "")
                .param("moduleEcts", "10", "")
                .param("sessionId", "", "")
                .param("sessionDate", "2027-02-01", "")
                .param("sessionFrom", "09:00", "")
                .param("sessionTo", sessionTo, "")
                .param("sessionPlace", "Campus Emdrup", "")
                .param("sessionTitle", "Opstart", "");
    }

    @Test
    void theForvaltningCreatesAnOfferingWithModulesAndSessionsAndSeesItsFrameCheck() throws Exception {
        Provider provider = new CourseFixture(K, context).provider("KP");
        page(get("/katalog/ny").with(as(admin(K))));

        MvcResult created = mvc.perform(offeringForm("/katalog/ny", provider, "Fyrtårnsmodul " + provider.id())
                        .with(as(admin(K))))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        String path = created.getResponse().getRedirectedUrl();
        Offering offering = actingAs(
                admin(K), () -> catalog.offerings(new OfferingFilter(OfferingStatus.DRAFT, null, provider.id(), null))
                        .getFirst());
        assertThat(path).isEqualTo("/katalog/" + offering.id());
        assertThat(offering.priceOere()).isEqualTo(1_250_000);
        assertThat(offering.ects()).isEqualTo(10);
        assertThat(offering.sessions()).hasSize(1);

        mvc.perform(post(path + "/rammer")
                .with(csrf())
                .with(as(admin(K)))
                .param("framework", "00000003-0000-4000-8000-000000000003"));
        Document html = page(get(path).with(as(admin(K))));
        assertThat(html.select("h1").text()).startsWith("Fyrtårnsmodul");
        assertThat(html.select("#price").text()).isEqualTo("12.500 kr.");
        assertThat(html.select("#check-DIPLOM_FYRTAARNE").text()).contains("Alle krav er opfyldt");
        assertThat(html.select("#publish")).hasSize(1);

        mvc.perform(post(path + "/offentliggoer")
                .with(csrf())
                .with(as(admin(K)))
                .param("version", Integer.toString(offering.version())));
        assertThat(actingAs(admin(K), () -> catalog.offering(offering.id()).status()))
                .isEqualTo(OfferingStatus.PUBLISHED);
    }

    @Test
    void badInputIsShownInDanishBesideTheFieldsAndNothingIsCreated() throws Exception {
        Provider provider = new CourseFixture(K, context).provider("Fejlskolen");
        Document html = page(offeringForm("/katalog/ny", provider, "", "0", "tolv kroner", "")
                .with(as(admin(K))));

        String errors = html.select(".alert-error").text();
        assertThat(errors).contains("Skriv udbuddets titel.");
        assertThat(errors).contains("Antal pladser skal være mindst 1.");
        assertThat(errors).contains("Skriv prisen i kroner");
        assertThat(errors).contains("Undervisningsgang i række 1");
        assertThat(actingAs(admin(K), () -> catalog.offerings(new OfferingFilter(null, null, provider.id(), null))))
                .isEmpty();
    }

    @Test
    void aStaleEditFormIsAnsweredWithTheConflictMessageAndChangesNothing() throws Exception {
        var courses = new CourseFixture(K, context);
        Offering offering = courses.learningDays("Konflikt", LocalDate.of(2027, 3, 1), 20, 5);
        page(get("/katalog/" + offering.id() + "/rediger").with(as(admin(K))));

        MvcResult stale = mvc.perform(offeringForm(
                                "/katalog/" + offering.id() + "/rediger",
                                actingAs(admin(K), () -> catalog.provider(offering.providerId())),
                                "Overskrevet")
                        .param("version", Integer.toString(offering.version() - 1))
                        .with(as(admin(K))))
                .andReturn();

        assertThat(stale.getResponse().getRedirectedUrl()).isEqualTo("/katalog/" + offering.id() + "/rediger");
        assertThat(String.valueOf(stale.getFlashMap().get("flashError"))).contains("En anden har ændret");
        assertThat(actingAs(admin(K), () -> catalog.offering(offering.id()).title()))
                .isEqualTo(offering.title());
    }

    @Test
    void staffSeePublishedCoursesWithWhetherTheyAreInTheTargetGroupButNotDrafts() throws Exception {
        var kommune = new KommuneFixture(K, context);
        Institution institution = kommune.institution("Kursushuset", null);
        StaffMember assistant = kommune.staffMember("Medhjælper", institution.id());
        var courses = new CourseFixture(K, context);
        Offering published = courses.learningDays("For pædagoger", LocalDate.of(2027, 1, 10), 20, 5);
        Offering draft = actingAs(
                admin(K),
                () -> catalog.create(courses.details(
                        courses.provider("Kladde").id(), "Kladdekursus", LocalDate.of(2027, 1, 10), 10, 0, Map.of())));

        Document html = page(get("/kurser").with(as(staff(K, assistant.id()))));
        var row = html.select("#courses tbody tr:has(a:containsOwn(" + published.title() + "))");
        assertThat(row).hasSize(1);
        assertThat(row.text()).contains("Nej");
        assertThat(row.select("a[href='/ansoegninger/ny?udbud=" + published.id() + "']"))
                .hasSize(1);
        assertThat(html.text()).doesNotContain(draft.title());

        Document forLeader = page(get("/kurser").with(as(leader(K, institution.id()))));
        assertThat(forLeader
                        .select("#courses tbody tr:has(a:containsOwn(" + published.title() + "))")
                        .text())
                .contains("Ja");
        assertThat(status(get("/katalog/" + draft.id()).with(as(leader(K))))).isEqualTo(404);
        assertThat(status(get("/katalog/" + published.id()).with(as(staff(K, assistant.id())))))
                .isEqualTo(200);
        assertThat(status(get("/katalog").with(as(leader(K))))).isEqualTo(403);
    }

    @Test
    void anOfferingIsCancelledWithAReasonThatTheOfferingPageShows() throws Exception {
        Offering offering = new CourseFixture(K, context).learningDays("Aflyses", LocalDate.of(2027, 3, 1), 20, 5);
        String path = "/katalog/" + offering.id() + "/aflys";
        page(get(path).with(as(admin(K))));

        Document refused = page(post(path)
                .with(csrf())
                .with(as(admin(K)))
                .param("version", Integer.toString(offering.version()))
                .param("reason", ""));
        assertThat(refused.select(".alert-error").text()).contains("Skriv en begrundelse for aflysningen.");

        mvc.perform(post(path)
                .with(csrf())
                .with(as(admin(K)))
                .param("version", Integer.toString(offering.version()))
                .param("reason", "Underviseren er syg"));
        Document html = page(get("/katalog/" + offering.id()).with(as(admin(K))));
        assertThat(html.select("#status-tag").text()).isEqualTo("Aflyst");
        assertThat(html.select("#cancellation").text()).contains("Underviseren er syg");
    }

    @Test
    void anotherKommunesOfferingsAndProvidersAreNotFoundOnAnyPage() throws Exception {
        var theirs = new CourseFixture(OTHER, context);
        Offering offering = theirs.learningDays("Fremmed", LocalDate.of(2027, 3, 1), 20, 5);
        Provider provider = theirs.provider("Fremmed udbyder");

        for (String path : new String[] {
            "/katalog/" + offering.id(),
            "/katalog/" + offering.id() + "/rediger",
            "/katalog/" + offering.id() + "/aflys",
            "/katalog/udbydere/" + provider.id() + "/rediger"
        }) {
            assertThat(status(get(path).with(as(admin(K))))).as(path).isEqualTo(404);
        }
        assertThat(status(post("/katalog/" + offering.id() + "/offentliggoer")
                        .with(csrf())
                        .with(as(admin(K)))
                        .param("version", "1")))
                .isEqualTo(404);
        assertThat(actingAs(admin(OTHER), () -> catalog.offering(offering.id()).version()))
                .isEqualTo(offering.version());
    }

    @Test
    void theMinistryReadsTheFramesAndTheirDemands() throws Exception {
        Document list = page(get("/rammer").with(as(national())));
        assertThat(list.select("#framework-list tbody tr")).hasSize(4);
        Document frame =
                page(get("/rammer/00000003-0000-4000-8000-000000000001").with(as(national())));
        assertThat(frame.select("#demands").text())
                .contains("Cirka 7,5 (± 0,5)")
                .contains("2.1.2.1 Varighed");
    }

    @Test
    void theForvaltningCreatesAndRenamesAProvider() throws Exception {
        String name = "Ny udbyder " + java.util.UUID.randomUUID();
        mvc.perform(post("/katalog/udbydere/ny")
                .with(csrf())
                .with(as(admin(K)))
                .param("name", name)
                .param("kind", "AMU_CENTER")
                .param("email", "amu@example.dk"));
        Document list = page(get("/katalog/udbydere").with(as(admin(K))));
        assertThat(list.select("#provider-list").text()).contains(name).contains("AMU-center");

        Document refused = page(post("/katalog/udbydere/ny")
                .with(csrf())
                .with(as(admin(K)))
                .param("name", name)
                .param("kind", "AMU_CENTER")
                .param("email", "ikke en adresse"));
        assertThat(refused.select(".alert-error").text()).contains("Skriv en gyldig e-mailadresse.");
    }
}
