package dk.loeft.institution.web;

import static dk.loeft.testing.TestUsers.actingAs;
import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.as;
import static dk.loeft.testing.TestUsers.leader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.loeft.IntegrationTest;
import dk.loeft.institution.Area;
import dk.loeft.institution.ChildrenCount;
import dk.loeft.institution.Institution;
import dk.loeft.institution.InstitutionService;
import dk.loeft.testing.KommuneFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class InstitutionFormIntegrationTests {

    static final int K = 165;
    static final String CONFLICT =
            "En anden har ændret oplysningerne, mens du redigerede. Dine ændringer er ikke gemt – se de nye oplysninger og ret igen.";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    InstitutionService institutions;

    KommuneFixture k;

    @BeforeEach
    void fixture() {
        k = new KommuneFixture(K, context);
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private Institution reload(Institution institution) {
        return actingAs(admin(K), () -> institutions.get(institution.id()));
    }

    @Test
    void createsAnInstitutionAndShowsItsPageWithASuccessMessage() throws Exception {
        Area area = k.area("Nordvest");
        String number = "F" + k.suffix;
        String location = mvc.perform(post("/institutioner/ny")
                        .with(as(admin(K)))
                        .with(csrf())
                        .param("number", number)
                        .param("name", "Regnbuen")
                        .param("kind", "BOERNEHAVE")
                        .param("ownership", "KOMMUNAL")
                        .param("areaId", area.id().toString())
                        .param("street", "Regnbuevej 3")
                        .param("postalCode", "2650")
                        .param("city", "Hvidovre"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", "Regnbuen er oprettet."))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Institution created =
                actingAs(admin(K), () -> institutions.findByNumber(K, number).orElseThrow());
        assertThat(location).isEqualTo("/institutioner/" + created.id());
        assertThat(created.areaId()).isEqualTo(area.id());
        assertThat(created.postalCode()).isEqualTo("2650");
    }

    @Test
    void showsDanishMessagesForEveryMissingOrInvalidField() throws Exception {
        String page = html(post("/institutioner/ny")
                .with(as(admin(K)))
                .with(csrf())
                .param("number", "")
                .param("name", "")
                .param("kind", "")
                .param("ownership", "KOMMUNAL")
                .param("postalCode", "26500"));
        assertThat(page)
                .contains("Der er problemer med det, du har indtastet")
                .contains("Indtast institutionsnummeret")
                .contains("Indtast institutionens navn")
                .contains("Vælg institutionens type")
                .contains("Postnummeret skal være 4 cifre")
                .contains("href=\"#number\"")
                .contains("aria-invalid=\"true\"");
        assertThat(page.indexOf("href=\"#number\"")).isLessThan(page.indexOf("href=\"#name\""));
    }

    @Test
    void keepsWhatWasTypedWhenAValueCannotBeReadAtAll() throws Exception {
        String page = html(post("/institutioner/ny")
                .with(as(admin(K)))
                .with(csrf())
                .param("number", "Q1")
                .param("name", "Beholdt navn")
                .param("kind", "SKOLE")
                .param("ownership", "KOMMUNAL"));
        assertThat(page).contains("Vælg en af typerne på listen").contains("value=\"Beholdt navn\"");
    }

    @Test
    void refusesADuplicateInstitutionNumberAtTheField() throws Exception {
        Institution existing = k.institution("Original", null);
        String page = html(post("/institutioner/ny")
                .with(as(admin(K)))
                .with(csrf())
                .param("number", existing.number())
                .param("name", "Kopi")
                .param("kind", "VUGGESTUE")
                .param("ownership", "KOMMUNAL"));
        assertThat(page).contains("Kommunen har allerede en institution med nummer " + existing.number());
    }

    @Test
    void savesAnEditAndRefusesAStaleOneWithTheConflictMessageAndFreshData() throws Exception {
        Institution institution = k.institution("Før", null);
        mvc.perform(post("/institutioner/" + institution.id() + "/rediger")
                        .with(as(admin(K)))
                        .with(csrf())
                        .param("version", Integer.toString(institution.version()))
                        .param("name", "Efter forste")
                        .param("kind", "VUGGESTUE")
                        .param("ownership", "SELVEJENDE"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/institutioner/" + institution.id()))
                .andExpect(flash().attribute("flashSuccess", "Ændringerne af Efter forste er gemt."));

        mvc.perform(post("/institutioner/" + institution.id() + "/rediger")
                        .with(as(admin(K)))
                        .with(csrf())
                        .param("version", Integer.toString(institution.version()))
                        .param("name", "Efter anden")
                        .param("kind", "DAGPLEJE")
                        .param("ownership", "KOMMUNAL"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/institutioner/" + institution.id() + "/rediger"))
                .andExpect(flash().attribute("flashError", CONFLICT));

        Institution now = reload(institution);
        assertThat(now.name()).isEqualTo("Efter forste");
        String form = html(get("/institutioner/" + institution.id() + "/rediger")
                .with(as(admin(K)))
                .flashAttr("flashError", CONFLICT));
        assertThat(form)
                .contains(CONFLICT)
                .contains("value=\"Efter forste\"")
                .contains("value=\"" + now.version() + "\"");
    }

    @Test
    void aLeaderCannotOpenTheEditFormOfTheirOwnInstitution() throws Exception {
        Institution own = k.institution("Egen", null);
        mvc.perform(get("/institutioner/" + own.id() + "/rediger").with(as(leader(K, own.id()))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/institutioner/ny").with(as(leader(K, own.id())))).andExpect(status().isForbidden());
    }

    @Test
    void recordsChildrenWithADanishDecimalCommaAndWarnsWhenTheMonthIsAlreadyRecorded() throws Exception {
        Institution institution = k.institution("Børnetal", null);
        String url = "/institutioner/" + institution.id() + "/boernetal";
        mvc.perform(post(url)
                        .with(as(admin(K)))
                        .with(csrf())
                        .param("month", "2026-03")
                        .param("children02", "12,5")
                        .param("children35", "30"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(url + "?maaned=2026-03"))
                .andExpect(flash().attribute(
                                "flashSuccess", "Børnetallet for marts 2026 på " + institution.name() + " er gemt."));
        ChildrenCount count = actingAs(admin(K), () -> institutions
                .childrenCount(institution.id(), LocalDate.of(2026, 3, 1))
                .orElseThrow());
        assertThat(count.children02()).isEqualByComparingTo(new BigDecimal("12.5"));
        assertThat(count.children35()).isEqualByComparingTo(new BigDecimal("30"));

        mvc.perform(post(url)
                        .with(as(admin(K)))
                        .with(csrf())
                        .param("month", "2026-03")
                        .param("children02", "1")
                        .param("children35", "1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(
                        flash().attribute(
                                        "flashError",
                                        "Børnetallet for marts 2026 er allerede registreret. Her er de gemte tal – ret dem og gem igen, hvis de skal ændres."));
        mvc.perform(post(url)
                        .with(as(admin(K)))
                        .with(csrf())
                        .param("month", "2026-03")
                        .param("version", Integer.toString(count.version() + 5))
                        .param("children02", "1")
                        .param("children35", "1"))
                .andExpect(flash().attribute("flashError", CONFLICT));
        mvc.perform(post(url)
                        .with(as(admin(K)))
                        .with(csrf())
                        .param("month", "2026-03")
                        .param("version", Integer.toString(count.version()))
                        .param("children02", "13")
                        .param("children35", "29,75"))
                .andExpect(flash().attributeExists("flashSuccess"));

        String page = html(get(url).param("maaned", "2026-03").with(as(admin(K))));
        assertThat(page).contains("marts 2026").contains("29,75").contains("value=\"13\"");
    }

    @Test
    void rejectsNegativeAndUnreadableChildrenCounts() throws Exception {
        Institution institution = k.institution("Ugyldige børnetal", null);
        String page = html(post("/institutioner/" + institution.id() + "/boernetal")
                .with(as(admin(K)))
                .with(csrf())
                .param("month", "2026-04")
                .param("children02", "-1")
                .param("children35", "1"));
        assertThat(page).contains("Antallet af børn kan ikke være negativt");
        String unreadable = html(post("/institutioner/" + institution.id() + "/boernetal")
                .with(as(admin(K)))
                .with(csrf())
                .param("month", "2026-04")
                .param("children02", "tolv")
                .param("children35", "1"));
        assertThat(unreadable).contains("Skriv et tal, fx 12,5").contains("value=\"tolv\"");
        assertThat(actingAs(admin(K), () -> institutions.childrenCounts(institution.id())))
                .isEmpty();
    }

    @Test
    void createsAndRenamesAreasAndRefusesADuplicateName() throws Exception {
        String name = "Syd " + k.suffix;
        mvc.perform(post("/omraader/ny").with(as(admin(K))).with(csrf()).param("name", name))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/omraader"))
                .andExpect(flash().attribute("flashSuccess", "Området " + name + " er oprettet."));
        assertThat(html(get("/omraader").with(as(admin(K))))).contains(name);
        assertThat(html(post("/omraader/ny").with(as(admin(K))).with(csrf()).param("name", name)))
                .contains("Kommunen har allerede et område, der hedder " + name);

        Area area = actingAs(admin(K), () -> institutions.areas(K).stream()
                .filter(a -> a.name().equals(name))
                .findFirst()
                .orElseThrow());
        mvc.perform(post("/omraader/" + area.id() + "/rediger")
                        .with(as(admin(K)))
                        .with(csrf())
                        .param("version", Integer.toString(area.version()))
                        .param("name", name + " omdøbt"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/omraader/" + area.id() + "/rediger")
                        .with(as(admin(K)))
                        .with(csrf())
                        .param("version", Integer.toString(area.version()))
                        .param("name", name + " igen"))
                .andExpect(flash().attribute("flashError", CONFLICT));
        assertThat(actingAs(admin(K), () -> institutions.getArea(area.id()).name()))
                .isEqualTo(name + " omdøbt");
    }
}
