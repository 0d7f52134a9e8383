package dk.loeft.enrolment;

import static dk.loeft.testing.TestUsers.actingAs;
import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.as;
import static dk.loeft.testing.TestUsers.finance;
import static dk.loeft.testing.TestUsers.leader;
import static dk.loeft.testing.TestUsers.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.loeft.IntegrationTest;
import dk.loeft.catalog.Offering;
import dk.loeft.institution.Institution;
import dk.loeft.staff.StaffMember;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The enrolment pages and API: Danish errors that change nothing, another kommune's ids, and the views per role. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnrolmentPagesIntegrationTests {

    static final int K = 253;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Applications applications;

    EnrolmentSetup k;
    EnrolmentSetup b;
    Institution home;
    StaffMember person;
    Offering offering;

    @BeforeAll
    void setUp() {
        k = new EnrolmentSetup(K, context);
        b = new EnrolmentSetup(259, context);
        home = k.institution("Side");
        person = k.person("Sideansøger", home);
        offering = k.offering("Sidekursus", 2, 2);
    }

    @Test
    void theFormShowsTheStaffMembersConditionsForTheOffering() throws Exception {
        mvc.perform(get("/ansoegninger/ny")
                        .param("udbud", offering.id().toString())
                        .with(as(staff(K, person.id()))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Du opfylder ikke alle betingelser")))
                .andExpect(content().string(Matchers.containsString("Ikke opfyldt: Stillingen hører til målgruppen")));
    }

    @Test
    void anApplicationWithoutAFirstChoiceIsRefusedInDanishAndNothingIsSaved() throws Exception {
        StaffMember nobody = k.person("Uden valg", home);
        mvc.perform(post("/ansoegninger/ny")
                        .with(csrf())
                        .with(as(staff(K, nobody.id())))
                        .param("motivation", "Gerne"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Vælg det udbud, der søges om først.")));
        mvc.perform(post("/ansoegninger/ny")
                        .with(csrf())
                        .with(as(staff(K, nobody.id())))
                        .param("udbud", offering.id().toString())
                        .param("choice2", offering.id().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Det samme udbud er valgt mere end én gang.")));
        assertThat(actingAs(staff(K, nobody.id()), () -> context.getBean(EnrolmentOverview.class)
                        .myApplications()))
                .isEmpty();
    }

    @Test
    void aStaffMemberAppliesAndTheLeaderRefusesOnlyWithAReason() throws Exception {
        StaffMember applicant = k.person("Formansøger", home);
        String location = mvc.perform(post("/ansoegninger/ny")
                        .with(csrf())
                        .with(as(staff(K, applicant.id())))
                        .param("udbud", offering.id().toString()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(post("/ansoegninger/" + id + "/afgoerelse")
                        .with(csrf())
                        .with(as(leader(K, home.id())))
                        .param("version", "0")
                        .param("approve", "false"))
                .andExpect(flash().attribute("flashError", "Skriv en begrundelse for afslaget."));
        mvc.perform(post("/ansoegninger/" + id + "/afgoerelse")
                        .with(csrf())
                        .with(as(leader(K, home.id())))
                        .param("version", "7")
                        .param("approve", "true"))
                .andExpect(flash().attribute("flashError", Matchers.startsWith("En anden har ændret oplysningerne")));
        assertThat(actingAs(admin(K), () -> applications.get(id).status())).isEqualTo(ApplicationStatus.SUBMITTED);

        mvc.perform(get("/ansoegninger").with(as(leader(K, home.id()))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(applicant.name())));
        mvc.perform(get("/ansoegninger/" + id).with(as(staff(K, applicant.id()))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Træk ansøgningen tilbage")));
    }

    @Test
    void aLeaderOfAnotherInstitutionCannotSeeOrDecide() throws Exception {
        Institution elsewhere = k.institution("Anden leder");
        Application application = k.apply(k.person("Beskyttet", home), offering);
        mvc.perform(get("/ansoegninger/" + application.id()).with(as(leader(K, elsewhere.id()))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/ansoegninger/" + application.id() + "/afgoerelse")
                        .with(csrf())
                        .with(as(leader(K, elsewhere.id())))
                        .param("version", "0")
                        .param("approve", "true"))
                .andExpect(status().isNotFound());
        assertThat(actingAs(admin(K), () -> applications.get(application.id()).status()))
                .isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void idsFromAnotherKommuneAreNotFound() throws Exception {
        Institution bHouse = b.institution("B-side");
        StaffMember bPerson = b.person("B-sideansøger", bHouse);
        Offering bOffering = b.offering("B-sidekursus", 3, 0);
        Application theirs = b.apply(bPerson, bOffering);
        UUID participation = b.courses.participation(bOffering.id(), bPerson.id(), bHouse.id(), "ENROLLED");

        mvc.perform(get("/ansoegninger/" + theirs.id()).with(as(admin(K)))).andExpect(status().isNotFound());
        mvc.perform(post("/ansoegninger/" + theirs.id() + "/tilbagetraek")
                        .with(csrf())
                        .with(as(admin(K)))
                        .param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/deltagelser/" + participation + "/afbud")
                        .with(csrf())
                        .with(as(admin(K)))
                        .param("version", "0")
                        .param("reason", "Overtaget"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/tilmelding/udbud/" + bOffering.id()).with(as(admin(K))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/enrolment/applications/" + theirs.id()).with(as(admin(K))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/ansoegninger/ny")
                        .param("udbud", bOffering.id().toString())
                        .with(as(admin(K))))
                .andExpect(status().isNotFound());
        assertThat(actingAs(admin(259), () -> applications.get(theirs.id()).status()))
                .isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void theOverviewWarnsBelowTheMinimumAndExportsAWorkbook() throws Exception {
        k.approved(k.person("Eneste", home), offering);
        mvc.perform(get("/tilmelding").with(as(admin(K))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(offering.title())))
                .andExpect(content().string(Matchers.containsString("Under minimum (2)")));
        mvc.perform(get("/tilmelding/udbud/" + offering.id()).with(as(admin(K))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Holdet har 1 deltagere; minimum er 2.")));
        byte[] xlsx = mvc.perform(get("/tilmelding.xlsx").with(as(finance(K))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("tilmelding.xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheet("Tilmelding");
            boolean found = false;
            for (var row : sheet) {
                if (row.getCell(1) != null
                        && offering.title().equals(row.getCell(1).getStringCellValue())) {
                    found = true;
                    assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(1);
                    assertThat(row.getCell(13).getStringCellValue()).isEqualTo("Ja");
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void theApiTakesAnApplicationThroughBothStagesWithProblemDetailsInDanish() throws Exception {
        StaffMember applicant = k.person("API-ansøger", home);
        Offering course = k.offering("API-kursus", 5, 0);
        mvc.perform(post("/api/v1/enrolment/applications")
                        .with(csrf())
                        .with(as(staff(K, applicant.id())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"staffId\": \"%s\", \"offeringIds\": []}".formatted(applicant.id())))
                .andExpect(status().isBadRequest());
        String body = mvc.perform(post("/api/v1/enrolment/applications")
                        .with(csrf())
                        .with(as(staff(K, applicant.id())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"staffId\": \"%s\", \"offeringIds\": [\"%s\"]}"
                                .formatted(applicant.id(), course.id())))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        UUID id = UUID.fromString(body.substring(body.indexOf("\"id\":\"") + 6, body.indexOf("\"id\":\"") + 42));

        mvc.perform(post("/api/v1/enrolment/applications/" + id + "/decisions")
                        .with(csrf())
                        .with(as(leader(K, home.id())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"stage\": \"LEADER\", \"approve\": false}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Skriv en begrundelse for afslaget.")));
        mvc.perform(post("/api/v1/enrolment/applications/" + id + "/decisions")
                        .with(csrf())
                        .with(as(leader(K, home.id())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"stage\": \"LEADER\", \"approve\": true}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/enrolment/applications/" + id + "/decisions")
                        .with(csrf())
                        .with(as(admin(K)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 1, \"stage\": \"ADMIN\", \"approve\": true}"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("\"status\":\"APPROVED\"")))
                .andExpect(content().string(Matchers.containsString("\"status\":\"ENROLLED\"")));
        mvc.perform(get("/api/v1/enrolment/staff/" + applicant.id() + "/participations")
                        .with(as(staff(K, applicant.id()))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(course.id().toString())));
    }
}
