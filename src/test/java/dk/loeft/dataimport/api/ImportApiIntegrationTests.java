package dk.loeft.dataimport.api;

import static dk.loeft.dataimport.ImportFiles.bytes;
import static dk.loeft.dataimport.ImportFiles.fixture;
import static dk.loeft.dataimport.ImportFiles.institutions;
import static dk.loeft.dataimport.ImportFiles.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.loeft.IntegrationTest;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@IntegrationTest
class ImportApiIntegrationTests {

    static final int GLOSTRUP = 161;
    static final LoeftUser FORVALTNING = new LoeftUser(
            UUID.randomUUID(),
            "api.glostrup",
            null,
            "API Glostrup",
            Role.KOMMUNE_ADMIN,
            GLOSTRUP,
            null,
            Set.of(),
            null,
            true,
            false,
            null);
    static final LoeftUser OEKONOMI = new LoeftUser(
            UUID.randomUUID(),
            "oekonomi.glostrup",
            null,
            "Øko",
            Role.FINANCE,
            GLOSTRUP,
            null,
            Set.of(),
            null,
            true,
            false,
            null);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private static MockMultipartHttpServletRequestBuilder post(String kind, String fileName, byte[] content) {
        return multipart("/api/v1/imports/" + kind).file(new MockMultipartFile("file", fileName, "text/csv", content));
    }

    private long institutionCount(String p) {
        return Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql(
                        "select count(*) from institution where kommune_code = :k and number like :p")
                .param("k", GLOSTRUP)
                .param("p", p + "%")
                .query(Long.class)
                .single());
    }

    @Test
    void aDryRunAnswersTheCountsAndWritesNothing() throws Exception {
        String p = unique();

        mvc.perform(post("institutioner", "inst.csv", bytes(institutions(p)))
                        .param("dryRun", "true")
                        .with(user(FORVALTNING))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("institutioner"))
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.rows").value(2))
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.importId").doesNotExist());

        assertThat(institutionCount(p)).isZero();
    }

    @Test
    void anImportWritesAndAReImportCountsTheRowsAsUnchanged() throws Exception {
        String p = unique();

        mvc.perform(post("institutioner", "inst.csv", bytes(institutions(p)))
                        .with(user(FORVALTNING))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.importId").isNotEmpty());
        mvc.perform(post("institutioner", "inst.csv", bytes(institutions(p)))
                        .with(user(FORVALTNING))
                        .with(csrf()))
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.unchanged").value(2));

        assertThat(institutionCount(p)).isEqualTo(2);
    }

    @Test
    void anInvalidFileIsAProblemDetailListingEveryErrorWithRowAndColumn() throws Exception {
        String p = unique();
        mvc.perform(post("institutioner", "inst.csv", bytes(institutions(p)))
                .with(user(FORVALTNING))
                .with(csrf()));

        mvc.perform(post("personale", "personale.csv", bytes(fixture("personale-med-fejl.csv", p)))
                        .with(user(FORVALTNING))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:loeft:problem:import-invalid-file"))
                .andExpect(jsonPath("$.title").value("Filen indeholder fejl"))
                .andExpect(jsonPath("$.detail").value("Filen har 3 fejl. Intet er gemt."))
                .andExpect(jsonPath("$.errorCount").value(3))
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[0].row").value(4))
                .andExpect(jsonPath("$.errors[0].column").value("fødselsdato"))
                .andExpect(jsonPath("$.errors[0].message").value("'31-02-1990' er ikke en gyldig dato"))
                .andExpect(jsonPath("$.errors[2].column").value("ugentlige timer"));
    }

    @Test
    void anUnreadableFileIsAProblemWithAFileLevelError() throws Exception {
        mvc.perform(post("boernetal", "gammel.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1})
                        .with(user(FORVALTNING))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").doesNotExist())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Filen er i det gamle Excel-format (.xls). Gem den som Excel-projektmappe (.xlsx)"
                                + " eller CSV, og prøv igen."));
    }

    @Test
    void anUnknownKindIsNotFoundAndOtherRolesAreForbidden() throws Exception {
        mvc.perform(post("boern", "x.csv", bytes("a;b\n1;2\n"))
                        .with(user(FORVALTNING))
                        .with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail")
                        .value("Ukendt importtype 'boern'. Brug institutioner, boernetal, personale eller forbrug."));
        mvc.perform(post("institutioner", "x.csv", bytes(institutions(unique())))
                        .with(user(OEKONOMI))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }
}
