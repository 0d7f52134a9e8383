package dk.loeft.plan;

import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.loeft.IntegrationTest;
import dk.loeft.testing.TestPlans;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanProjectionAndDocumentIntegrationTests {

    static final int ROEDOVRE = 175;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    PlanContent v1;
    PlanContent v2;

    @BeforeAll
    void plans() {
        v1 = TestPlans.roedovre(context);
        v2 = TestPlans.roedovreWithPau(context);
    }

    @Test
    void theProjectionPageShowsEveryYearTo2030WithTheGoalAndTheAssumptions() throws Exception {
        String page = body(get(projection(v1)));

        assertThat(page).contains("Forventet uddannelsesdækning", "projection-chart", "85,0 %", "data-year=\"2030\"");
        assertThat(page).contains("value=\"85\"", "value=\"15\"");
    }

    @Test
    void anAssumptionOutOfRangeIsExplainedInDanishAndTheDefaultsAreShown() throws Exception {
        String page = body(get(projection(v1)).param("completionRate", "150"));

        assertThat(page).contains("Skriv et tal fra 0 til 100.", "data-year=\"2030\"");
    }

    @Test
    void anotherKommunesPlanIsNotFound() throws Exception {
        mvc.perform(get(projection(v1)).with(as(admin(151)))).andExpect(status().isNotFound());
        mvc.perform(get("/planer/" + v1.planId() + "/versioner/1/plan.pdf").with(as(admin(151))))
                .andExpect(status().isNotFound());
    }

    @Test
    void theScenarioPageComparesTwoVersionsAndAsksForTwoToFour() throws Exception {
        String page = body(get("/planer/scenarier").param("v", ref(v1), ref(v2)));
        assertThat(page)
                .contains("scenario-table", "data-version=\"" + ref(v1) + "\"", "data-version=\"" + ref(v2) + "\"");

        String one = body(get("/planer/scenarier").param("v", ref(v1)));
        assertThat(one)
                .contains("Vælg mellem to og fire versioner for at sammenligne.")
                .doesNotContain("scenario-table");
    }

    @Test
    void theApiAnswersTheProjectionAndTheScenarios() throws Exception {
        mvc.perform(get("/api/v1/plans/" + v1.planId() + "/versions/1/projection")
                        .param("completionRate", "0.9")
                        .with(as(admin(ROEDOVRE))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.goal").value(0.85))
                .andExpect(jsonPath("$.assumptions.completionRate").value(0.9))
                .andExpect(jsonPath("$.years[-1:].year").value(2030));
        mvc.perform(get("/api/v1/plans/scenarios").param("v", ref(v1), ref(v2)).with(as(admin(ROEDOVRE))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scenarios.length()").value(2))
                .andExpect(jsonPath("$.scenarios[1].totalOere").value(192_300_000L + 18_000_000L));
        mvc.perform(get("/api/v1/plans/" + v1.planId() + "/versions/1/projection")
                        .param("completionRate", "1.5")
                        .with(as(admin(ROEDOVRE))))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void thePdfStatesTheKommuneTheSectionsAndABudgetThatSumsToThePlansTotal() throws Exception {
        byte[] pdf = bytes(get("/planer/" + v1.planId() + "/versioner/1/plan.pdf"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(
                            "Rødovre Kommune",
                            "Tildeling fra Opkvalificeringspuljen",
                            "Baggrund",
                            "Målgruppe",
                            "Meritpædagoguddannelse (netbaseret)",
                            "Tabel 3. Udgifter pr. indsats og år",
                            "Evaluering",
                            "Status på puljens regler",
                            "Forventet uddannelsesdækning")
                    // the plan's total 1.923.000 kr., of which 1.815.000 kr. from the pool; 2024 in all: 1.113.500 kr.
                    .contains("1.923.000 kr.", "1.815.000 kr.", "1.113.500 kr.");
        }
    }

    @Test
    void theDocxHasTheSameBudgetTablesAndTheirTotalRowsSumExactly() throws Exception {
        byte[] docx = bytes(get("/planer/" + v1.planId() + "/versioner/1/plan.docx"));

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document).getText();
            assertThat(text).contains("Rødovre Kommune", "Tabel 3. Udgifter pr. indsats og år", "Evaluering");
            List<String> totals = document.getTables().stream()
                    .map(XWPFTable::getRows)
                    .map(rows -> rows.getLast())
                    .map(XWPFTableRow::getTableCells)
                    .map(cells ->
                            cells.getFirst().getText() + "|" + cells.getLast().getText())
                    .toList();
            // by initiative and by source: the plan's total; by category: the pool's.
            assertThat(totals).contains("I alt|1.923.000 kr.", "I alt|1.815.000 kr.");
            XWPFTable byInitiative = document.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Indsats")
                            && t.getRow(0).getTableCells().size() == 5)
                    .findFirst()
                    .orElseThrow();
            assertThat(byInitiative.getRow(byInitiative.getNumberOfRows() - 1).getTableCells())
                    .extracting(c -> c.getText())
                    .containsExactly("I alt", "137.000 kr.", "1.113.500 kr.", "672.500 kr.", "1.923.000 kr.");
        }
    }

    @Test
    void theForvaltningUploadsAPngLogoAndAWrongOrTooBigFileChangesNothing() throws Exception {
        byte[] png = png(120, 60);
        mvc.perform(multipart("/planer/logo").file(file(png)).with(csrf()).with(as(admin(ROEDOVRE))))
                .andExpect(status().is3xxRedirection());
        assertThat(body(get("/planer/logo"))).contains("current-logo");

        String wrong = mvc.perform(multipart("/planer/logo")
                        .file(file("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(as(admin(ROEDOVRE))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(wrong).contains("Filen er ikke et PNG- eller JPEG-billede.");

        byte[] big = new byte[600 * 1024];
        System.arraycopy(png, 0, big, 0, png.length);
        String tooBig = mvc.perform(
                        multipart("/planer/logo").file(file(big)).with(csrf()).with(as(admin(ROEDOVRE))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(tooBig).contains("Filen er for stor. Et logo må højst fylde 512 kB.");

        byte[] broken = java.util.Arrays.copyOf(png, 20);
        String unreadable = mvc.perform(multipart("/planer/logo")
                        .file(file(broken))
                        .with(csrf())
                        .with(as(admin(ROEDOVRE))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(unreadable).contains("Billedet kan ikke læses.");

        byte[] pdf = bytes(get("/planer/" + v1.planId() + "/versioner/1/plan.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getResources().getXObjectNames())
                    .as("the logo on the front page")
                    .isNotEmpty();
        }
        byte[] docx = bytes(get("/planer/" + v1.planId() + "/versioner/1/plan.docx"));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getAllPictures()).hasSize(1);
            assertThat(document.getAllPictures().getFirst().getData()).isEqualTo(png);
        }

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/planer/logo/fjern")
                        .with(csrf())
                        .with(as(admin(ROEDOVRE))))
                .andExpect(status().is3xxRedirection());
        assertThat(body(get("/planer/logo"))).contains("no-logo");
    }

    private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(as(admin(ROEDOVRE))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private byte[] bytes(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(as(admin(ROEDOVRE))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    static String projection(PlanContent plan) {
        return "/planer/" + plan.planId() + "/versioner/" + plan.versionNo() + "/fremskrivning";
    }

    static String ref(PlanContent plan) {
        return plan.planId() + ":" + plan.versionNo();
    }

    static MockMultipartFile file(byte[] bytes) {
        return new MockMultipartFile("file", "logo.png", "image/png", bytes);
    }

    static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(0, 89, 179));
        g.fillRect(0, 0, width, height);
        g.setColor(java.awt.Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
