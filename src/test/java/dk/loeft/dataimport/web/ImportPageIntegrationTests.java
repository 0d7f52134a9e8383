package dk.loeft.dataimport.web;

import static dk.loeft.dataimport.ImportFiles.bytes;
import static dk.loeft.dataimport.ImportFiles.fixture;
import static dk.loeft.dataimport.ImportFiles.institutions;
import static dk.loeft.dataimport.ImportFiles.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.loeft.IntegrationTest;
import dk.loeft.dataimport.ImportFiles;
import dk.loeft.dataimport.ImportJob;
import dk.loeft.dataimport.ImportJobService;
import dk.loeft.dataimport.ImportKind;
import dk.loeft.dataimport.ImportStatus;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.sheet.SheetReader;
import dk.loeft.platform.tenancy.Tenancy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ImportPageIntegrationTests {

    static final int GLOSTRUP = 161;

    static final LoeftUser FORVALTNING = new LoeftUser(
            UUID.randomUUID(),
            "forvaltning.glostrup",
            null,
            "Frida Forvaltning",
            Role.KOMMUNE_ADMIN,
            GLOSTRUP,
            null,
            Set.of(),
            null,
            true,
            false,
            null);
    static final LoeftUser LEDER = new LoeftUser(
            UUID.randomUUID(),
            "leder.glostrup",
            null,
            "Lis Leder",
            Role.LEADER,
            GLOSTRUP,
            null,
            Set.of(UUID.randomUUID()),
            null,
            true,
            false,
            null);
    static final LoeftUser HERLEV = new LoeftUser(
            UUID.randomUUID(),
            "forvaltning.herlev",
            null,
            "Hans Herlev",
            Role.KOMMUNE_ADMIN,
            163,
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

    @Autowired
    ImportJobService jobs;

    private String upload(LoeftUser user, ImportKind kind, String fileName, byte[] content) throws Exception {
        return mvc.perform(multipart("/import")
                        .file(new MockMultipartFile("file", fileName, "text/csv", content))
                        .param("kind", kind.name())
                        .with(user(user))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private long count(String table, String column, String p) {
        return Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql(
                        "select count(*) from " + table + " where kommune_code = :k and " + column + " like :p")
                .param("k", GLOSTRUP)
                .param("p", p + "%")
                .query(Long.class)
                .single());
    }

    @Test
    void theForvaltningUploadsSeesThePreviewWithCountsAndConfirms() throws Exception {
        String p = unique();

        String job =
                upload(FORVALTNING, ImportKind.INSTITUTIONS, "institutioner-" + p + ".csv", bytes(institutions(p)));

        assertThat(job).startsWith("/import/");
        mvc.perform(get(job).with(user(FORVALTNING)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Filen er kontrolleret uden fejl"),
                                containsString("Børnehuset Æblehaven"),
                                containsString("Børnehave"),
                                containsString("Selvejende"),
                                containsString("CSV-fil, tegnsæt UTF-8, adskilt med semikolon"),
                                containsString("Importér"))));
        assertThat(count("institution", "number", p))
                .as("nothing is written before confirming")
                .isZero();

        mvc.perform(post(job + "/bekraeft").with(user(FORVALTNING)).with(csrf()))
                .andExpect(redirectedUrl(job));

        mvc.perform(get(job).with(user(FORVALTNING)))
                .andExpect(content()
                        .string(allOf(containsString("Importen er gennemført"), not(containsString("Importér")))));
        assertThat(count("institution", "number", p)).isEqualTo(2);
        mvc.perform(get("/import").with(user(FORVALTNING)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("institutioner-" + p + ".csv"),
                                containsString("Frida Forvaltning"),
                                containsString("Gennemført"))));
        mvc.perform(post(job + "/bekraeft").with(user(FORVALTNING)).with(csrf()))
                .andExpect(redirectedUrl(job))
                .andExpect(flash().attribute(
                                "flashError", "Importen venter ikke på bekræftelse længere (status: Gennemført)."));
        assertThat(count("institution", "number", p)).isEqualTo(2);
    }

    @Test
    void aFileWithErrorsShowsEveryErrorWritesNothingAndCannotBeConfirmed() throws Exception {
        String p = unique();
        upload(FORVALTNING, ImportKind.INSTITUTIONS, "inst.csv", bytes(institutions(p)));
        String first = upload(FORVALTNING, ImportKind.INSTITUTIONS, "inst.csv", bytes(institutions(p)));
        mvc.perform(post(first + "/bekraeft").with(user(FORVALTNING)).with(csrf()));

        String job =
                upload(FORVALTNING, ImportKind.STAFF, "personale.csv", bytes(fixture("personale-med-fejl.csv", p)));

        mvc.perform(get(job).with(user(FORVALTNING)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Filen indeholder fejl – intet er gemt"),
                                containsString("Filen har 3 fejl."),
                                containsString("&#39;31-02-1990&#39; er ikke en gyldig dato"),
                                containsString("fødselsdato"),
                                containsString("&#39;60&#39; timer om ugen er ikke muligt"),
                                not(containsString("bekraeft")))));
        mvc.perform(post(job + "/bekraeft").with(user(FORVALTNING)).with(csrf()))
                .andExpect(flash().attribute(
                                "flashError", "Importen venter ikke på bekræftelse længere (status: Fejl i filen)."));
        assertThat(count("staff_member", "employee_number", p)).isZero();
    }

    @Test
    void aCancelledImportWritesNothing() throws Exception {
        String p = unique();
        String job = upload(FORVALTNING, ImportKind.INSTITUTIONS, "inst.csv", bytes(institutions(p)));

        mvc.perform(post(job + "/annuller").with(user(FORVALTNING)).with(csrf()))
                .andExpect(redirectedUrl("/import"))
                .andExpect(flash().attribute("flashSuccess", "Importen er annulleret. Intet er gemt."));

        mvc.perform(get(job).with(user(FORVALTNING)))
                .andExpect(content().string(containsString("Importen er annulleret – intet er gemt")));
        assertThat(count("institution", "number", p)).isZero();
    }

    @Test
    void anUploadWithoutKindOrFileShowsWhatIsMissing() throws Exception {
        mvc.perform(multipart("/import").with(user(FORVALTNING)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Der er problemer"),
                                containsString("Vælg, hvad filen indeholder."),
                                containsString("Vælg en fil."))));
    }

    @Test
    void aLeaderMayNotImport() throws Exception {
        mvc.perform(get("/import").with(user(LEDER))).andExpect(status().isForbidden());
        mvc.perform(multipart("/import")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", bytes(institutions(unique()))))
                        .param("kind", "INSTITUTIONS")
                        .with(user(LEDER))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/import/skabelon/personale.csv").with(user(LEDER))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/imports").with(user(LEDER))).andExpect(status().is4xxClientError());
    }

    @Test
    void anotherKommunesImportIsNotFound() throws Exception {
        String job = upload(HERLEV, ImportKind.INSTITUTIONS, "herlev.csv", bytes(institutions(unique())));

        mvc.perform(get(job).with(user(FORVALTNING))).andExpect(status().isNotFound());
        mvc.perform(post(job + "/bekraeft").with(user(FORVALTNING)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theTemplatesDownloadAsCsvAndExcel() throws Exception {
        byte[] csv = mvc.perform(get("/import/skabelon/personale.csv").with(user(FORVALTNING)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("skabelon-personale.csv")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8))
                .startsWith("\uFEFFmedarbejdernummer;navn;fødselsdato;stilling;")
                .contains("# funktioner (frivillig): faglig fyrtårn, praktikvejleder");

        byte[] xlsx = mvc.perform(get("/import/skabelon/boernetal.xlsx").with(user(FORVALTNING)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var sheet = SheetReader.read("skabelon.xlsx", xlsx);
        assertThat(sheet.header()).containsExactly("institutionsnummer", "måned", "børn 0-2 år", "børn 3-5 år");
        assertThat(sheet.rows().getFirst().cells()).containsExactly("1042", "2026-08-01", "32.5", "61");

        mvc.perform(get("/import/skabelon/ukendt.csv").with(user(FORVALTNING))).andExpect(status().isNotFound());
    }

    @Test
    void theStatusFragmentIsServedAloneToHtmx() throws Exception {
        String job = upload(FORVALTNING, ImportKind.INSTITUTIONS, "inst.csv", bytes(institutions(unique())));

        mvc.perform(get(job).header("HX-Request", "true").with(user(FORVALTNING)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                startsWith("<div id=\"import-status\""),
                                not(containsString("<html")),
                                containsString("Filen er kontrolleret uden fejl"))));
    }

    @Test
    void aRunningImportIsPolledByHtmxAndShowsItsProgress() throws Exception {
        UUID writing = UUID.randomUUID();
        UUID reading = UUID.randomUUID();
        Tenancy.runAs(String.valueOf(GLOSTRUP), () -> {
            jdbc.sql("""
                    insert into import_job (id, kommune_code, kind, file_name, actor, actor_name, status, total_rows,
                                            processed_rows, phase, step, steps, started_at)
                    values (:w, 161, 'STAFF', 'stor.csv', 'x', 'X', 'WRITING', 80000, 0,
                            'dataimport.phase.people', 3, 5, now()),
                           (:r, 161, 'STAFF', 'stor.csv', 'x', 'X', 'VALIDATING', 80000, 12000, null, 0, 0, now())""").param("w", writing).param("r", reading).update();
        });

        mvc.perform(get("/import/" + writing).header("HX-Request", "true").with(user(FORVALTNING)))
                .andExpect(content()
                        .string(allOf(
                                containsString("hx-get=\"/import/" + writing + "\""),
                                containsString("hx-trigger=\"every 1s\""),
                                containsString("Trin 3 af 5: medarbejdere gemmes"),
                                containsString("value=\"50\""))));
        mvc.perform(get("/import/" + reading).with(user(FORVALTNING)))
                .andExpect(content()
                        .string(allOf(
                                containsString("Behandlet 12.000 af 80.000 rækker"),
                                containsString("Du kan roligt forlade siden"))));
    }

    @Test
    void aLargeFileIsCheckedAndWrittenInTheBackgroundAndTheUserCanComeBack() throws Exception {
        String p = unique();
        upload(FORVALTNING, ImportKind.INSTITUTIONS, "inst.csv", bytes(institutions(p)));
        String first = upload(FORVALTNING, ImportKind.INSTITUTIONS, "inst.csv", bytes(institutions(p)));
        mvc.perform(post(first + "/bekraeft").with(user(FORVALTNING)).with(csrf()));
        StringBuilder csv = new StringBuilder(ImportFiles.STAFF_HEADER);
        int people = 5_000;
        for (int i = 0; i < people; i++) {
            csv.append(p)
                    .append("-P")
                    .append(i)
                    .append(";Medarbejder med et ret langt navn nummer ")
                    .append(i)
                    .append(";01-01-1985;pædagog;pædagog;2010;")
                    .append(p)
                    .append(i % 2 == 0 ? "-1" : "-2")
                    .append(";32,5;01-08-2015;;12;praktikvejleder\n");
        }
        byte[] content = bytes(csv.toString());
        assertThat(content.length).isGreaterThan(262_144);

        String job = upload(FORVALTNING, ImportKind.STAFF, "stor.csv", content);
        UUID id = UUID.fromString(job.substring("/import/".length()));

        mvc.perform(get(job).with(user(FORVALTNING))).andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jobs.job(FORVALTNING, id).status() == ImportStatus.READY);
        ImportJob ready = jobs.job(FORVALTNING, id);
        assertThat(ready.totalRows()).isEqualTo(people);
        assertThat(ready.processedRows()).isEqualTo(people);
        assertThat(ready.created()).isEqualTo(people);

        mvc.perform(post(job + "/bekraeft").with(user(FORVALTNING)).with(csrf()))
                .andExpect(redirectedUrl(job));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jobs.job(FORVALTNING, id).status() == ImportStatus.DONE);

        assertThat(count("staff_member", "employee_number", p)).isEqualTo(people);
        mvc.perform(get(job).with(user(FORVALTNING)))
                .andExpect(content().string(allOf(containsString("Importen er gennemført"), containsString("5.000"))));
    }
}
