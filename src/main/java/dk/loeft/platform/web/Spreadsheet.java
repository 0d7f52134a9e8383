package dk.loeft.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * One XLSX workbook being written: sheets named and headed from the message bundle, real numbers
 * in numeric cells with an Excel number format, dates as dates. Every export builds on this.
 */
public final class Spreadsheet implements AutoCloseable {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final MessageSource messages;
    private final Locale locale;
    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle header;
    private final Map<String, CellStyle> formats = new HashMap<>();

    public Spreadsheet(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        Font bold = book.createFont();
        bold.setBold(true);
        header = book.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
    }

    /** A workbook as a download with the file name. */
    public static ResponseEntity<byte[]> download(String filename, byte[] workbook) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(workbook);
    }

    public Sheet sheet(String nameKey) {
        return book.createSheet(message(nameKey));
    }

    /** The first row, bold, frozen, from message keys. */
    public void headerRow(Sheet sheet, String... keys) {
        headerRow(sheet, Arrays.stream(keys).map(this::message).toList());
    }

    public void headerRow(Sheet sheet, List<String> texts) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < texts.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(texts.get(i));
            cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
    }

    public static void text(Row row, int column, String value) {
        row.createCell(column).setCellValue(value);
    }

    public static void number(Row row, int column, long value) {
        row.createCell(column).setCellValue(value);
    }

    /** A number shown with an Excel number format such as {@code #,##0.00}; no cell when there is no value. */
    public void number(Row row, int column, @Nullable BigDecimal value, String format) {
        if (value != null) {
            var cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style(format));
        }
    }

    /** An amount in øre as kroner with øre. */
    public void kroner(Row row, int column, long oere, String format) {
        number(row, column, BigDecimal.valueOf(oere, 2), format);
    }

    public void date(Row row, int column, @Nullable LocalDate value) {
        if (value != null) {
            var cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style("dd.mm.yyyy"));
        }
    }

    /** Column widths in characters, from the first column on. */
    public static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }

    public String message(String key) {
        return messages.getMessage(key, null, locale);
    }

    public byte[] bytes() {
        try (var out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        book.close();
    }

    private CellStyle style(String format) {
        return formats.computeIfAbsent(format, f -> {
            CellStyle style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat(f));
            return style;
        });
    }
}
