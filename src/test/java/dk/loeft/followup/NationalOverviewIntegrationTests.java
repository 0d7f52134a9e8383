package dk.loeft.followup;

import static dk.loeft.testing.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dk.loeft.IntegrationTest;
import dk.loeft.coverage.CoverageService;
import dk.loeft.funding.FundingTotals;
import dk.loeft.funding.FundingTotals.Totals;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.platform.web.DanishFormat;
import dk.loeft.testing.TestUsers;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The ministry's national view (/kommuner, /kommuner.xlsx, /api/v1/kommuner/overview): the money
 * from the grant ledger beside the coverage, the same numbers in all three, totals that are the sum
 * of the lines, sorting and the region filter; no kommune user sees it.
 */
@IntegrationTest
class NationalOverviewIntegrationTests {

    static final int LAESOE = 825;
    static final int FANOE = 563;

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FundingTotals funding;

    @Autowired
    CoverageService coverage;

    @Autowired
    Clock clock;

    final DanishFormat danish = new DanishFormat();

    @Test
    void grantsOfTheYearAllGrantsAndSpendAreSummedPerKommuneFromTheLedger() throws Exception {
        int year = coverage.today().getYear();
        Map<Integer, Totals> before = totals(year);

        grant(LAESOE, year, 100_000_000L, "GRANT");
        grant(LAESOE, year - 1, 50_000_000L, "GRANT");
        grant(LAESOE, year, -1_000_000L, "CORRECTION");
        spend(LAESOE, 25_000_000L);
        spend(LAESOE, -1_234_567L);
        spend(FANOE, 4_000_000L);

        Map<Integer, Totals> after = totals(year);
        Totals laesoe = after.get(LAESOE);
        Totals laesoeBefore = before.getOrDefault(LAESOE, Totals.NONE);
        assertThat(laesoe.grantedInYearOere() - laesoeBefore.grantedInYearOere())
                .isEqualTo(99_000_000L);
        assertThat(laesoe.grantedOere() - laesoeBefore.grantedOere()).isEqualTo(149_000_000L);
        assertThat(laesoe.spentOere() - laesoeBefore.spentOere()).isEqualTo(23_765_433L);
        Totals fanoe = after.get(FANOE);
        assertThat(fanoe.spentOere() - before.getOrDefault(FANOE, Totals.NONE).spentOere())
                .isEqualTo(4_000_000L);

        Document page = page(get("/kommuner").param("region", "Region Nordjylland"));
        Element row = page.selectFirst("tr[data-kommune=" + LAESOE + "]");
        assertThat(row.select("td").eachText().subList(6, 10))
                .containsExactly(
                        danish.kroner(laesoe.grantedInYearOere()),
                        danish.kroner(laesoe.grantedOere()),
                        danish.kroner(laesoe.spentOere()),
                        danish.percent(laesoe.spendRate()));
        if (laesoeBefore.equals(Totals.NONE)) {
            assertThat(row.select("td").eachText().subList(6, 10))
                    .containsExactly("990.000 kr.", "1.490.000 kr.", "237.654,33 kr.", "15,9 %");
        }
        if (fanoe.grantedOere() == 0) {
            Element fanoeRow = page(get("/kommuner")).selectFirst("tr[data-kommune=" + FANOE + "]");
            assertThat(fanoeRow.select("td").last().text()).isEqualTo("–");
        }
    }

    @Test
    void thePageTheSpreadsheetAndTheApiShowTheSameNumbersAndTheTotalIsTheSumOfTheLines() throws Exception {
        int year = coverage.today().getYear();
        grant(LAESOE, year, 12_345_600L, "GRANT");
        spend(FANOE, 98_700L);

        Document page = page(get("/kommuner"));
        String json = mvc.perform(get("/api/v1/kommuner/overview").with(as(TestUsers.national())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        byte[] xlsx = mvc.perform(get("/kommuner.xlsx").with(as(TestUsers.national())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        List<Integer> codes = JsonPath.read(json, "$.kommuner[*].code");
        List<Number> grantedInYear = JsonPath.read(json, "$.kommuner[*].funding.grantedInYearOere");
        List<Number> granted = JsonPath.read(json, "$.kommuner[*].funding.grantedOere");
        List<Number> spent = JsonPath.read(json, "$.kommuner[*].funding.spentOere");
        List<Integer> staff = JsonPath.read(json, "$.kommuner[*].staff");
        assertThat(codes).hasSize(98);
        assertThat(page.select("#kommuner tbody tr").eachAttr("data-kommune"))
                .containsExactlyElementsOf(codes.stream().map(String::valueOf).toList());

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("Kommuner");
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Tildelt " + year);
            for (int i = 0; i < codes.size(); i++) {
                Element row = page.select("#kommuner tbody tr").get(i);
                List<String> cells = row.select("td").eachText();
                Row line = sheet.getRow(i + 1);
                assertThat(line.getCell(0).getStringCellValue())
                        .isEqualTo(row.selectFirst("th").text());
                assertThat(cells.get(2)).isEqualTo(danish.integer(staff.get(i)));
                assertThat((long) line.getCell(3).getNumericCellValue())
                        .isEqualTo(staff.get(i).longValue());
                assertThat(cells.get(6))
                        .isEqualTo(danish.kroner(grantedInYear.get(i).longValue()));
                assertThat(cells.get(7)).isEqualTo(danish.kroner(granted.get(i).longValue()));
                assertThat(cells.get(8)).isEqualTo(danish.kroner(spent.get(i).longValue()));
                assertThat(oere(line, 7)).isEqualTo(grantedInYear.get(i).longValue());
                assertThat(oere(line, 8)).isEqualTo(granted.get(i).longValue());
                assertThat(oere(line, 9)).isEqualTo(spent.get(i).longValue());
            }

            long grantedSum = granted.stream().mapToLong(Number::longValue).sum();
            long spentSum = spent.stream().mapToLong(Number::longValue).sum();
            long grantedInYearSum =
                    grantedInYear.stream().mapToLong(Number::longValue).sum();
            assertThat(((Number) JsonPath.read(json, "$.total.funding.grantedOere")).longValue())
                    .isEqualTo(grantedSum);
            assertThat(((Number) JsonPath.read(json, "$.total.funding.spentOere")).longValue())
                    .isEqualTo(spentSum);
            assertThat(((Number) JsonPath.read(json, "$.total.staff")).longValue())
                    .isEqualTo(staff.stream().mapToLong(Integer::longValue).sum());
            assertThat(page.select("#kommuner-total td").stream()
                            .map(Element::text)
                            .toList()
                            .subList(6, 10))
                    .containsExactly(
                            danish.kroner(grantedInYearSum),
                            danish.kroner(grantedSum),
                            danish.kroner(spentSum),
                            danish.percent(new Totals(grantedInYearSum, grantedSum, spentSum).spendRate()));
            Row totalRow = sheet.getRow(codes.size() + 1);
            assertThat(totalRow.getCell(0).getStringCellValue()).isEqualTo("I alt");
            assertThat(oere(totalRow, 8)).isEqualTo(grantedSum);
            assertThat(oere(totalRow, 9)).isEqualTo(spentSum);
        }
    }

    @Test
    void eachKommunesPlanStatusAndApprovalDateAreShownOnThePageInTheSpreadsheetAndTheApi() throws Exception {
        int rudersdal = 230;
        dk.loeft.plan.Plans plans = context.getBean(dk.loeft.plan.Plans.class);
        java.util.UUID plan = dk.loeft.testing.PlanFixture.draft(plans, rudersdal);
        TestUsers.actingAs(TestUsers.admin(rudersdal), () -> plans.submit(plan, 0));
        TestUsers.actingAs(
                TestUsers.admin(rudersdal),
                () -> plans.approve(
                        plan,
                        1,
                        new dk.loeft.plan.Approval(
                                dk.loeft.plan.ApprovingBody.KOMMUNALBESTYRELSE,
                                "Kommunalbestyrelsen",
                                LocalDate.of(2024, 6, 18),
                                "Sag 24/1")));
        Element rudersdalRow = page(get("/kommuner")).selectFirst("tr[data-kommune=" + rudersdal + "]");
        assertThat(rudersdalRow.select("td[data-figure=plan]").text()).isEqualTo("Godkendt");
        assertThat(rudersdalRow.select("td[data-figure=approved]").text()).isEqualTo("18.06.2024");
        Element laesoe = page(get("/kommuner")).selectFirst("tr[data-kommune=" + LAESOE + "]");
        assertThat(laesoe.select("td[data-figure=plan]").text()).isEqualTo("Ingen plan");

        String json = mvc.perform(get("/api/v1/kommuner/overview").with(as(TestUsers.national())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(json, "$.kommuner[?(@.code == 230)].planStatus"))
                .containsExactly("APPROVED");
        assertThat(JsonPath.<List<String>>read(json, "$.kommuner[?(@.code == 230)].planApprovedOn"))
                .containsExactly("2024-06-18");

        byte[] xlsx = mvc.perform(get("/kommuner.xlsx").with(as(TestUsers.national())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row line = null;
            for (Row row : sheet) {
                if ("Rudersdal".equals(row.getCell(0).getStringCellValue())) {
                    line = row;
                }
            }
            assertThat(line).isNotNull();
            assertThat(line.getCell(11).getStringCellValue()).isEqualTo("Godkendt");
            assertThat(line.getCell(12).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2024, 6, 18));
        }
    }

    @Test
    void theMinistrySortsByAnyColumnAndFiltersByRegion() throws Exception {
        spend(LAESOE, 1_000L);
        Document bySpent = page(get("/kommuner").param("sort", "-spent"));
        List<Long> spentColumn = bySpent.select("#kommuner tbody tr td:nth-of-type(9)").eachText().stream()
                .map(NationalOverviewIntegrationTests::kroner)
                .toList();
        assertThat(spentColumn).isSortedAccordingTo(Comparator.reverseOrder());
        Element sorted = bySpent.selectFirst("#kommuner th[aria-sort]");
        assertThat(sorted.attr("aria-sort")).isEqualTo("descending");
        assertThat(sorted.text()).contains("Forbrugt i alt", "sorteret faldende");
        assertThat(sorted.selectFirst("button").attr("value")).isEqualTo("spent");
        assertThat(bySpent.select("#kommuner thead button")).hasSize(NationalOverview.COLUMNS.size());
        Document byPlan = page(get("/kommuner").param("sort", "-approved"));
        assertThat(byPlan.select("#kommuner tbody tr")
                        .first()
                        .select("td[data-figure=approved]")
                        .text())
                .as("the latest approval first")
                .isNotEqualTo("–");

        Document nordjylland =
                page(get("/kommuner").param("region", "Region Nordjylland").param("sort", "name"));
        assertThat(nordjylland.select("#kommuner tbody tr td:nth-of-type(1)").eachText())
                .hasSize(11)
                .containsOnly("Region Nordjylland");
        assertThat(nordjylland.select("#kommuner tbody tr th").eachText())
                .contains("Læsø")
                .doesNotContain("Fanø");
        assertThat(nordjylland.select("#sort-form input[name=region]").val()).isEqualTo("Region Nordjylland");
        assertThat(nordjylland.select("#export-link").attr("href"))
                .isEqualTo("/kommuner.xlsx?region=Region%20Nordjylland&sort=name");
        assertThat(nordjylland.select("#kommuner-total td").get(1).text())
                .isEqualTo(danish.integer(nordjylland.select("#kommuner tbody tr td:nth-of-type(2)").eachText().stream()
                        .mapToLong(t -> Long.parseLong(t.replace(".", "")))
                        .sum()));
    }

    @Test
    void aKommuneUserNeverSeesTheNationalView() throws Exception {
        for (var user : List.of(TestUsers.admin(LAESOE), TestUsers.finance(LAESOE))) {
            for (String path : List.of("/kommuner", "/kommuner.xlsx", "/api/v1/kommuner/overview")) {
                mvc.perform(get(path).with(as(user))).andExpect(status().isForbidden());
            }
        }
    }

    private Map<Integer, Totals> totals(int year) {
        return Tenancy.runAs(Tenancy.ALL, () -> funding.perKommune(year));
    }

    private void grant(int kommune, int year, long oere, String kind) {
        Tenancy.runAs(Tenancy.ALL, () -> {
            UUID round = jdbc.sql("select id from funding_round order by first_year limit 1")
                    .query(UUID.class)
                    .single();
            jdbc.sql("""
                            insert into grant_entry (id, kommune_code, funding_round, year, kind, amount_oere,
                                                     recorded_by, recorded_at)
                            values (:id, :k, :round, :year, :kind, :oere, 'test', :at)""")
                    .param("id", UUID.randomUUID())
                    .param("k", kommune)
                    .param("round", round)
                    .param("year", year)
                    .param("kind", kind)
                    .param("oere", oere)
                    .param(
                            "at",
                            Timestamp.from(coverage.today()
                                    .atStartOfDay(java.time.ZoneOffset.UTC)
                                    .toInstant()))
                    .update();
        });
    }

    private void spend(int kommune, long oere) {
        Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql("""
                                insert into expenditure (id, kommune_code, booked_on, amount_oere, cost_category,
                                                         voucher, recorded_by, recorded_at)
                                values (:id, :k, :on, :oere, 'DELTAGERBETALING', :voucher, 'test', :at)""")
                .param("id", UUID.randomUUID())
                .param("k", kommune)
                .param("on", LocalDate.of(2026, 3, 1))
                .param("oere", oere)
                .param("voucher", "T-" + UUID.randomUUID())
                .param(
                        "at",
                        Timestamp.from(coverage.today()
                                .atStartOfDay(java.time.ZoneOffset.UTC)
                                .toInstant()))
                .update());
    }

    private static long oere(Row row, int column) {
        return BigDecimal.valueOf(row.getCell(column).getNumericCellValue())
                .movePointRight(2)
                .setScale(0, java.math.RoundingMode.HALF_UP)
                .longValueExact();
    }

    /** "1.234,50 kr." as øre. */
    private static long kroner(String text) {
        String number = text.replace(" kr.", "").replace(".", "").replace(',', '.');
        return new BigDecimal(number).movePointRight(2).longValueExact();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request.with(as(TestUsers.national())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }
}
