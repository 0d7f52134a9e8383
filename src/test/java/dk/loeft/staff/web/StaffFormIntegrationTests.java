package dk.loeft.staff.web;

import static dk.loeft.testing.TestUsers.actingAs;
import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.as;
import static dk.loeft.testing.TestUsers.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.loeft.IntegrationTest;
import dk.loeft.institution.Institution;
import dk.loeft.staff.Education;
import dk.loeft.staff.SpecialFunction;
import dk.loeft.staff.StaffMember;
import dk.loeft.staff.StaffRole;
import dk.loeft.staff.StaffService;
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
class StaffFormIntegrationTests {

    static final int K = 185;
    static final int OTHER = 187;
    static final String CONFLICT =
            "En anden har ændret oplysningerne, mens du redigerede. Dine ændringer er ikke gemt – se de nye oplysninger og ret igen.";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    StaffService staffService;

    KommuneFixture k;
    Institution institution;

    @BeforeEach
    void fixture() {
        k = new KommuneFixture(K, context);
        institution = k.institution("Personalehuset", null);
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private StaffMember reload(StaffMember member) {
        return actingAs(admin(K), () -> staffService.get(member.id()));
    }

    @Test
    void registersAStaffMemberAndLeadsToTheirPage() throws Exception {
        String number = "S" + k.suffix;
        String location = mvc.perform(post("/medarbejdere/ny")
                        .with(as(admin(K)))
                        .with(csrf())
                        .param("employeeNumber", number)
                        .param("name", "Jens Jensen")
                        .param("birthDate", "1979-11-30")
                        .param("role", "PAEDAGOG")
                        .param("priorExperienceMonths", "60"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", "Jens Jensen er registreret."))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        StaffMember created = actingAs(
                admin(K), () -> staffService.findByEmployeeNumber(K, number).orElseThrow());
        assertThat(location).isEqualTo("/medarbejdere/" + created.id());
        assertThat(created.birthDate()).isEqualTo(LocalDate.of(1979, 11, 30));
        assertThat(created.role()).isEqualTo(StaffRole.PAEDAGOG);
        assertThat(created.priorExperienceMonths()).isEqualTo(60);
    }

    @Test
    void showsDanishMessagesAndRefusesADuplicateEmployeeNumber() throws Exception {
        String page = html(post("/medarbejdere/ny")
                .with(as(admin(K)))
                .with(csrf())
                .param("employeeNumber", "")
                .param("name", "")
                .param("birthDate", LocalDate.now().plusDays(3).toString())
                .param("priorExperienceMonths", "-1"));
        assertThat(page)
                .contains("Indtast medarbejdernummeret")
                .contains("Indtast medarbejderens navn")
                .contains("Fødselsdatoen skal ligge i fortiden")
                .contains("Vælg stillingen")
                .contains("Erfaringen skal være mellem 0 og 720 måneder");

        StaffMember existing = k.staffMember("Findes", institution.id());
        String duplicate = html(post("/medarbejdere/ny")
                .with(as(admin(K)))
                .with(csrf())
                .param("employeeNumber", existing.employeeNumber())
                .param("name", "Ny")
                .param("birthDate", "1990-01-01")
                .param("role", "PAEDAGOG")
                .param("priorExperienceMonths", "0"));
        assertThat(duplicate).contains("Kommunen har allerede en medarbejder med nummer " + existing.employeeNumber());
    }

    @Test
    void addsEducationModuleEmploymentAndFunctionsStepByStep() throws Exception {
        StaffMember member = k.staffMember("Trinvis", institution.id());
        String edit = "/medarbejdere/" + member.id() + "/rediger";

        mvc.perform(post("/medarbejdere/" + member.id() + "/uddannelser")
                        .with(as(admin(K)))
                        .with(csrf())
                        .param("version", Integer.toString(member.version()))
                        .param("education", "PAEDAGOG")
                        .param("completedYear", "2021"))
                .andExpect(redirectedUrl(edit + "#uddannelser"))
                .andExpect(flash().attribute("flashSuccess", "Uddannelsen er tilføjet " + member.name() + "."));
        member = reload(member);
        assertThat(member.educations()).anyMatch(e -> e.education() == Education.PAEDAGOG && e.completedYear() == 2021);

        mvc.perform(post("/medarbejdere/" + member.id() + "/moduler")
                        .with(as(admin(K)))
                        .with(csrf())
                        .param("version", Integer.toString(member.version()))
                        .param("moduleName", "Børns sprog")
                        .param("ects", "10")
                        .param("completedOn", "2025-01-20"))
                .andExpect(redirectedUrl(edit + "#moduler"));
        member = reload(member);
        assertThat(member.diplomaEcts()).isEqualTo(20);

        Institution second = k.institution("Andet hus", null);
        mvc.perform(post("/medarbejdere/" + member.id() + "/ansaettelser")
                        .with(as(admin(K)))
                        .with(csrf())
                        .param("version", Integer.toString(member.version()))
                        .param("institutionId", second.id().toString())
                        .param("weeklyHours", "7,5")
                        .param("startDate", "2025-08-01"))
                .andExpect(redirectedUrl(edit + "#ansaettelser"));
        member = reload(member);
        assertThat(member.weeklyHoursOn(LocalDate.of(2025, 9, 1))).isEqualByComparingTo(new BigDecimal("37.5"));

        mvc.perform(post("/medarbejdere/" + member.id() + "/funktioner")
                        .with(as(admin(K)))
                        .with(csrf())
                        .param("version", Integer.toString(member.version()))
                        .param("function", "PRAKTIKVEJLEDER")
                        .param("since", "2025-02-01"))
                .andExpect(redirectedUrl(edit + "#funktioner"));
        member = reload(member);
        assertThat(member.functions())
                .extracting(StaffMember.FunctionRecord::function)
                .containsExactlyInAnyOrder(SpecialFunction.FAGLIG_FYRTAARN, SpecialFunction.PRAKTIKVEJLEDER);

        mvc.perform(post("/medarbejdere/" + member.id() + "/funktioner/FAGLIG_FYRTAARN/fjern")
                        .with(as(admin(K)))
                        .with(csrf())
                        .param("version", Integer.toString(member.version())))
                .andExpect(redirectedUrl(edit + "#funktioner"))
                .andExpect(flash().attribute("flashSuccess", "Funktionen Faglig fyrtårn er fjernet."));
        assertThat(reload(member).functions())
                .extracting(StaffMember.FunctionRecord::function)
                .containsExactly(SpecialFunction.PRAKTIKVEJLEDER);

        String page = html(get(edit).with(as(admin(K))));
        assertThat(page)
                .contains("Pædagog (2021)")
                .contains("Børns sprog, 10 ECTS (20-01-2025)")
                .contains(second.name())
                .contains("7,5")
                .contains("Praktikvejleder siden 01-02-2025");
    }

    @Test
    void anEmploymentThatEndsBeforeItStartsOrHasTooManyHoursIsRefused() throws Exception {
        StaffMember member = k.staffMember("Ugyldig ansættelse", institution.id());
        String page = html(post("/medarbejdere/" + member.id() + "/ansaettelser")
                .with(as(admin(K)))
                .with(csrf())
                .param("version", Integer.toString(member.version()))
                .param("institutionId", institution.id().toString())
                .param("weeklyHours", "49")
                .param("startDate", "2025-08-01")
                .param("endDate", "2025-07-01"));
        assertThat(page)
                .contains("Timer om ugen skal være over 0 og højst 48")
                .contains("Slutdatoen må ikke ligge før startdatoen");
        assertThat(reload(member).employments()).hasSize(1);
    }

    @Test
    void anEmploymentAtAnotherKommunesInstitutionIsRefused() throws Exception {
        Institution foreign = new KommuneFixture(OTHER, context).institution("Nabokommunens", null);
        StaffMember member = k.staffMember("Grænsegænger", institution.id());
        String page = html(post("/medarbejdere/" + member.id() + "/ansaettelser")
                .with(as(admin(K)))
                .with(csrf())
                .param("version", Integer.toString(member.version()))
                .param("institutionId", foreign.id().toString())
                .param("weeklyHours", "10")
                .param("startDate", "2025-08-01"));
        assertThat(page).contains("Institutionen findes ikke i kommunen");
        assertThat(reload(member).employments()).hasSize(1);
    }

    @Test
    void aStaleFormIsReportedAsAConflictAndChangesNothing() throws Exception {
        StaffMember member = k.staffMember("Samtidig", institution.id());
        mvc.perform(post("/medarbejdere/" + member.id() + "/rediger")
                        .with(as(admin(K)))
                        .with(csrf())
                        .param("version", Integer.toString(member.version()))
                        .param("name", "Først gemt")
                        .param("birthDate", "1990-05-17")
                        .param("role", "PAEDAGOGMEDHJAELPER")
                        .param("priorExperienceMonths", "12"))
                .andExpect(redirectedUrl("/medarbejdere/" + member.id()));
        mvc.perform(post("/medarbejdere/" + member.id() + "/uddannelser")
                        .with(as(admin(K)))
                        .with(csrf())
                        .param("version", Integer.toString(member.version()))
                        .param("education", "PAEDAGOG")
                        .param("completedYear", "2020"))
                .andExpect(redirectedUrl("/medarbejdere/" + member.id() + "/rediger"))
                .andExpect(flash().attribute("flashError", CONFLICT));
        StaffMember now = reload(member);
        assertThat(now.name()).isEqualTo("Først gemt");
        assertThat(now.educations()).noneMatch(e -> e.education() == Education.PAEDAGOG);
    }

    @Test
    void aStaffMemberCannotEditEvenTheirOwnRecord() throws Exception {
        StaffMember me = k.staffMember("Mig", institution.id());
        mvc.perform(get("/medarbejdere/" + me.id() + "/rediger").with(as(staff(K, me.id()))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/medarbejdere/" + me.id() + "/uddannelser")
                        .with(as(staff(K, me.id())))
                        .with(csrf())
                        .param("version", Integer.toString(me.version()))
                        .param("education", "PAEDAGOG")
                        .param("completedYear", "2020"))
                .andExpect(status().isForbidden());
        assertThat(reload(me).version()).isEqualTo(me.version());
    }
}
