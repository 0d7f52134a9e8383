package dk.loeft.plan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.loeft.funding.GrantLedger;
import dk.loeft.plan.Finding;
import dk.loeft.plan.PlanContent;
import dk.loeft.plan.projection.Baseline;
import dk.loeft.plan.projection.CoverageProjection;
import dk.loeft.plan.projection.ProjectionAssumptions;
import dk.loeft.platform.web.DanishFormat;
import dk.loeft.testing.RoedovrePlan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class PlanDocumentTests {

    final PlanDocuments documents = new PlanDocuments(
            null,
            null,
            null,
            null,
            messages(),
            new DanishFormat(),
            Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneId.of("Europe/Copenhagen")));

    @Test
    void everyBudgetTableSumsItsRowsAndColumnsExactlyToItsTotalRow() {
        PlanDocument document = build(List.of());

        List<PlanDocument.Table> budgets = tables(document).stream()
                .filter(t -> t.caption().startsWith("Tabel 3")
                        || t.caption().startsWith("Tabel 4")
                        || t.caption().startsWith("Tabel 5"))
                .toList();
        assertThat(budgets).hasSize(3);
        for (PlanDocument.Table table : budgets) {
            int columns = table.header().size();
            for (int c = 1; c < columns; c++) {
                int column = c;
                long sum = table.rows().stream()
                        .mapToLong(r -> oere(r.get(column)))
                        .sum();
                assertThat(sum)
                        .as(table.caption() + " column " + c)
                        .isEqualTo(oere(table.total().get(c)));
            }
            for (List<String> row : table.rows()) {
                long years = row.subList(1, columns - 1).stream()
                        .mapToLong(PlanDocumentTests::oere)
                        .sum();
                assertThat(years).as(table.caption() + " " + row.getFirst()).isEqualTo(oere(row.getLast()));
            }
        }
        assertThat(budgets.get(0).total().getLast()).isEqualTo("1.923.000 kr.");
        assertThat(budgets.get(1).total().getLast()).isEqualTo("1.923.000 kr.");
        assertThat(budgets.get(2).total().getLast()).isEqualTo("1.815.000 kr.");
    }

    @Test
    void findingsAreListedWithWhatTheyConcernAndWithoutGrantsTheDocumentSaysSo() {
        Finding onLine = new Finding(
                "R3",
                Finding.Severity.VIOLATION,
                2024,
                null,
                RoedovrePlan.lineId("s1"),
                "plan.doc.source.fund",
                List.of("X"));
        Finding onPlan =
                new Finding("R7", Finding.Severity.WARNING, null, null, null, "plan.doc.source.fund", List.of("Y"));

        PlanDocument document = build(List.of(onLine, onPlan));

        PlanDocument.Table rules = tables(document).stream()
                .filter(t -> t.caption().startsWith("Tabel 7"))
                .findFirst()
                .orElseThrow();
        assertThat(rules.rows())
                .containsExactly(
                        List.of("R3", "Overtrædelse", "Forløb for 48 deltagere (2024)", "Anden fond: X"),
                        List.of("R7", "Advarsel", "Hele planen", "Anden fond: Y"));
        assertThat(document.sections().getFirst().blocks())
                .contains(new PlanDocument.Paragraph(
                        "Der er endnu ikke registreret tilskud til Rødovre Kommune for perioden 2023–2025."));
        assertThat(document.front().kommune()).isEqualTo("Rødovre Kommune");
        assertThat(document.front().facts()).contains("Version 1 · Kladde", "Udskrevet 24.11.2026");
    }

    @Test
    void theDocxSaysWhatTheModelSays() throws Exception {
        PlanDocument document = build(List.of());

        byte[] docx = new PlanDocx().render(document);

        try (var read = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = new XWPFWordExtractor(read).getText();
            for (PlanDocument.Section section : document.sections()) {
                assertThat(text).contains(section.heading());
            }
            assertThat(read.getTables()).hasSize(tables(document).size());
        }
    }

    @Test
    void aLogoIsAPngOrJpegByItsContentWithinTheLimits() throws Exception {
        assertThat(KommuneLogos.check(image("png", 200, 80)).contentType()).isEqualTo("image/png");
        assertThat(KommuneLogos.check(image("jpg", 200, 80)).contentType()).isEqualTo("image/jpeg");
        assertThat(KommuneLogos.check(image("jpg", 200, 80)).width()).isEqualTo(200);
        assertThatThrownBy(() -> KommuneLogos.check(image("gif", 10, 10))).hasMessage("plan.logo.error.type");
        assertThatThrownBy(() -> KommuneLogos.check(image("png", 4001, 1))).hasMessage("plan.logo.error.dimensions");
        assertThatThrownBy(() -> KommuneLogos.check(new byte[0])).hasMessage("plan.logo.error.empty");
    }

    private PlanDocument build(List<Finding> findings) {
        PlanContent plan = RoedovrePlan.content();
        var baseline = new Baseline(LocalDate.of(2026, 11, 24), new BigDecimal("100"), new BigDecimal("60"));
        var projection =
                CoverageProjection.project(plan, baseline, ProjectionAssumptions.DEFAULTS, new BigDecimal("0.8"));
        GrantLedger noGrants = GrantLedger.of(List.of(), List.of(), List.of(), Map.of(), LocalDate.of(2026, 11, 24));
        return documents.build(plan, findings, noGrants, projection, null);
    }

    private static List<PlanDocument.Table> tables(PlanDocument document) {
        return document.sections().stream()
                .flatMap(s -> s.blocks().stream())
                .filter(PlanDocument.Table.class::isInstance)
                .map(PlanDocument.Table.class::cast)
                .toList();
    }

    /** "1.113.500 kr." or "1.234,50 kr." back to øre. */
    private static long oere(String kroner) {
        String number = kroner.replace(" kr.", "").replace(".", "").replace(",", ".");
        return new BigDecimal(number).movePointRight(2).longValueExact();
    }

    private static byte[] image(String format, int width, int height) throws Exception {
        var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/plan", "i18n/funding");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
