package dk.loeft.coverage;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.loeft.IntegrationTest;
import dk.loeft.institution.InstitutionService;
import dk.loeft.staff.StaffService;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CoverageApiIntegrationTests {

    static final int ODENSE = OdenseFixture.ODENSE;

    @Autowired
    MockMvc mvc;

    @Autowired
    InstitutionService institutions;

    @Autowired
    StaffService staff;

    @Autowired
    CoverageService coverage;

    OdenseFixture odense;

    @BeforeEach
    void fixtures() {
        odense = new OdenseFixture(institutions, staff, coverage.today());
    }

    @Test
    void returnsTheKommunesCoverageWithEveryInstitution() throws Exception {
        // dagtilbud: 111 + 106 + 0 educated of 171 + 106 + 96 pedagogical hours
        mvc.perform(get("/api/v1/kommuner/461/coverage").with(user(SignedIn.admin(ODENSE))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kommuneCode", is(461)))
                .andExpect(jsonPath("$.total.pedagogicalHours", closeTo(373.0, 0.001)))
                .andExpect(jsonPath("$.total.educatedHours", closeTo(217.0, 0.001)))
                .andExpect(jsonPath("$.total.pedagogicalFte", closeTo(10.0811, 0.0001)))
                .andExpect(jsonPath("$.total.share", closeTo(0.581769, 0.000001)))
                .andExpect(jsonPath("$.dagtilbudStaff", is(10)))
                .andExpect(jsonPath("$.institutions", hasSize(4)))
                .andExpect(jsonPath(
                        "$.institutions[?(@.number == 'O-4')].countsInKpi", org.hamcrest.Matchers.contains(false)));
    }

    @Test
    void anotherKommuneIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/kommuner/461/coverage").with(user(SignedIn.admin(851))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/kommuner/461/staffing").with(user(SignedIn.admin(851))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/institutions/{id}/coverage", odense.aagaarden.id())
                        .with(user(SignedIn.admin(851))))
                .andExpect(status().isNotFound());
    }

    @Test
    void theMinistryReadsAnyKommune() throws Exception {
        mvc.perform(get("/api/v1/kommuner/461/coverage")
                        .param("date", "2026-01-15")
                        .with(user(SignedIn.national())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date", is("2026-01-15")))
                .andExpect(jsonPath("$.kommuneName", is("Odense")));
    }

    @Test
    void returnsAnInstitutionsCoverageMonthByMonth() throws Exception {
        YearMonth current = YearMonth.from(coverage.today());
        mvc.perform(get("/api/v1/institutions/{id}/coverage", odense.laerken.id())
                        .param("from", current.minusMonths(2).toString())
                        .param("to", current.toString())
                        .with(user(SignedIn.leader(ODENSE, Set.of(odense.laerken.id())))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.months", hasSize(3)))
                .andExpect(jsonPath("$.months[2].month", is(current.toString())))
                .andExpect(jsonPath("$.months[2].coverage.share", closeTo(1.0, 0.000001)));
        mvc.perform(get("/api/v1/institutions/{id}/coverage", odense.aagaarden.id())
                        .with(user(SignedIn.leader(ODENSE, Set.of(odense.laerken.id())))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/institutions/{id}/coverage", odense.laerken.id())
                        .param("from", "2026-05")
                        .param("to", "2026-01")
                        .with(user(SignedIn.admin(ODENSE))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void returnsTheStaffingOfTheYearWithTheAnnualAverage() throws Exception {
        int year = coverage.today().getYear();
        long monthsThisYear = Math.min(3, coverage.today().getMonthValue());
        mvc.perform(get("/api/v1/kommuner/461/staffing")
                        .param("year", Integer.toString(year))
                        .with(user(SignedIn.finance(ODENSE))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year", is(year)))
                .andExpect(jsonPath("$.annualAverage.months", is((int) monthsThisYear)))
                // per month: Ågården 10/3 + 20/6 = 6,6667 and Lærken 6/3 = 2 required; 171/37 + 106/37 actual
                .andExpect(jsonPath("$.annualAverage.averageRequiredFte", closeTo(8.6667, 0.0001)))
                .andExpect(jsonPath("$.annualAverage.averageActualFte", closeTo(4.6216 + 2.8649, 0.0001)))
                .andExpect(jsonPath("$.annualAverage.isShort", is(true)))
                .andExpect(jsonPath(
                        "$.lines[?(@.number == 'O-3')].childrenPerDagplejer",
                        org.hamcrest.Matchers.everyItem(closeTo(4.0, 0.001))));
    }
}
