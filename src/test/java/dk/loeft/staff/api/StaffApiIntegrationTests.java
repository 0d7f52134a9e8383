package dk.loeft.staff.api;

import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.as;
import static dk.loeft.testing.TestUsers.leader;
import static dk.loeft.testing.TestUsers.staff;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dk.loeft.IntegrationTest;
import dk.loeft.institution.Institution;
import dk.loeft.staff.StaffMember;
import dk.loeft.testing.KommuneFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class StaffApiIntegrationTests {

    static final int K = 161;
    static final int OTHER = 159;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    KommuneFixture k;
    Institution institution;

    @BeforeEach
    void fixture() {
        k = new KommuneFixture(K, context);
        institution = k.institution("Personaletest", null);
    }

    private String wholeRecord(String employeeNumber) {
        return """
                {"employeeNumber": "%s", "name": "Anna Andersen", "birthDate": "1988-04-12",
                 "role": "PAEDAGOGISK_ASSISTENT", "priorExperienceMonths": 36,
                 "educations": [{"education": "PAU", "completedYear": 2014}],
                 "diplomaModules": [{"name": "Praktikvejledning", "ects": 10, "completedOn": "2023-06-30"}],
                 "employments": [{"institutionId": "%s", "weeklyHours": 32.5, "startDate": "2019-08-01"}],
                 "functions": [{"function": "PRAKTIKVEJLEDER", "since": "2023-08-01"}]}""".formatted(employeeNumber, institution.id());
    }

    @Test
    void registersAStaffMemberWithTheWholeRecordAndReadsItBack() throws Exception {
        String number = "A" + k.suffix;
        String body = mvc.perform(post("/api/v1/staff")
                        .with(as(admin(K)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(wholeRecord(number)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.employeeNumber").value(number))
                .andExpect(jsonPath("$.version").value(1))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(body, "$.id");

        mvc.perform(get("/api/v1/staff/" + id).with(as(admin(K))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kommuneCode").value(K))
                .andExpect(jsonPath("$.name").value("Anna Andersen"))
                .andExpect(jsonPath("$.birthDate").value("1988-04-12"))
                .andExpect(jsonPath("$.role").value("PAEDAGOGISK_ASSISTENT"))
                .andExpect(jsonPath("$.priorExperienceMonths").value(36))
                .andExpect(jsonPath("$.educations[0].education").value("PAU"))
                .andExpect(jsonPath("$.educations[0].completedYear").value(2014))
                .andExpect(jsonPath("$.diplomaModules[0].name").value("Praktikvejledning"))
                .andExpect(jsonPath("$.diplomaModules[0].ects").value(10))
                .andExpect(jsonPath("$.employments[0].institutionId")
                        .value(institution.id().toString()))
                .andExpect(jsonPath("$.employments[0].weeklyHours").value(32.5))
                .andExpect(jsonPath("$.employments[0].startDate").value("2019-08-01"))
                .andExpect(jsonPath("$.employments[0].endDate").doesNotExist())
                .andExpect(jsonPath("$.functions[0].function").value("PRAKTIKVEJLEDER"))
                .andExpect(jsonPath("$.functions[0].since").value("2023-08-01"));
    }

    @Test
    void aPutReplacesTheWholeRecordAndAStalePutIsAConflict() throws Exception {
        StaffMember member = k.staffMember("Erstattes", institution.id());
        String replacement = """
                {"version": %d, "name": "Ny Navnesen", "birthDate": "1990-05-17", "role": "PAEDAGOG",
                 "priorExperienceMonths": 0, "educations": [{"education": "PAEDAGOG", "completedYear": 2024}],
                 "diplomaModules": [], "employments": [], "functions": []}""";
        mvc.perform(put("/api/v1/staff/" + member.id())
                        .with(as(admin(K)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(replacement.formatted(member.version())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Ny Navnesen"))
                .andExpect(jsonPath("$.role").value("PAEDAGOG"))
                .andExpect(jsonPath("$.educations[*].education", containsInAnyOrder("PAEDAGOG")))
                .andExpect(jsonPath("$.diplomaModules", hasSize(0)))
                .andExpect(jsonPath("$.employments", hasSize(0)))
                .andExpect(jsonPath("$.functions", hasSize(0)))
                .andExpect(jsonPath("$.version").value(member.version() + 1));

        mvc.perform(put("/api/v1/staff/" + member.id())
                        .with(as(admin(K)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(replacement.formatted(member.version())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:loeft:problem:conflict"));
    }

    @Test
    void aPutMustSendEveryList() throws Exception {
        StaffMember member = k.staffMember("Lister", institution.id());
        mvc.perform(put("/api/v1/staff/" + member.id())
                        .with(as(admin(K)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"version": %d, "name": "X", "birthDate": "1990-05-17", "role": "PAEDAGOG",
                                 "priorExperienceMonths": 0}""".formatted(member.version())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[*].field",
                        containsInAnyOrder("educations", "diplomaModules", "employments", "functions")))
                .andExpect(jsonPath("$.errors[0].message").value("skal angives (en tom liste fjerner alle)"));
    }

    @Test
    void reportsInvalidNestedValuesWithTheirPath() throws Exception {
        mvc.perform(post("/api/v1/staff")
                        .with(as(admin(K)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"employeeNumber": "N%s", "name": "Nina", "birthDate": "1990-01-01", "role": "PAEDAGOG",
                                 "employments": [{"institutionId": "%s", "weeklyHours": 60, "startDate": "2020-01-01",
                                                  "endDate": "2019-01-01"}]}""".formatted(k.suffix, institution.id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[*].field",
                        containsInAnyOrder("employments[0].weeklyHours", "employments[0].endNotBeforeStart")))
                .andExpect(jsonPath("$.errors[?(@.field == 'employments[0].weeklyHours')].message")
                        .value(containsInAnyOrder("skal være over 0 og højst 48 timer om ugen")));
    }

    @Test
    void refusesAnEmploymentAtAnotherKommunesInstitution() throws Exception {
        Institution foreign = new KommuneFixture(OTHER, context).institution("Fremmed arbejdsplads", null);
        mvc.perform(post("/api/v1/staff")
                        .with(as(admin(K)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"employeeNumber": "F%s", "name": "Frede", "birthDate": "1990-01-01", "role": "PAEDAGOG",
                                 "employments": [{"institutionId": "%s", "weeklyHours": 30, "startDate": "2020-01-01"}]}""".formatted(k.suffix, foreign.id())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("staff.error.institution.unknown"))
                .andExpect(jsonPath("$.detail").value("Institutionen findes ikke i kommunen"));
    }

    @Test
    void aDuplicateEmployeeNumberIsARuleViolation() throws Exception {
        String number = "D" + k.suffix;
        mvc.perform(post("/api/v1/staff")
                        .with(as(admin(K)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(wholeRecord(number)))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/staff")
                        .with(as(admin(K)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(wholeRecord(number)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Kommunen har allerede en medarbejder med nummer " + number));
    }

    @Test
    void listsStaffPageByPageAndALeaderOnlyTheirInstitutionsStaff() throws Exception {
        StaffMember here = k.staffMember("Listemedarbejder", institution.id());
        Institution elsewhere = k.institution("Andetsteds", null);
        StaffMember there = k.staffMember("Listemedarbejder andetsteds", elsewhere.id());

        mvc.perform(get("/api/v1/staff").param("q", "Listemedarbejder").with(as(admin(K))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasSize(2)))
                .andExpect(jsonPath("$.items[0].employeeNumber").isString())
                .andExpect(jsonPath("$.totalItems").value(2));
        mvc.perform(get("/api/v1/staff")
                        .param("q", "Listemedarbejder")
                        .param("institutionId", elsewhere.id().toString())
                        .with(as(admin(K))))
                .andExpect(
                        jsonPath("$.items[*].id", containsInAnyOrder(there.id().toString())));
        mvc.perform(get("/api/v1/staff").param("q", "Listemedarbejder").with(as(leader(K, institution.id()))))
                .andExpect(
                        jsonPath("$.items[*].id", containsInAnyOrder(here.id().toString())));
        mvc.perform(get("/api/v1/staff/" + there.id()).with(as(leader(K, institution.id()))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/staff").param("size", "500").with(as(admin(K))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aStaffMemberReadsTheirOwnRecordButNoListAndNoOneElses() throws Exception {
        StaffMember me = k.staffMember("Mig selv", institution.id());
        StaffMember colleague = k.staffMember("Kollega", institution.id());
        mvc.perform(get("/api/v1/staff/" + me.id()).with(as(staff(K, me.id()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(me.name()));
        mvc.perform(get("/api/v1/staff/" + colleague.id()).with(as(staff(K, me.id()))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/staff").with(as(staff(K, me.id())))).andExpect(status().isForbidden());
    }

    @Test
    void anotherKommunesStaffMemberIsNotFound() throws Exception {
        KommuneFixture other = new KommuneFixture(OTHER, context);
        StaffMember foreign = other.staffMember(
                "Fremmed", other.institution("Fremmed sted", null).id());
        mvc.perform(get("/api/v1/staff/" + foreign.id()).with(as(admin(K)))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/staff/" + foreign.id())
                        .with(as(admin(K)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"version": %d, "name": "Overtaget", "birthDate": "1990-05-17", "role": "PAEDAGOG",
                                 "priorExperienceMonths": 0, "educations": [], "diplomaModules": [], "employments": [],
                                 "functions": []}""".formatted(foreign.version())))
                .andExpect(status().isNotFound());
    }
}
