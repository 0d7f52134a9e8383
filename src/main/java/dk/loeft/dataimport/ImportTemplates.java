package dk.loeft.dataimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The downloadable templates of each import kind: a header row, an example row and a short
 * description of every column. CSV (UTF-8 with byte order mark, semicolon, as Danish Excel opens
 * it) carries the descriptions as {@code #} lines, which the import skips; XLSX has them on a
 * second sheet, and real date and number cells in the example row.
 */
@Component
public class ImportTemplates {

    private static final Set<String> DATE_COLUMNS =
            Set.of("staff.birthdate", "staff.start", "staff.end", "expenditure.date");
    private static final Set<String> NUMBER_COLUMNS = Set.of(
            "children.02",
            "children.35",
            "staff.hours",
            "staff.educationyear",
            "staff.experience",
            "expenditure.amount");
    private static final Map<String, LocalDate> EXAMPLE_DATES = Map.of(
            "staff.birthdate", LocalDate.of(1988, 3, 14),
            "staff.start", LocalDate.of(2019, 8, 1),
            "children.month", LocalDate.of(2026, 8, 1),
            "expenditure.date", LocalDate.of(2024, 3, 15));

    private final MessageSource messages;

    ImportTemplates(MessageSource messages) {
        this.messages = messages;
    }

    /** The file name a template is downloaded as, e.g. {@code skabelon-personale.xlsx}. */
    public static String fileName(ImportKind kind, String extension) {
        return "skabelon-" + kind.slug() + "." + extension;
    }

    public byte[] csv(ImportKind kind) {
        StringBuilder out = new StringBuilder("\uFEFF");
        List<ImportColumn> columns = kind.columns();
        out.append(String.join(
                        ";", columns.stream().map(c -> quoted(c.header())).toList()))
                .append("\r\n");
        out.append(String.join(
                        ";", columns.stream().map(c -> quoted(c.example())).toList()))
                .append("\r\n");
        out.append(quoted(text("dataimport.templates.csvnote"))).append("\r\n");
        for (ImportColumn column : columns) {
            String line = "# " + column.header() + " ("
                    + text(column.required() ? "dataimport.templates.mandatory" : "dataimport.templates.optional")
                    + "): " + text(column.descriptionKey());
            out.append(quoted(line)).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx(ImportKind kind) {
        try (var workbook = new XSSFWorkbook();
                var bytes = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            CellStyle textStyle = workbook.createCellStyle();
            textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy"));
            CellStyle monthStyle = workbook.createCellStyle();
            monthStyle.setDataFormat(workbook.createDataFormat().getFormat("mm-yyyy"));
            CellStyle wrapStyle = workbook.createCellStyle();
            wrapStyle.setWrapText(true);

            Sheet data = workbook.createSheet(text("dataimport.templates.sheet.data"));
            Row header = data.createRow(0);
            Row example = data.createRow(1);
            List<ImportColumn> columns = kind.columns();
            for (int i = 0; i < columns.size(); i++) {
                ImportColumn column = columns.get(i);
                Cell h = header.createCell(i);
                h.setCellValue(column.header());
                h.setCellStyle(headerStyle);
                Cell e = example.createCell(i);
                String key = column.key();
                if (EXAMPLE_DATES.containsKey(key)) {
                    e.setCellValue(EXAMPLE_DATES.get(key));
                    e.setCellStyle(key.equals("children.month") ? monthStyle : dateStyle);
                } else if (DATE_COLUMNS.contains(key)) {
                    e.setCellStyle(dateStyle);
                } else if (NUMBER_COLUMNS.contains(key) && !column.example().isEmpty()) {
                    e.setCellValue(
                            Double.parseDouble(column.example().replace(".", "").replace(',', '.')));
                } else {
                    e.setCellValue(column.example());
                    e.setCellStyle(textStyle);
                }
                data.setColumnWidth(i, Math.max(14, column.header().length() + 4) * 256);
            }
            data.createFreezePane(0, 1);

            Sheet guide = workbook.createSheet(text("dataimport.templates.sheet.guide"));
            List<String> titles = new ArrayList<>(List.of(
                    text("dataimport.templates.column"),
                    text("dataimport.templates.required"),
                    text("dataimport.templates.description"),
                    text("dataimport.templates.example")));
            Row titleRow = guide.createRow(0);
            for (int i = 0; i < titles.size(); i++) {
                Cell cell = titleRow.createCell(i);
                cell.setCellValue(titles.get(i));
                cell.setCellStyle(headerStyle);
            }
            for (int i = 0; i < columns.size(); i++) {
                ImportColumn column = columns.get(i);
                Row row = guide.createRow(i + 1);
                row.createCell(0).setCellValue(column.header());
                row.createCell(1)
                        .setCellValue(text(column.required() ? "dataimport.templates.yes" : "dataimport.templates.no"));
                Cell description = row.createCell(2);
                description.setCellValue(text(column.descriptionKey()));
                description.setCellStyle(wrapStyle);
                row.createCell(3).setCellValue(column.example());
            }
            guide.createRow(columns.size() + 2).createCell(0).setCellValue(text("dataimport.templates.guidenote"));
            guide.setColumnWidth(0, 30 * 256);
            guide.setColumnWidth(1, 10 * 256);
            guide.setColumnWidth(2, 90 * 256);
            guide.setColumnWidth(3, 30 * 256);
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, ImportEngine.DANISH);
    }

    private static String quoted(String value) {
        if (value.indexOf(';') < 0 && value.indexOf('"') < 0 && value.indexOf(',') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
