package dk.loeft.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.loeft.IntegrationTest;
import dk.loeft.institution.Institution;
import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.InstitutionService;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.web.DanishFormat;
import dk.loeft.staff.StaffService;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class CoveragePagesIntegrationTests {

    static final int ODENSE = OdenseFixture.ODENSE;
    static final int KOEBENHAVN = 101;

    @Autowired
    MockMvc mvc;

    @Autowired
    InstitutionService institutions;

    @Autowired
    StaffService staff;

    @Autowired
    CoverageService coverage;

    final DanishFormat danish = new DanishFormat();
    OdenseFixture odense;
    Institution foreign;

    @BeforeEach
    void fixtures() {
        odense = new OdenseFixture(institutions, staff, coverage.today());
        foreign = new TestKommune(KOEBENHAVN, institutions, staff)
                .institution("F-1", "Fremmed Børnehus", InstitutionKind.BOERNEHAVE, null);
    }

    @Test
    void theOverviewShowsTheKommuneFiguresToForvaltningOekonomiAndTheMinistry() throws Exception {
        EducationCoverage total = SignedIn.as(
                        SignedIn.admin(ODENSE), () -> coverage.coverageOn(ODENSE, coverage.today()))
                .total();

        for (LoeftUser reader : List.of(SignedIn.admin(ODENSE), SignedIn.finance(ODENSE))) {
            Document page = page(get("/oversigt"), reader);
            assertThat(page.select("#kpi-coverage .kpi-value").text()).isEqualTo(danish.percent(total.share()));
            assertThat(page.select("#kpi-fte .kpi-value").text()).isEqualTo(danish.fte(total.pedagogicalFte()));
            assertThat(page.select("#short-staffed").text()).contains("Børnehuset Ågården");
            assertThat(page.select("#short-staffed").text()).doesNotContain("Vuggestuen Lærken");
            assertThat(page.select("#below-target").text()).contains("Børnehuset Ågården");
        }
        Document national = page(get("/oversigt").param("kommune", "461"), SignedIn.national());
        assertThat(national.select("#kpi-coverage .kpi-value").text()).isEqualTo(danish.percent(total.share()));
        assertThat(national.select(".font-lead").text()).contains("Odense");
    }

    @Test
    void aLeaderSeesOnlyTheirOwnInstitutionsFigures() throws Exception {
        LoeftUser leader = SignedIn.leader(ODENSE, Set.of(odense.laerken.id()));

        Document overview = page(get("/oversigt"), leader);
        assertThat(overview.select("#kpi-coverage .kpi-value").text()).isEqualTo("100,0 %");
        assertThat(overview.select("#kpi-institutions .kpi-value").text()).isEqualTo("1");

        Document list = page(get("/institutioner"), leader);
        assertThat(list.select("#institution-list tbody tr")).hasSize(1);
        assertThat(list.select("#institution-list").text())
                .contains("Vuggestuen Lærken")
                .doesNotContain("Ågården");

        Document coveragePage = page(get("/daekning"), leader);
        assertThat(coveragePage.select("#by-institution tbody tr")).hasSize(1);

        mvc.perform(get("/institutioner/{id}", odense.aagaarden.id()).with(user(leader)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/institutioner/{id}", odense.laerken.id()).with(user(leader)))
                .andExpect(status().isOk());
    }

    @Test
    void aStaffMemberCannotOpenTheKommunePages() throws Exception {
        LoeftUser staffUser = SignedIn.staff(ODENSE, odense.paedagog.id());

        for (String path : List.of("/oversigt", "/daekning", "/daekning.xlsx", "/institutioner", "/kommuner")) {
            mvc.perform(get(path).with(user(staffUser))).andExpect(status().isForbidden());
        }
    }

    @Test
    void institutionsOfAnotherKommuneAreNotFound() throws Exception {
        mvc.perform(get("/institutioner/{id}", foreign.id()).with(user(SignedIn.admin(ODENSE))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/institutioner/{id}", "not-a-uuid").with(user(SignedIn.admin(ODENSE))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/institutioner/{id}", odense.aagaarden.id()).with(user(SignedIn.admin(KOEBENHAVN))))
                .andExpect(status().isNotFound());
        Document own = page(get("/institutioner/{id}", odense.aagaarden.id()), SignedIn.admin(ODENSE));
        assertThat(own.select("h1").text()).isEqualTo("Børnehuset Ågården");
    }

    @Test
    void theInstitutionPageShowsFactsStaffCoverageAndStaffing() throws Exception {
        Document page = page(get("/institutioner/{id}", odense.aagaarden.id()), SignedIn.admin(ODENSE));

        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("#facts").text()).contains("O-1", "Integreret institution", "Centrum");
        assertThat(page.select("#staff tbody tr")).hasSize(5);
        assertThat(page.select("#staff a[href=/medarbejdere/" + odense.paedagog.id() + "]")
                        .text())
                .isEqualTo("Anna Andersen");
        // 3 × 37 educated of 3 × 37 + 2 × 30 pedagogical hours
        assertThat(page.select("#coverage-now .kpi-value").first().text())
                .isEqualTo(danish.percent(
                        new BigDecimal("111").divide(new BigDecimal("171"), 6, java.math.RoundingMode.HALF_UP)));
        assertThat(page.select("#kommune-chart, #institution-chart").attr("role"))
                .isEqualTo("img");
        assertThat(page.select("#institution-chart title").text()).isNotBlank();
        assertThat(page.select("#over-time tbody tr")).hasSize(13);
        // 10 children 0-2 and 20 children 3-5: 10/3 + 20/6 = 6,7 required; 171 / 37 = 4,6 actual
        Element thisMonth = page.select("#staffing tbody tr").last();
        assertThat(thisMonth.text()).contains("6,7", "4,6", "−2,0");
        assertThat(page.select("#edit-link").attr("href"))
                .endsWith("/institutioner/" + odense.aagaarden.id() + "/rediger");

        Document asFinance = page(get("/institutioner/{id}", odense.aagaarden.id()), SignedIn.finance(ODENSE));
        assertThat(asFinance.select("#edit-link")).isEmpty();
    }

    @Test
    void theInstitutionListFiltersAndPagesWithAnHtmxFragment() throws Exception {
        var k = new TestKommune(147, institutions, staff);
        for (int i = 1; i <= 27; i++) {
            k.institution("P-%02d".formatted(i), "Pagineret %02d".formatted(i), InstitutionKind.BOERNEHAVE, null);
        }
        LoeftUser admin = SignedIn.admin(147);

        Document first = page(get("/institutioner"), admin);
        assertThat(first.select("#institution-list tbody tr")).hasSize(25);
        assertThat(first.select(".rows-message").text()).isEqualTo("Viser 1-25 af 27 institutioner");
        assertThat(first.select("nav.pagination a[aria-current=page]").text()).isEqualTo("1");

        String fragment = mvc.perform(get("/institutioner")
                        .param("page", "2")
                        .header("HX-Request", "true")
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment).doesNotContain("<html").doesNotContain("<h1");
        Document second = Jsoup.parseBodyFragment(fragment);
        assertThat(second.select("#results #institution-list tbody tr")).hasSize(2);
        assertThat(second.select(".rows-message").text()).isEqualTo("Viser 26-27 af 27 institutioner");

        Document filtered = page(get("/institutioner").param("q", "Pagineret 1"), admin);
        assertThat(filtered.select("#institution-list tbody tr")).hasSize(10);

        Document byKind = page(get("/institutioner").param("kind", "SFO"), SignedIn.admin(ODENSE));
        assertThat(byKind.select("#institution-list tbody tr")).hasSize(1);
        assertThat(byKind.select("#institution-list").text()).contains("SFO Skovløkke");
    }

    @Test
    void theListShowsStaffCoverageAndThisMonthsMargin() throws Exception {
        Document page = page(get("/institutioner"), SignedIn.admin(ODENSE));

        Element row = page.selectFirst("#institution-list tr[data-institution=" + odense.aagaarden.id() + "]");
        assertThat(row).isNotNull();
        assertThat(row.select("td").eachText())
                .containsExactly(
                        "O-1",
                        "Børnehuset Ågården",
                        "Integreret institution",
                        "Centrum",
                        "5",
                        "64,9 %",
                        "−2,0 (Under minimumsnormering)");
    }

    @Test
    void onlyTheMinistryHasTheListOfAllKommuner() throws Exception {
        mvc.perform(get("/kommuner").with(user(SignedIn.admin(ODENSE)))).andExpect(status().isForbidden());

        Document page = page(get("/kommuner"), SignedIn.national());
        assertThat(page.select("#kommuner tbody tr")).hasSize(98);
        assertThat(page.select("#kommuner tbody tr").first().text()).startsWith("Albertslund");
        Element odenseRow = page.selectFirst("tr[data-kommune=461]");
        assertThat(odenseRow.select("a").attr("href")).isEqualTo("/oversigt?kommune=461");
        assertThat(odenseRow.select("td").eachText().subList(0, 6))
                .containsExactly("Region Syddanmark", "3", "10", "10,1", "58,2 %", "85,0 %");

        Document byStaff = page(get("/kommuner").param("sort", "-staff"), SignedIn.national());
        List<Integer> staffCounts = byStaff.select("#kommuner tbody tr td:nth-of-type(3)").eachText().stream()
                .map(t -> Integer.parseInt(t.replace(".", "")))
                .toList();
        assertThat(staffCounts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(byStaff.select("th[aria-sort=descending]").text()).contains("Medarbejdere");
    }

    @Test
    void theSpreadsheetHasTheSameFiguresAsThePage() throws Exception {
        LoeftUser admin = SignedIn.admin(ODENSE);
        Document page = page(get("/daekning"), admin);
        byte[] xlsx = mvc.perform(get("/daekning.xlsx").with(user(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(6);
            Sheet sheet = book.getSheet("Institutioner");
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Dækning");
            Map<String, String> xlsxCoverage = new HashMap<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(0) != null && row.getCell(8) != null) {
                    assertThat(row.getCell(8).getCellStyle().getDataFormatString())
                            .isEqualTo("0.0%");
                    xlsxCoverage.put(
                            row.getCell(0).getStringCellValue(),
                            danish.percent(BigDecimal.valueOf(row.getCell(8).getNumericCellValue())));
                }
            }
            Map<String, String> pageCoverage = new HashMap<>();
            for (Element row : page.select("#by-institution tbody tr")) {
                pageCoverage.put(
                        row.select("td").get(0).text(),
                        row.select("td[data-figure=coverage]").text());
            }
            assertThat(xlsxCoverage).isEqualTo(pageCoverage).hasSize(4);

            Row total = sheet.getRow(sheet.getLastRowNum());
            assertThat(danish.percent(BigDecimal.valueOf(total.getCell(8).getNumericCellValue())))
                    .isEqualTo(page.select("#kpi-coverage .kpi-value").text());
            assertThat(danish.fte(BigDecimal.valueOf(total.getCell(6).getNumericCellValue())))
                    .isEqualTo(page.select("#kpi-fte .kpi-value").text());

            Sheet overTime = book.getSheet("Udvikling");
            List<String> pageMonths =
                    page.select("#over-time tbody tr td:nth-of-type(4)").eachText();
            for (int i = 0; i < pageMonths.size(); i++) {
                var cell = overTime.getRow(i + 1).getCell(4);
                assertThat(cell == null ? "–" : danish.percent(BigDecimal.valueOf(cell.getNumericCellValue())))
                        .isEqualTo(pageMonths.get(i));
            }

            Sheet average = book.getSheet("Årsgennemsnit");
            assertThat(danish.signed(
                            BigDecimal.valueOf(average.getRow(1).getCell(4).getNumericCellValue())))
                    .isEqualTo(
                            page.select("#staffing-average .kpi-value").last().text());
        }
    }

    @Test
    void theForvaltningChangesTheCoverageTargetWithDanishValidation() throws Exception {
        int frederiksberg = 147;
        LoeftUser admin = SignedIn.admin(frederiksberg);

        Document form = page(get("/daekning"), admin);
        assertThat(form.select("#percent").val()).isEqualTo("85");
        assertThat(form.select("label[for=percent]").text()).isEqualTo("Mål i procent");
        String version = form.select("#target-version").val();
        assertThat(version).isEqualTo(Integer.toString(versionOf(frederiksberg)));

        String tooHigh = mvc.perform(post("/daekning/maal")
                        .param("percent", "150")
                        .param("version", version)
                        .with(csrf())
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(tooHigh).select("#percent-error").text())
                .contains("Målet skal være et tal mellem 1 og 100 procent.");
        assertThat(Jsoup.parse(tooHigh).select("#percent").val()).isEqualTo("150");
        assertThat(targetOf(frederiksberg)).isEqualByComparingTo("0.85");

        String notANumber = mvc.perform(post("/daekning/maal")
                        .param("percent", "mange")
                        .param("version", version)
                        .with(csrf())
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(notANumber).select("#percent-error").text()).contains("Målet skal være et tal");
        assertThat(targetOf(frederiksberg)).isEqualByComparingTo("0.85");

        mvc.perform(post("/daekning/maal")
                        .param("percent", "87,5")
                        .param("version", version)
                        .with(csrf())
                        .with(user(SignedIn.finance(frederiksberg))))
                .andExpect(status().isForbidden());
        assertThat(targetOf(frederiksberg)).isEqualByComparingTo("0.85");

        mvc.perform(post("/daekning/maal")
                        .param("percent", "87,5")
                        .param("version", version)
                        .with(csrf())
                        .with(user(admin)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/daekning"));
        try {
            assertThat(targetOf(frederiksberg)).isEqualByComparingTo("0.875");
            assertThat(page(get("/daekning"), SignedIn.finance(frederiksberg)).select("#percent"))
                    .isEmpty();
        } finally {
            SignedIn.as(
                    admin,
                    () -> institutions.changeCoverageTarget(
                            frederiksberg, versionOf(frederiksberg), new BigDecimal("0.85")));
        }
    }

    @Test
    void aStaleCoverageTargetFormIsAConflictAndChangesNothing() throws Exception {
        int gentofte = 157;
        LoeftUser admin = SignedIn.admin(gentofte);
        String version = page(get("/daekning"), admin).select("#target-version").val();
        BigDecimal before = targetOf(gentofte);
        SignedIn.as(admin, () -> institutions.changeCoverageTarget(gentofte, versionOf(gentofte), before));

        var stale = mvc.perform(post("/daekning/maal")
                        .param("percent", "90")
                        .param("version", version)
                        .with(csrf())
                        .with(user(admin)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/daekning"))
                .andReturn();
        assertThat(stale.getFlashMap().get("flashError"))
                .isEqualTo("En anden har ændret oplysningerne, mens du redigerede. Dine ændringer er ikke gemt – "
                        + "se de nye oplysninger og ret igen.");
        assertThat(targetOf(gentofte)).isEqualByComparingTo(before);

        String withoutVersion = mvc.perform(post("/daekning/maal")
                        .param("percent", "90")
                        .with(csrf())
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(withoutVersion).select("#target .alert-error").text())
                .contains("Formularen mangler versionsnummeret. Hent siden igen.");
        assertThat(targetOf(gentofte)).isEqualByComparingTo(before);
    }

    @Test
    void theNationalRoleMustChooseAKommune() throws Exception {
        mvc.perform(get("/oversigt").with(user(SignedIn.national())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/kommuner"));
        Document page = page(get("/daekning").param("kommune", "461"), SignedIn.national());
        assertThat(page.select("#export-link").attr("href")).contains("kommune=461");
        assertThat(page.select("#percent")).isEmpty();
        mvc.perform(get("/oversigt").param("kommune", "999").with(user(SignedIn.national())))
                .andExpect(status().isNotFound());
    }

    @Test
    void aKommuneUserCannotChooseAnotherKommune() throws Exception {
        Document page = page(get("/oversigt").param("kommune", "101"), SignedIn.admin(ODENSE));
        assertThat(page.select(".font-lead").text()).contains("Odense").doesNotContain("København");
    }

    private BigDecimal targetOf(int kommune) {
        return institutions.kommune(kommune).orElseThrow().coverageTarget();
    }

    private int versionOf(int kommune) {
        return institutions.kommune(kommune).orElseThrow().version();
    }

    private Document page(MockHttpServletRequestBuilder request, LoeftUser as) throws Exception {
        String html = mvc.perform(request.with(user(as)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document document = Jsoup.parse(html);
        assertThat(document.select("h1")).as("one h1").hasSize(1);
        assertThat(document.select("html").attr("lang")).isEqualTo("da");
        return document;
    }
}
