package dk.loeft.funding.web;

import dk.loeft.funding.AllocationLine;
import dk.loeft.funding.AllocationView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * An allocation as a spreadsheet: one row per kommune with its children, share and whole-krone
 * amount per year (numeric cells, kroner), and the totals, the same figures as the preview page.
 */
final class AllocationWorkbook {

    private final MessageSource messages;
    private final Locale locale;

    AllocationWorkbook(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    byte[] write(AllocationView view) throws IOException {
        try (var book = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var format = book.createDataFormat();
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle kroner = book.createCellStyle();
            kroner.setDataFormat(format.getFormat("#,##0 \"kr.\""));
            CellStyle share = book.createCellStyle();
            share.setDataFormat(format.getFormat("0.000%"));
            CellStyle count = book.createCellStyle();
            count.setDataFormat(format.getFormat("#,##0"));

            Sheet sheet = book.createSheet(
                    message("funding.xlsx.sheet", view.summary().number()));
            Row title = sheet.createRow(0);
            title.createCell(0)
                    .setCellValue(message(
                            "funding.xlsx.title",
                            view.summary().number(),
                            view.summary().roundName(),
                            view.summary().yearSpan(),
                            view.summary().keyName(),
                            message(view.summary().status().labelKey())));
            Row head = sheet.createRow(2);
            int c = 0;
            for (String key : new String[] {
                "funding.term.code", "funding.term.kommune", "funding.term.children", "funding.term.share"
            }) {
                cell(head, c++, message(key), header);
            }
            for (int year : view.summary().years()) {
                cell(head, c++, message("funding.xlsx.amountYear", Integer.toString(year)), header);
            }
            cell(head, c, message("funding.term.total"), header);

            int r = 3;
            for (AllocationLine line : view.lines()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line.kommuneCode());
                row.createCell(1).setCellValue(line.kommuneName());
                number(row, 2, line.children(), count);
                number(row, 3, line.share().doubleValue(), share);
                int col = 4;
                for (int year : view.summary().years()) {
                    number(row, col++, line.amountOere(year) / 100, kroner);
                }
                number(row, col, line.totalOere() / 100, kroner);
            }
            Row total = sheet.createRow(r);
            cell(total, 1, message("funding.term.total"), header);
            number(total, 2, view.totalChildren(), count);
            number(total, 3, 1, share);
            int col = 4;
            for (long amount : view.yearTotalsOere().values()) {
                number(total, col++, amount / 100, kroner);
            }
            number(total, col, view.totalOere() / 100, kroner);
            int[] widths = {8, 22, 12, 10};
            for (int i = 0; i <= col; i++) {
                sheet.setColumnWidth(i, 256 * (i < widths.length ? widths[i] : 16));
            }
            sheet.createFreezePane(0, 3);
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int column, double value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
