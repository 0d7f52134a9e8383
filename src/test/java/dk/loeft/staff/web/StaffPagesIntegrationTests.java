package dk.loeft.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.loeft.IntegrationTest;
import dk.loeft.institution.Institution;
import dk.loeft.institution.InstitutionDetails;
import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.InstitutionService;
import dk.loeft.institution.Ownership;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.staff.Education;
import dk.loeft.staff.SpecialFunction;
import dk.loeft.staff.StaffMember;
import dk.loeft.staff.StaffRole;
import dk.loeft.staff.StaffService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The staff pages in Vejle (630), a kommune the demo data leaves alone. */
@IntegrationTest
class StaffPagesIntegrationTests {

    static final int VEJLE = 630;

    @Autowired
    MockMvc mvc;

    @Autowired
    InstitutionService institutions;

    @Autowired
    StaffService staff;

    @Autowired
    Clock clock;

    Institution oak;
    Institution birch;
    StaffMember person;
    StaffMember colleague;
    LocalDate today;

    @BeforeEach
    void fixtures() {
        today = LocalDate.now(clock);
        asAdmin(() -> {
            oak = institution("V-1", "Egetræet");
            birch = institution("V-2", "Birketræet");
            person = staff.findByEmployeeNumber(VEJLE, "V-100").orElseGet(() -> {
                StaffMember m = staff.register(
                        VEJLE,
                        "V-100",
                        new StaffMember.PersonDetails(
                                "Karen Kristensen",
                                today.minusYears(40).minusDays(1),
                                StaffRole.PAEDAGOGMEDHJAELPER,
                                30));
                m.addEducation(Education.PAU, 2019);
                m.addEducation(Education.GYMNASIAL, 2003);
                m.addDiplomaModule("Børns sprog", 10, LocalDate.of(2024, 6, 1));
                m.addDiplomaModule("Ledelse", 5, LocalDate.of(2025, 1, 10));
                m.assignFunction(SpecialFunction.FAGLIG_FYRTAARN, LocalDate.of(2024, 3, 1));
                m.employ(oak.id(), new BigDecimal("32"), today.minusYears(2), null);
                m.employ(
                        birch.id(),
                        new BigDecimal("5"),
                        today.minusYears(3),
                        today.minusYears(2).minusDays(1));
                return staff.save(m);
            });
            colleague = staff.findByEmployeeNumber(VEJLE, "V-101").orElseGet(() -> {
                StaffMember m = staff.register(
                        VEJLE,
                        "V-101",
                        new StaffMember.PersonDetails("Lars Larsen", LocalDate.of(1990, 1, 1), StaffRole.PAEDAGOG, 0));
                m.employ(birch.id(), new BigDecimal("37"), LocalDate.of(2021, 1, 1), null);
                return staff.save(m);
            });
            return null;
        });
    }

    @Test
    void showsThePersonWithAgeExperienceEducationsModulesEmploymentsAndFunctions() throws Exception {
        Document page = page(get("/medarbejdere/{id}", person.id()), admin());

        assertThat(page.select("h1").text()).isEqualTo("Karen Kristensen");
        assertThat(page.select("#age").text()).isEqualTo("40 år");
        // 30 months before plus one year at Birketræet and two at Egetræet = 66 months
        assertThat(page.select("#experience").text()).startsWith("5 år og 6 måneder");
        assertThat(page.select("#person").text()).contains("Pædagogmedhjælper", "32,00", "0,86");
        assertThat(page.select("#educations tbody tr")).hasSize(2);
        assertThat(page.select("#educations").text()).contains("Pædagogisk assistent (PAU)", "2019");
        assertThat(page.select("#modules tbody tr")).hasSize(2);
        assertThat(page.select("#total-ects").text()).isEqualTo("15");
        assertThat(page.select("#employments tbody tr")).hasSize(2);
        assertThat(page.select("#employments").text()).contains("Egetræet", "Birketræet", "Løbende");
        assertThat(page.select("#functions").text()).contains("Faglig fyrtårn", "01.03.2024");
        assertThat(page.select("#edit-link").attr("href")).isEqualTo("/medarbejdere/" + person.id() + "/rediger");
    }

    @Test
    void onlyTheForvaltningSeesTheEditLink() throws Exception {
        Document page = page(get("/medarbejdere/{id}", person.id()), signedIn(Role.FINANCE, Set.of(), null));
        assertThat(page.select("#edit-link")).isEmpty();
    }

    @Test
    void aLeaderSeesOnlyStaffOfTheirInstitutions() throws Exception {
        LoeftUser oakLeader = signedIn(Role.LEADER, Set.of(oak.id()), null);

        Document page = page(get("/medarbejdere/{id}", person.id()), oakLeader);
        assertThat(page.select("#employments a").eachText()).containsExactly("Egetræet");
        assertThat(page.select("#employments").text()).contains("Birketræet");
        mvc.perform(get("/medarbejdere/{id}", colleague.id()).with(user(oakLeader)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aStaffMemberSeesTheirOwnRecordOnMyPageAndNoOneElses() throws Exception {
        LoeftUser karen = signedIn(Role.STAFF, Set.of(), person.id());

        Document page = page(get("/mig"), karen);
        assertThat(page.select("h1").text()).isEqualTo("Karen Kristensen");
        assertThat(page.select(".subheading").text()).isEqualTo("Min side");
        assertThat(page.select("#employments a")).isEmpty();
        mvc.perform(get("/medarbejdere/{id}", colleague.id()).with(user(karen))).andExpect(status().isNotFound());
        mvc.perform(get("/mig").with(user(signedIn(Role.STAFF, Set.of(), null))))
                .andExpect(status().isNotFound());
    }

    @Test
    void staffOfAnotherKommuneAreNotFound() throws Exception {
        LoeftUser aalborg = new LoeftUser(
                UUID.randomUUID(),
                "admin.851",
                null,
                "Aalborg",
                Role.KOMMUNE_ADMIN,
                851,
                null,
                Set.of(),
                null,
                true,
                false,
                null);
        mvc.perform(get("/medarbejdere/{id}", person.id()).with(user(aalborg))).andExpect(status().isNotFound());
        mvc.perform(get("/medarbejdere/{id}", "123").with(user(admin()))).andExpect(status().isNotFound());
    }

    private Document page(MockHttpServletRequestBuilder request, LoeftUser as) throws Exception {
        String html = mvc.perform(request.with(user(as)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document document = Jsoup.parse(html);
        assertThat(document.select("h1")).hasSize(1);
        return document;
    }

    private Institution institution(String number, String name) {
        return institutions
                .findByNumber(VEJLE, number)
                .orElseGet(() -> institutions.create(
                        VEJLE,
                        number,
                        new InstitutionDetails(
                                name, InstitutionKind.BOERNEHAVE, Ownership.KOMMUNAL, null, null, null, null)));
    }

    private static LoeftUser admin() {
        return signedIn(Role.KOMMUNE_ADMIN, Set.of(), null);
    }

    private static LoeftUser signedIn(Role role, Set<UUID> institutionIds, UUID staffId) {
        return new LoeftUser(
                UUID.randomUUID(),
                role + ".630",
                null,
                "Test",
                role,
                VEJLE,
                null,
                institutionIds,
                staffId,
                true,
                false,
                null);
    }

    private static <T> T asAdmin(java.util.function.Supplier<T> work) {
        LoeftUser admin = admin();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            return Tenancy.runAs("630", work);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
