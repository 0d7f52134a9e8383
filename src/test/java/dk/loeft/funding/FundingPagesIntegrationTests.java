package dk.loeft.funding;

import static dk.loeft.testing.TestUsers.actingAs;
import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.as;
import static dk.loeft.testing.TestUsers.finance;
import static dk.loeft.testing.TestUsers.national;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.loeft.IntegrationTest;
import dk.loeft.platform.tenancy.Tenancy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class FundingPagesIntegrationTests {

    static final UUID ROUND_2023 = UUID.fromString("6b1f3c1e-2a41-4c55-9a0e-000000002023");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FundingRounds rounds;

    FundingFixture funding;

    @BeforeEach
    void fixture() {
        funding = new FundingFixture(context);
    }

    private long keyCount() {
        return jdbc.sql("select count(*) from allocation_key").query(Long.class).single();
    }

    private String upload(String fileName, byte[] content) throws Exception {
        return mvc.perform(multipart("/puljer/noegler")
                        .file(new MockMultipartFile("file", fileName, "text/csv", content))
                        .param("name", "Fejlnøgle")
                        .param("ageFrom", "0")
                        .param("ageTo", "5")
                        .param("referenceYear", "2026")
                        .param("source", "Test")
                        .with(csrf())
                        .with(as(national())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aKeyWithErrorsListsEveryErrorWithRowAndColumnAndWritesNothing() throws Exception {
        Map<Integer, Long> children = funding.kommuner(code -> 1_000);
        children.remove(101);
        StringBuilder csv = new StringBuilder(FundingFixture.csv(children));
        csv.append("147;-5\n"); // row 99: duplicate of Frederiksberg and negative
        csv.append("999;10\n"); // row 100: unknown code
        csv.append("155;12,5\n"); // row 101: duplicate and decimal
        csv.append("157;\n"); // row 102: duplicate and empty
        long before = keyCount();

        String page = upload("noegle.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(page)
                .contains("Kommunekode 101 (København) mangler i filen.")
                .contains("Række 99, kolonne kommunekode: kommunekoden 147 står også i række")
                .contains("Række 99, kolonne børn: antallet af børn kan ikke være negativt (-5).")
                .contains("Række 100, kolonne kommunekode: kommunekoden 999 findes ikke.")
                .contains("Række 101, kolonne børn: „12,5“ er ikke et helt tal.")
                .contains("Række 102, kolonne børn: antallet af børn mangler.");
        assertThat(keyCount()).isEqualTo(before);
    }

    @Test
    void aNameThatDoesNotMatchTheCodeIsAnError() throws Exception {
        StringBuilder csv = new StringBuilder("kommunekode;kommunenavn;børn\n");
        funding.kommuner(code -> 10).forEach((code, n) -> csv.append(code)
                .append(';')
                .append(code == 175 ? "Dragør" : "")
                .append(';')
                .append(n)
                .append('\n'));
        long before = keyCount();
        assertThat(upload("navne.csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
                .contains("kolonne kommunenavn: „Dragør“ passer ikke til kommunekode 175 (Rødovre).");
        assertThat(keyCount()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotATableIsRefusedWithNothingWritten() throws Exception {
        long before = keyCount();
        assertThat(upload("gammel.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3}))
                .contains("gamle Excel-format");
        assertThat(upload("tom.csv", "navn;tal\nx;1\n".getBytes(StandardCharsets.UTF_8)))
                .contains("Kolonnen „kommunekode“ mangler");
        assertThat(upload(
                        "nul.csv",
                        FundingFixture.csv(funding.kommuner(code -> 0)).getBytes(StandardCharsets.UTF_8)))
                .contains("Der er ingen børn i filen");
        assertThat(keyCount()).isEqualTo(before);
    }

    @Test
    void aGoodKeyIsImportedAndShown() throws Exception {
        byte[] csv = FundingFixture.csv(funding.kommuner(code -> code == 101 ? 40_000 : 2_000))
                .getBytes(StandardCharsets.UTF_8);
        String location = mvc.perform(multipart("/puljer/noegler")
                        .file(new MockMultipartFile("file", "god.csv", "text/csv", csv))
                        .param("name", "God nøgle")
                        .param("ageFrom", "0")
                        .param("ageTo", "5")
                        .param("referenceYear", "2026")
                        .param("source", "DST FOLK1AM")
                        .with(csrf())
                        .with(as(national())))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/puljer/noegler/");
        assertThat(mvc.perform(get(location).with(as(national())))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("God nøgle")
                .contains("40.000")
                .contains("234.000");
    }

    @Test
    void kommuneRolesCannotReachThePoolPages() throws Exception {
        for (var user : new dk.loeft.platform.security.LoeftUser[] {admin(175), finance(175)}) {
            mvc.perform(get("/puljer").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/puljer/noegler").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/puljer/runder/" + ROUND_2023).with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/allocations/" + demoAllocation(2023)).with(as(user)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void theRoundPageShowsEachValueWithItsSource() throws Exception {
        String page = mvc.perform(get("/puljer/runder/" + ROUND_2023).with(as(national())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("107.000.000 kr.")
                .contains("01.08.2023 – 31.07.2026")
                .contains("Sekundær kilde")
                .contains("Absalon, frødokument 002");
    }

    @Test
    void aStaleRoundFormIsAConflictAndABrokenRuleIsShownInDanish() throws Exception {
        FundingRound round = rounds.byId(FundingFixture.ROUND_2026);
        mvc.perform(roundForm(round, round.version() - 1, "2026-01-01", "2027-01-01"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "flashError", org.hamcrest.Matchers.startsWith("En anden har ændret oplysningerne")));
        String page = mvc.perform(roundForm(round, round.version(), "2027-01-01", "2026-01-01"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Vinduet for igangsættelse slutter før det begynder.");
        String unreadable = mvc.perform(roundForm(round, round.version(), "", "", "abc"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(unreadable).contains("Der er problemer");
        assertThat(rounds.byId(FundingFixture.ROUND_2026).version()).isEqualTo(round.version());
    }

    @Test
    void theMinistrySavesARoundsValuesAndSources() throws Exception {
        FundingRound round = rounds.byId(FundingFixture.ROUND_2026);
        mvc.perform(roundForm(round, round.version(), "", "")).andExpect(status().is3xxRedirection());
        FundingRound saved = rounds.byId(FundingFixture.ROUND_2026);
        assertThat(saved.version()).isEqualTo(round.version() + 1);
        assertThat(saved.years()).isEqualTo(round.years());
        assertThat(saved.sources()).isEqualTo(round.sources());
        assertThat(saved.eligibleKinds()).isEqualTo(round.eligibleKinds());
        assertThat(saved.informalCapPercent()).isEqualByComparingTo(round.informalCapPercent());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder roundForm(
            FundingRound round, int version, String windowFrom, String windowTo) {
        return roundForm(round, version, windowFrom, windowTo, "0");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder roundForm(
            FundingRound round, int version, String windowFrom, String windowTo, String ageFrom) {
        var request = post("/puljer/runder/" + round.id() + "/rediger")
                .with(csrf())
                .with(as(national()))
                .param("version", Integer.toString(version))
                .param("name", round.name())
                .param("keyAgeFrom", ageFrom)
                .param("keyAgeTo", "5")
                .param("keyReferenceYear", "2026")
                .param("startWindowFrom", windowFrom)
                .param("startWindowTo", windowTo)
                .param("completionDeadline", "2030-07-31")
                .param("informalCapPercent", "10,00")
                .param("wagesEligibleFrom", "2023-12-01")
                .param("priceLevelYear", "2026")
                .param("localPlanRequired", "true");
        round.years().forEach(y -> request.param("amountKroner", Long.toString(y.amountOere() / 100))
                .param("oneOffKroner", "0"));
        round.eligibleCosts().forEach(c -> request.param("eligibleCosts", c.name()));
        round.eligibleKinds().forEach(k -> request.param("eligibleKinds", k.name()));
        round.eligibleOwnerships().forEach(o -> request.param("eligibleOwnerships", o.name()));
        for (String field : RoundSource.FIELDS) {
            var source = round.source(field);
            request.param("sourceStatus", source.map(s -> s.status().name()).orElse("NOT_FOUND"));
            request.param("sourceReference", source.map(RoundSource::reference).orElse(""));
        }
        return request;
    }

    @Test
    void aKommuneSeesOnlyItsOwnGrantsAndLetters() throws Exception {
        UUID allocation = demoAllocation(2023);
        mvc.perform(get("/tilskud/tildelinger/" + allocation + "/175/brev.pdf").with(as(admin(155))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/tilskud/tildelinger/" + allocation + "/155/brev.pdf").with(as(finance(155))))
                .andExpect(status().isOk());
        String grants = mvc.perform(get("/api/v1/grants?kommune=175").with(as(admin(155))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(grants).contains("\"kommuneCode\":155").doesNotContain("\"kommuneCode\":175");
        String page = mvc.perform(get("/tilskud/tildelinger?kommune=175").with(as(admin(155))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Dragør").doesNotContain("/175/brev.pdf").doesNotContain("533.000 kr.");
        Tenancy.runAs("155", () -> assertThat(jdbc.sql("select count(*) from allocation_line where kommune_code = 175")
                        .query(Long.class)
                        .single())
                .isZero());
    }

    @Test
    void everyFigureOnScreenInTheLetterAndInTheWorkbookIsTheSameNumber() throws Exception {
        UUID allocation = demoAllocation(2023);
        String grants = mvc.perform(get("/tilskud/tildelinger").with(as(admin(175))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(grants)
                .contains("533.000 kr.")
                .contains("1.030.000 kr.")
                .contains("976.000 kr.")
                .contains("2.132 af 428.000 børn (0,498 %)");

        String preview = mvc.perform(get("/puljer/fordelinger/" + allocation).with(as(national())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(preview)
                .contains("533.000 kr.")
                .contains("2.132")
                .contains("0,498 %")
                .contains("107.000.000 kr.");

        byte[] pdf = mvc.perform(get("/tilskud/tildelinger/" + allocation + "/175/brev.pdf")
                        .with(as(finance(175))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        java.nio.file.Files.write(java.nio.file.Path.of("target", "tilsagnsbrev-175-2023.pdf"), pdf);
        String letter;
        try (var document = Loader.loadPDF(pdf)) {
            letter = new PDFTextStripper().getText(document);
        }
        assertThat(letter)
                .contains("Rødovre Kommune")
                .contains("Styrelsen for Undervisning og Kvalitet")
                .contains("533.000 kr.")
                .contains("2.132 af landets 428.000 børn")
                .contains("0,498 %")
                .contains("31.07.2030");

        byte[] xlsx = mvc.perform(
                        get("/puljer/fordelinger/" + allocation + ".xlsx").with(as(national())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row roedovre = null;
            for (Row row : book.getSheetAt(0)) {
                if (row.getCell(0) != null
                        && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        && row.getCell(0).getNumericCellValue() == 175) {
                    roedovre = row;
                }
            }
            assertThat(roedovre).isNotNull();
            assertThat(roedovre.getCell(2).getNumericCellValue()).isEqualTo(2_132);
            assertThat(roedovre.getCell(4).getNumericCellValue()).isEqualTo(533_000);
            assertThat(roedovre.getCell(3).getNumericCellValue())
                    .isCloseTo(0.004981, org.assertj.core.data.Offset.offset(0.0000005));
        }
    }

    /** The demo's published allocation of the year (2023, 2024 or 2025). */
    UUID demoAllocation(int year) {
        return actingAs(national(), () -> funding.allocations.all().stream()
                .filter(a -> a.firstYear() == year && a.status() == AllocationStatus.PUBLISHED)
                .findFirst()
                .orElseThrow()
                .id());
    }

    static Map<Integer, Long> sorted(Map<Integer, Long> map) {
        return new TreeMap<>(map);
    }
}
