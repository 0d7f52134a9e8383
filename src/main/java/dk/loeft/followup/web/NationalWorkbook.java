package dk.loeft.followup.web;

import dk.loeft.coverage.EducationCoverage;
import dk.loeft.followup.NationalOverview;
import dk.loeft.funding.FundingTotals.Totals;
import dk.loeft.platform.web.Spreadsheet;
import java.io.IOException;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.context.MessageSource;

/**
 * The national view as a spreadsheet: the page's lines in the page's order and the total row, with
 * the same columns; real numbers in numeric cells (shares as percent-formatted fractions, FTE with
 * one decimal shown, money in kroner).
 */
final class NationalWorkbook {

    private static final String PERCENT = "0.0%";
    private static final String DECIMAL = "#,##0.0";
    private static final String KRONER = "#,##0.00 \"kr.\"";

    private final Spreadsheet book;

    private NationalWorkbook(Spreadsheet book) {
        this.book = book;
    }

    static byte[] write(NationalOverview overview, MessageSource messages, Locale locale) throws IOException {
        try (var book = new Spreadsheet(messages, locale)) {
            new NationalWorkbook(book).lines(overview, messages, locale);
            return book.bytes();
        }
    }

    private void lines(NationalOverview overview, MessageSource messages, Locale locale) {
        Sheet sheet = book.sheet("followup.xlsx.kommuner");
        Object[] year = {overview.date().getYear()};
        book.headerRow(
                sheet,
                NationalOverview.COLUMNS.stream()
                        .map(column -> messages.getMessage("followup.kommuner.column." + column, year, locale))
                        .toList());
        int r = 1;
        for (NationalOverview.Line line : overview.lines()) {
            Row row = sheet.createRow(r++);
            Spreadsheet.text(row, 0, line.kommune().name());
            Spreadsheet.text(row, 1, line.kommune().region());
            cells(
                    row,
                    line.kommune().institutions(),
                    line.kommune().staff(),
                    line.kommune().coverage(),
                    line.funding());
            book.number(row, 6, line.kommune().coverageTarget(), PERCENT);
            Spreadsheet.text(
                    row,
                    11,
                    book.message(
                            line.planStatus() == null
                                    ? "followup.kommuner.plan.none"
                                    : line.planStatus().labelKey()));
            book.date(row, 12, line.approvedOn());
        }
        NationalOverview.Total total = overview.total();
        Row row = sheet.createRow(r);
        Spreadsheet.text(row, 0, book.message("coverage.term.total"));
        cells(row, total.institutions(), total.staff(), total.coverage(), total.funding());
        Spreadsheet.widths(sheet, 22, 22, 10, 12, 14, 14, 10, 16, 16, 16, 10, 24, 12);
    }

    private void cells(Row row, int institutions, int staff, EducationCoverage coverage, Totals funding) {
        Spreadsheet.number(row, 2, institutions);
        Spreadsheet.number(row, 3, staff);
        book.number(row, 4, coverage.pedagogicalFte(), DECIMAL);
        book.number(row, 5, coverage.share(), PERCENT);
        book.kroner(row, 7, funding.grantedInYearOere(), KRONER);
        book.kroner(row, 8, funding.grantedOere(), KRONER);
        book.kroner(row, 9, funding.spentOere(), KRONER);
        book.number(row, 10, funding.spendRate(), PERCENT);
    }
}
