package dk.loeft.funding.web;

import dk.loeft.funding.ExpenditureEntry;
import dk.loeft.funding.GrantEntryLine;
import dk.loeft.funding.GrantLedger;
import dk.loeft.platform.web.Spreadsheet;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The ledger page as a spreadsheet: per year, per round, the informal cap, the grant entries and
 * the expenditure lines, with the same figures as the page (kroner in numeric cells with øre).
 */
final class LedgerWorkbook {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private static final String MONEY = "#,##0.00";
    private static final String INDEX = "0.000";

    private final MessageSource messages;
    private final Locale locale;

    private @Nullable Spreadsheet workbook;

    LedgerWorkbook(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    byte[] write(GrantLedger ledger, List<GrantEntryLine> grants, List<ExpenditureEntry> entries) throws IOException {
        try (var book = new Spreadsheet(messages, locale)) {
            workbook = book;
            years(ledger);
            rounds(ledger);
            informal(ledger);
            grants(grants);
            expenditure(entries);
            return book.bytes();
        }
    }

    private void years(GrantLedger ledger) {
        Sheet sheet = sheet("ledger.xlsx.years");
        headerRow(
                sheet,
                "ledger.term.year",
                "ledger.term.index",
                "ledger.term.granted",
                "ledger.term.adjustment",
                "ledger.term.adjusted",
                "ledger.term.committed",
                "ledger.term.uncommitted",
                "ledger.term.carriedIn",
                "ledger.term.spent",
                "ledger.term.remaining");
        int r = 1;
        for (GrantLedger.Year year : ledger.years()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(year.year());
            decimal(row, 1, year.index());
            money(row, 2, year.grantedOere());
            money(row, 3, year.priceAdjustmentOere());
            money(row, 4, year.adjustedOere());
            money(row, 5, year.committedOere());
            money(row, 6, year.uncommittedOere());
            money(row, 7, year.carriedInOere());
            money(row, 8, year.spentOere());
            money(row, 9, year.remainingOere());
        }
        GrantLedger.Totals totals = ledger.totals();
        Row total = sheet.createRow(r);
        text(total, 0, message("ledger.term.total"));
        money(total, 2, totals.grantedOere());
        money(total, 3, totals.priceAdjustmentOere());
        money(total, 4, totals.adjustedOere());
        money(total, 5, totals.committedOere());
        money(total, 6, totals.uncommittedOere());
        money(total, 8, totals.spentOere());
        money(total, 9, totals.remainingOere());
        widths(sheet, 8, 10, 16, 16, 16, 16, 16, 16, 16, 16);
    }

    private void rounds(GrantLedger ledger) {
        Sheet sheet = sheet("ledger.xlsx.rounds");
        headerRow(
                sheet,
                "ledger.term.round",
                "ledger.term.deadline",
                "ledger.term.granted",
                "ledger.term.adjusted",
                "ledger.term.used",
                "ledger.term.repay",
                "ledger.term.status");
        int r = 1;
        for (GrantLedger.RoundEnd end : ledger.rounds()) {
            Row row = sheet.createRow(r++);
            text(row, 0, end.round().name());
            date(row, 1, end.round().completionDeadline());
            money(row, 2, end.grantedOere());
            money(row, 3, end.adjustedOere());
            money(row, 4, end.usedOere());
            money(row, 5, end.repayOere());
            text(row, 6, message(end.expected() ? "ledger.round.expected" : "ledger.round.final"));
        }
        GrantLedger.Totals totals = ledger.totals();
        Row unattributed = sheet.createRow(r++);
        text(unattributed, 0, message("ledger.term.unattributed"));
        money(unattributed, 4, totals.unattributedOere());
        Row total = sheet.createRow(r);
        text(total, 0, message("ledger.term.total"));
        money(total, 2, totals.grantedOere());
        money(total, 3, totals.adjustedOere());
        money(total, 4, totals.spentOere());
        money(total, 5, totals.repayOere());
        widths(sheet, 32, 12, 16, 16, 16, 16, 40);
    }

    private void informal(GrantLedger ledger) {
        Sheet sheet = sheet("ledger.xlsx.informal");
        headerRow(
                sheet,
                "ledger.term.year",
                "ledger.term.granted",
                "ledger.term.cap",
                "ledger.term.informalSpent",
                "ledger.term.cumulativeCap",
                "ledger.term.cumulativeInformal",
                "ledger.term.status");
        int r = 1;
        for (GrantLedger.Informal line : ledger.informal()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(line.year());
            money(row, 1, line.grantOere());
            money(row, 2, line.capOere());
            money(row, 3, line.spentOere());
            money(row, 4, line.cumulativeCapOere());
            money(row, 5, line.cumulativeSpentOere());
            text(row, 6, line.over() ? message("ledger.informal.over") : "");
        }
        GrantLedger.Totals totals = ledger.totals();
        Row total = sheet.createRow(r);
        text(total, 0, message("ledger.term.total"));
        money(total, 1, totals.grantedOere());
        money(total, 2, totals.informalCapOere());
        money(total, 3, totals.informalSpentOere());
        widths(sheet, 8, 16, 16, 16, 16, 16, 24);
    }

    private void grants(List<GrantEntryLine> grants) {
        Sheet sheet = sheet("ledger.xlsx.grants");
        headerRow(
                sheet,
                "ledger.term.round",
                "ledger.term.year",
                "ledger.term.kind",
                "ledger.term.amount",
                "ledger.term.note",
                "ledger.term.recordedBy",
                "ledger.term.recordedAt");
        int r = 1;
        for (GrantEntryLine line : grants) {
            Row row = sheet.createRow(r++);
            text(row, 0, line.roundName());
            row.createCell(1).setCellValue(line.year());
            text(row, 2, message("ledger.grantkind." + line.kind()));
            money(row, 3, line.amountOere());
            text(row, 4, line.note() == null ? "" : line.note());
            text(row, 5, line.recordedBy());
            text(row, 6, dateTime(line.recordedAt()));
        }
        widths(sheet, 32, 8, 14, 16, 30, 20, 18);
    }

    private void expenditure(List<ExpenditureEntry> entries) {
        Sheet sheet = sheet("ledger.xlsx.expenditure");
        headerRow(
                sheet,
                "ledger.term.bookedOn",
                "ledger.term.voucher",
                "ledger.term.category",
                "ledger.term.initiative",
                "ledger.term.amount",
                "ledger.term.note",
                "ledger.term.recordedBy",
                "ledger.term.recordedAt");
        int r = 1;
        for (ExpenditureEntry entry : entries) {
            Row row = sheet.createRow(r++);
            date(row, 0, entry.bookedOn());
            text(row, 1, entry.voucher());
            text(row, 2, message(entry.category().labelKey()));
            text(row, 3, entry.initiative() == null ? "" : entry.initiative());
            money(row, 4, entry.amountOere());
            text(row, 5, entry.note() == null ? "" : entry.note());
            text(row, 6, entry.recordedBy());
            text(row, 7, dateTime(entry.recordedAt()));
        }
        widths(sheet, 12, 18, 26, 30, 16, 30, 20, 18);
    }

    private Sheet sheet(String nameKey) {
        return book().sheet(nameKey);
    }

    private void headerRow(Sheet sheet, String... keys) {
        book().headerRow(sheet, keys);
    }

    private static void text(Row row, int column, String value) {
        Spreadsheet.text(row, column, value);
    }

    private void money(Row row, int column, long oere) {
        book().kroner(row, column, oere, MONEY);
    }

    private void decimal(Row row, int column, @Nullable BigDecimal value) {
        book().number(row, column, value, INDEX);
    }

    private void date(Row row, int column, @Nullable LocalDate value) {
        book().date(row, column, value);
    }

    private static String dateTime(java.time.Instant moment) {
        return java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(moment.atZone(COPENHAGEN));
    }

    private static void widths(Sheet sheet, int... characters) {
        Spreadsheet.widths(sheet, characters);
    }

    private Spreadsheet book() {
        return java.util.Objects.requireNonNull(workbook);
    }

    private String message(String key) {
        return book().message(key);
    }
}
