package dk.loeft.funding.web;

import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.as;
import static dk.loeft.testing.TestUsers.finance;
import static dk.loeft.testing.TestUsers.national;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.loeft.IntegrationTest;
import dk.loeft.funding.GrantLedger;
import dk.loeft.funding.LedgerService;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.testing.LedgerFixture;
import dk.loeft.testing.TestUsers;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The ledger page /tilskud, hand registration and reversal of expenditure, the export and the price index. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerPagesIntegrationTests {

    static final int K = 183;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerService ledger;

    @BeforeAll
    void roedovresGrantsInKommuneK() {
        LedgerFixture.roedovresGrants(jdbc, K);
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private GrantLedger ledgerOfK() {
        return TestUsers.actingAs(finance(K), () -> ledger.ledger(K));
    }

    private static String voucher() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private MockHttpServletRequestBuilder register(String date, String amount, String category, String voucher) {
        return post("/tilskud/forbrug/ny")
                .with(csrf())
                .with(as(finance(K)))
                .param("bookedOn", date)
                .param("amount", amount)
                .param("category", category)
                .param("voucher", voucher)
                .param("initiative", "Meritpædagog hold 2024")
                .param("note", "");
    }

    @Test
    void theLedgerShowsRoedovresGrantsTheirInformalCapsAndTheYearsToTheDeadline() throws Exception {
        String page = html(get("/tilskud").with(as(finance(K))));

        assertThat(page)
                .contains("Tilskud og forbrug")
                .contains("2.539.000 kr.")
                .contains("53.300 kr.")
                .contains("103.000 kr.")
                .contains("97.600 kr.")
                .contains("data-year=\"2030\"")
                .contains("forventet tilbagebetaling, hvis intet mere forbruges")
                .contains("Disponeret er det, kommunens godkendte opkvalificeringsplan");
        assertThat(ledgerOfK().totals().grantedOere()).isEqualTo(253_900_000L);
    }

    @Test
    void anExpenditureRegisteredByHandLowersTheRemainingAmountByExactlyItsAmount() throws Exception {
        long before = ledgerOfK().totals().remainingOere();
        String voucher = voucher();

        mvc.perform(register("2024-03-15", "12.500,50", "DELTAGERBETALING", voucher))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/tilskud"))
                .andExpect(flash().attribute("flashSuccess", "Forbruget på bilag " + voucher + " er registreret."));

        assertThat(ledgerOfK().totals().remainingOere()).isEqualTo(before - 1_250_050L);
        assertThat(html(get("/tilskud").with(as(finance(K))))).contains(voucher).contains("12.500,50 kr.");
    }

    @Test
    void informalSpendingAboveTheCapOfTheYearsSoFarGivesADanishWarning() throws Exception {
        mvc.perform(register("2023-10-02", "60.000", "UFORMEL", voucher())).andExpect(status().is3xxRedirection());

        assertThat(html(get("/tilskud").with(as(finance(K)))))
                .contains("Forbruget til uformel opkvalificering er over loftet")
                .contains("Til og med 2023 er der brugt 60.000 kr. til uformel opkvalificering, men loftet for"
                        + " tilskuddene til og med 2023 er 53.300 kr.");
    }

    @Test
    void theExpenditureListIsPagedWithHtmx() throws Exception {
        for (int i = 0; i < LedgerController.PAGE_SIZE + 1; i++) {
            LedgerFixture.expenditure(jdbc, K, LocalDate.of(2025, 1, 1), 100, "REVISION", voucher(), "Side");
        }

        String fragment = html(get("/tilskud/forbrug")
                .param("side", "1")
                .header("HX-Request", "true")
                .with(as(finance(K))));

        assertThat(fragment).contains("id=\"entries\"").contains("Forrige").doesNotContain("<html");
        mvc.perform(get("/tilskud/forbrug").with(as(finance(K)))).andExpect(redirectedUrl("/tilskud"));
    }

    @Test
    void aRepeatedVoucherIsRefusedWithADanishErrorAndNothingIsWritten() throws Exception {
        String voucher = voucher();
        mvc.perform(register("2024-03-15", "100", "REVISION", voucher)).andExpect(status().is3xxRedirection());
        long count = LedgerFixture.expenditureCount(jdbc, K);

        String page = html(register("2024-04-15", "200", "REVISION", voucher));

        assertThat(page)
                .contains("Bilag " + voucher + " er allerede registreret. Hvert bilag kan kun registreres én gang.");
        assertThat(LedgerFixture.expenditureCount(jdbc, K)).isEqualTo(count);
    }

    @Test
    void wagesAndSubstitutesBeforeDecember2023AreRefusedAsIneligible() throws Exception {
        long count = LedgerFixture.expenditureCount(jdbc, K);

        assertThat(html(register("2023-11-30", "1.000", "LOEN", voucher())))
                .contains("Løn under uddannelse kan først betales af puljen fra den 01.12.2023.");
        assertThat(html(register("2023-11-30", "1.000", "VIKAR", voucher())))
                .contains("Vikardækning kan først betales af puljen fra den 01.12.2023.");
        assertThat(html(register("2022-12-31", "1.000", "REVISION", voucher())))
                .contains("Ingen af puljens runder dækker forbrug bogført den 31.12.2022.");
        assertThat(LedgerFixture.expenditureCount(jdbc, K)).isEqualTo(count);
    }

    @Test
    void anAmountMustBeDanishKronerAboveZero() throws Exception {
        long count = LedgerFixture.expenditureCount(jdbc, K);

        assertThat(html(register("2024-03-15", "12.50", "REVISION", voucher())))
                .contains("Skriv beløbet i kroner med decimalkomma og højst 2 decimaler");
        assertThat(html(register("2024-03-15", "0", "REVISION", voucher()))).contains("Beløbet skal være over 0 kr.");
        assertThat(html(register(LocalDate.now().plusDays(2).toString(), "10", "REVISION", voucher())))
                .contains("Bogføringsdatoen kan ikke ligge efter i dag.");
        assertThat(LedgerFixture.expenditureCount(jdbc, K)).isEqualTo(count);
    }

    @Test
    void aReversalIsANewLineWithTheOppositeAmountAndALineIsReversedOnlyOnce() throws Exception {
        String voucher = voucher();
        mvc.perform(register("2025-02-01", "4.250,00", "STUDIEUDGIFTER", voucher));
        long before = ledgerOfK().totals().remainingOere();
        UUID id = Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql("select id from expenditure where voucher = :v")
                .param("v", voucher)
                .query(UUID.class)
                .single());

        assertThat(html(get("/tilskud/forbrug/" + id + "/tilbagefoer").with(as(admin(K)))))
                .contains("Tilbagefør bilag " + voucher);
        mvc.perform(post("/tilskud/forbrug/" + id + "/tilbagefoer")
                        .with(csrf())
                        .with(as(admin(K)))
                        .param("note", "Forkert kontering"))
                .andExpect(redirectedUrl("/tilskud"))
                .andExpect(flash().attribute(
                                "flashSuccess", "Tilbageførslen er registreret som bilag " + voucher + "-R."));

        assertThat(ledgerOfK().totals().remainingOere()).isEqualTo(before + 425_000L);
        long count = LedgerFixture.expenditureCount(jdbc, K);
        mvc.perform(post("/tilskud/forbrug/" + id + "/tilbagefoer").with(csrf()).with(as(admin(K))))
                .andExpect(flash().attribute(
                                "flashError",
                                "Bilag " + voucher
                                        + " er allerede tilbageført. En registrering kan kun tilbageføres én gang."));
        assertThat(LedgerFixture.expenditureCount(jdbc, K)).isEqualTo(count);
        assertThat(ledgerOfK().totals().remainingOere()).isEqualTo(before + 425_000L);
    }

    @Test
    void expenditureAndGrantEntriesCanNeitherBeChangedNorDeletedInTheDatabase() {
        UUID spent = LedgerFixture.expenditure(jdbc, K, LocalDate.of(2024, 1, 1), 100, "REVISION", voucher(), "x");
        UUID granted = LedgerFixture.grant(jdbc, K, LedgerFixture.ROUND_2023, 2023, 0);

        for (String sql : new String[] {
            "update expenditure set amount_oere = 1 where id = :id",
            "delete from expenditure where id = :id",
            "update grant_entry set amount_oere = 1 where id = :id",
            "delete from grant_entry where id = :id"
        }) {
            UUID id = sql.contains("expenditure") ? spent : granted;
            assertThatThrownBy(() -> Tenancy.runAs(
                            Integer.toString(K),
                            () -> jdbc.sql(sql).param("id", id).update()))
                    .as(sql)
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void theMinistryReadsAKommunesLedgerWithoutTheButtonsToBook() throws Exception {
        String page = html(get("/tilskud").param("kommune", Integer.toString(K)).with(as(national())));

        assertThat(page).contains("2.539.000 kr.").contains("som ministeriet").doesNotContain("id=\"register-link\"");
        mvc.perform(get("/tilskud").with(as(national()))).andExpect(status().isNotFound());
        mvc.perform(get("/tilskud/forbrug/ny").with(as(national()))).andExpect(status().isForbidden());
    }

    @Test
    void theExportHasTheSameNumbersAsTheLedger() throws Exception {
        byte[] file = mvc.perform(get("/tilskud.xlsx").with(as(finance(K))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        GrantLedger book = ledgerOfK();

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var years = workbook.getSheet("Pr. år");
            var total = years.getRow(book.years().size() + 1);
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(2_539_000.0);
            assertThat(total.getCell(5).getNumericCellValue())
                    .isEqualTo(book.totals().committedOere() / 100.0);
            assertThat(total.getCell(9).getNumericCellValue())
                    .isEqualTo(book.totals().remainingOere() / 100.0);
            var informal = workbook.getSheet("Uformel opkvalificering");
            assertThat(informal.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(53_300.0);
            assertThat(workbook.getSheet("Forbrug").getLastRowNum())
                    .isEqualTo((int) LedgerFixture.expenditureCount(jdbc, K));
        }
    }

    @Test
    void theMinistryKeepsThePriceIndexAndAStaleFormIsAConflict() throws Exception {
        mvc.perform(post("/puljer/prisindeks")
                        .with(csrf())
                        .with(as(national()))
                        .param("year", "2031")
                        .param("value", "112,5")
                        .param("source", "Testskøn"))
                .andExpect(redirectedUrl("/puljer/prisindeks"));
        assertThat(html(get("/puljer/prisindeks").with(as(finance(K)))))
                .contains("112,500")
                .contains("Testskøn");

        mvc.perform(post("/puljer/prisindeks")
                        .with(csrf())
                        .with(as(national()))
                        .param("year", "2031")
                        .param("value", "113")
                        .param("source", "Andet skøn")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/puljer/prisindeks"));
        mvc.perform(post("/puljer/prisindeks")
                        .with(csrf())
                        .with(as(national()))
                        .param("year", "2031")
                        .param("value", "114")
                        .param("source", "Forældet")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/puljer/prisindeks?aar=2031"))
                .andExpect(flash().attributeExists("flashError"));
        mvc.perform(post("/puljer/prisindeks")
                        .with(csrf())
                        .with(as(finance(K)))
                        .param("year", "2031")
                        .param("value", "1")
                        .param("source", "x")
                        .param("version", "1"))
                .andExpect(status().isForbidden());
        assertThat(ledger.priceIndex().get(2031)).isEqualByComparingTo("113");
    }
}
