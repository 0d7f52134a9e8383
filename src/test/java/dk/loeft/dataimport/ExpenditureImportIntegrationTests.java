package dk.loeft.dataimport;

import static dk.loeft.dataimport.ImportFiles.bytes;
import static dk.loeft.dataimport.ImportFiles.stream;
import static dk.loeft.testing.TestUsers.as;
import static dk.loeft.testing.TestUsers.finance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.loeft.IntegrationTest;
import dk.loeft.funding.LedgerService;
import dk.loeft.testing.LedgerFixture;
import dk.loeft.testing.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Expenditure from a finance-system file: preview-then-commit like staff, nothing written from a bad file. */
@IntegrationTest
class ExpenditureImportIntegrationTests {

    static final int K = 201;
    static final String HEADER = "Posteringsdato;Beløb;Art;Bilagsnummer;Indsats\n";

    @Autowired
    ImportService imports;

    @Autowired
    LedgerService ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    static String p() {
        return "I" + UUID.randomUUID().toString().substring(0, 6);
    }

    static String file(String p) {
        return HEADER
                + "15-03-2024;12.500,00;Deltagerbetaling;" + p + "-1;Meritpædagog hold 2024\n"
                + "30-06-2024;980,50;Uformel opkvalificering;" + p + "-2;Sprogkursus\n"
                + "31-01-2025;24.000,00;Løn under uddannelse;" + p + "-3;Meritpædagog hold 2024\n";
    }

    private ImportResult run(String name, String csv) {
        return imports.run(ImportKind.EXPENDITURE, K, "oekonomi.test", name, stream(csv), false);
    }

    private long remaining() {
        return TestUsers.actingAs(finance(K), () -> ledger.ledger(K).totals().remainingOere());
    }

    @Test
    void aFileIsBookedAndImportingItAgainChangesNothing() {
        String p = p();
        long before = remaining();

        ImportResult first = run("forbrug.csv", file(p));
        ImportResult again = run("forbrug.csv", file(p));

        assertThat(first.status()).isEqualTo(ImportStatus.DONE);
        assertThat(first.created()).isEqualTo(3);
        assertThat(again.status()).isEqualTo(ImportStatus.DONE);
        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(remaining()).isEqualTo(before - 1_250_000 - 98_050 - 2_400_000);
    }

    @Test
    void aVoucherAlreadyBookedWithOtherValuesStopsTheWholeFile() {
        String p = p();
        run("forbrug.csv", file(p));
        long count = LedgerFixture.expenditureCount(jdbc, K);

        ImportResult changed = run(
                "rettet.csv",
                HEADER + "01-04-2024;100,00;Revision;" + p + "-new;\n" + "15-03-2024;12.600,00;Deltagerbetaling;" + p
                        + "-1;Meritpædagog hold 2024\n");

        assertThat(changed.status()).isEqualTo(ImportStatus.INVALID);
        assertThat(changed.errors())
                .extracting(ImportError::message)
                .containsExactly("Bilag '" + p + "-1' er allerede bogført med andre værdier. Forbrug ændres ikke ved"
                        + " import: tilbagefør det bogførte bilag på siden Tilskud, og importér rettelsen under et"
                        + " nyt bilagsnummer.");
        assertThat(LedgerFixture.expenditureCount(jdbc, K)).isEqualTo(count);
    }

    @Test
    void badFilesAreRefusedWithEveryErrorAndNothingIsWritten() {
        String p = p();
        long count = LedgerFixture.expenditureCount(jdbc, K);

        ImportResult badDate = run("dato.csv", HEADER + "2024-13-01;100;Revision;" + p + "-1;\n");
        ImportResult badAmount = run("beloeb.csv", HEADER + "01-04-2024;100 kr og 50 øre;Revision;" + p + "-2;\n");
        ImportResult unknownCategory = run("art.csv", HEADER + "01-04-2024;100;Kaffe og kage;" + p + "-3;\n");
        ImportResult cpr = run(
                "cpr.csv",
                "dato;beløb;udgiftstype;bilag;medarbejder\n01-04-2024;100;Revision;" + p + "-4;010190-1234\n");

        assertThat(badDate.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("dato");
        });
        assertThat(badAmount.errors())
                .extracting(ImportError::message)
                .containsExactly("'100 kr og 50 øre' er ikke et tal.");
        assertThat(unknownCategory.errors()).extracting(ImportError::column).containsExactly("udgiftstype");
        assertThat(cpr.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .contains("CPR"));
        for (ImportResult result : new ImportResult[] {badDate, badAmount, unknownCategory, cpr}) {
            assertThat(result.status()).isEqualTo(ImportStatus.INVALID);
        }
        assertThat(LedgerFixture.expenditureCount(jdbc, K)).isEqualTo(count);
    }

    @Test
    void financeImportsExpenditureThroughTheApiButNoOtherKind() throws Exception {
        String p = p();
        mvc.perform(multipart("/api/v1/imports/forbrug")
                        .file(new MockMultipartFile("file", "forbrug.csv", "text/csv", bytes(file(p))))
                        .with(as(finance(K)))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("forbrug"))
                .andExpect(jsonPath("$.created").value(3));
        mvc.perform(multipart("/api/v1/imports/personale")
                        .file(new MockMultipartFile("file", "p.csv", "text/csv", bytes(ImportFiles.STAFF_HEADER)))
                        .with(as(finance(K)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void financeSeesOnlyTheExpenditureKindOnTheImportPageAndGetsItsTemplate() throws Exception {
        String page = mvc.perform(get("/import").with(as(finance(K))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Forbrug af tilskud").doesNotContain("value=\"STAFF\"");
        mvc.perform(get("/import/skabelon/forbrug.xlsx").with(as(finance(K)))).andExpect(status().isOk());
        String csv = mvc.perform(get("/import/skabelon/forbrug.csv").with(as(finance(K))))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("dato;beløb;udgiftstype;bilag;indsats");
    }

    @Test
    void theImportPageChecksThenBooksOnlyWhenConfirmed() throws Exception {
        String p = p();
        long count = LedgerFixture.expenditureCount(jdbc, K);

        String location = mvc.perform(multipart("/import")
                        .file(new MockMultipartFile("file", "forbrug.csv", "text/csv", bytes(file(p))))
                        .param("kind", "EXPENDITURE")
                        .with(as(finance(K)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(LedgerFixture.expenditureCount(jdbc, K)).isEqualTo(count);

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(location + "/bekraeft")
                        .with(as(finance(K)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(LedgerFixture.expenditureCount(jdbc, K)).isEqualTo(count + 3);
        UUID job = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(dk.loeft.platform.tenancy.Tenancy.runAs(dk.loeft.platform.tenancy.Tenancy.ALL, () -> jdbc.sql(
                                "select count(*) from expenditure where import_job = :job and recorded_by = :by")
                        .param("job", job)
                        .param("by", finance(K).getUsername())
                        .query(Long.class)
                        .single()))
                .isEqualTo(3);
    }
}
