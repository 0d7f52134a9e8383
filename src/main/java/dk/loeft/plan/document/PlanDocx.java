package dk.loeft.plan.document;

import dk.loeft.plan.document.PlanDocument.Block;
import dk.loeft.plan.document.PlanDocument.Bullets;
import dk.loeft.plan.document.PlanDocument.Paragraph;
import dk.loeft.plan.document.PlanDocument.Section;
import dk.loeft.plan.document.PlanDocument.SubHeading;
import dk.loeft.plan.document.PlanDocument.Table;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.stereotype.Component;

/**
 * The plan document as DOCX (Apache POI XWPF) from the same model as the PDF: A4, DejaVu Sans (or
 * the reader's fallback), the front page with the logo, numbered section headings, bullet lists as
 * "•" paragraphs and tables with a bold header and total row, amounts aligned right.
 */
@Component
public class PlanDocx {

    public static final org.springframework.http.MediaType MEDIA_TYPE =
            org.springframework.http.MediaType.parseMediaType(
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private static final String FONT = "DejaVu Sans";
    private static final int BODY = 10;
    private static final double LOGO_HEIGHT_POINTS = 70;
    private static final double LOGO_MAX_WIDTH_POINTS = 200;

    public byte[] render(PlanDocument document) {
        try (var docx = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            a4(docx);
            front(docx, document.front());
            int number = 1;
            for (Section section : document.sections()) {
                text(docx, number++ + ". " + section.heading(), 14, true, 240);
                for (Block block : section.blocks()) {
                    switch (block) {
                        case Paragraph p -> text(docx, p.text(), BODY, false, 0);
                        case SubHeading h -> text(docx, h.text(), 11, true, 160);
                        case Bullets b -> b.items().forEach(item -> text(docx, "•  " + item, BODY, false, 0));
                        case Table t -> table(docx, t);
                    }
                }
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void front(XWPFDocument docx, PlanDocument.FrontPage front) throws IOException {
        PlanDocument.Logo logo = front.logo();
        if (logo != null) {
            double scale = Math.min(LOGO_HEIGHT_POINTS / logo.height(), LOGO_MAX_WIDTH_POINTS / logo.width());
            XWPFRun run = docx.createParagraph().createRun();
            try {
                run.addPicture(
                        new ByteArrayInputStream(logo.bytes()),
                        logo.contentType().equals("image/png") ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG,
                        "logo",
                        Units.toEMU(logo.width() * scale),
                        Units.toEMU(logo.height() * scale));
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IllegalStateException("A checked logo could not be placed", e);
            }
        }
        text(docx, front.kommune(), 14, true, 120);
        text(docx, front.title(), 22, true, 2400);
        text(docx, front.subtitle(), 13, false, 240);
        front.facts().forEach(fact -> text(docx, fact, BODY, false, 0));
        docx.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    private static XWPFParagraph text(XWPFDocument docx, String text, int size, boolean bold, int spaceBefore) {
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setSpacingBefore(spaceBefore);
        paragraph.setSpacingAfter(80);
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
        return paragraph;
    }

    private static void table(XWPFDocument docx, Table table) {
        text(docx, table.caption(), BODY, true, 120);
        int rows = 1 + table.rows().size() + (table.total() == null ? 0 : 1);
        XWPFTable grid = docx.createTable(rows, table.header().size());
        grid.setWidthType(TableWidthType.PCT);
        grid.setWidth("100%");
        row(grid.getRow(0), table, table.header(), true);
        for (int i = 0; i < table.rows().size(); i++) {
            row(grid.getRow(i + 1), table, table.rows().get(i), false);
        }
        if (table.total() != null) {
            row(grid.getRow(rows - 1), table, table.total(), true);
        }
        docx.createParagraph();
    }

    private static void row(XWPFTableRow row, Table table, List<String> cells, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            XWPFParagraph paragraph = cell.getParagraphs().getFirst();
            paragraph.setAlignment(table.isNumeric(c) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            XWPFRun run = paragraph.createRun();
            run.setFontFamily(FONT);
            run.setFontSize(9);
            run.setBold(bold);
            run.setText(cells.get(c));
        }
    }

    /** A4 portrait with margins like the PDF's (twentieths of a point). */
    private static void a4(XWPFDocument docx) {
        CTSectPr section = docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1020));
        margins.setLeft(BigInteger.valueOf(1247));
        margins.setRight(BigInteger.valueOf(1134));
    }
}
