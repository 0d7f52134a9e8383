package dk.loeft.coverage.web;

import dk.loeft.coverage.AreaCoverage;
import dk.loeft.coverage.EducationCoverage;
import dk.loeft.coverage.InstitutionCoverage;
import dk.loeft.coverage.KommuneCoverage;
import dk.loeft.coverage.KommuneStaffing;
import dk.loeft.coverage.MonthlyCoverage;
import dk.loeft.coverage.StaffingAverage;
import dk.loeft.coverage.StaffingMonth;
import dk.loeft.platform.web.DanishFormat;
import dk.loeft.platform.web.Spreadsheet;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The coverage page as a spreadsheet: one sheet per view, the
 * same figures, real numbers in numeric cells (shares as percent-formatted fractions, FTE with one
 * decimal shown).
 */
final class CoverageWorkbook {

    private static final String PERCENT = "0.0%";
    private static final String DECIMAL = "#,##0.0";

    private final MessageSource messages;
    private final Locale locale;
    private final DanishFormat danish = new DanishFormat();

    private @Nullable Spreadsheet workbook;

    CoverageWorkbook(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    byte[] write(KommuneCoverage now, List<MonthlyCoverage> months, KommuneStaffing staffing) throws IOException {
        return write(() -> {
            institutions(now);
            areas(now);
            overTime(months);
            staffing(staffing);
            childminding(staffing);
            average(staffing);
        });
    }

    private byte[] write(Runnable sheets) throws IOException {
        try (var book = new Spreadsheet(messages, locale)) {
            workbook = book;
            sheets.run();
            return book.bytes();
        }
    }

    private void institutions(KommuneCoverage now) {
        Sheet sheet = sheet("coverage.xlsx.institutions");
        headerRow(
                sheet,
                "coverage.term.number",
                "coverage.term.name",
                "coverage.term.kind",
                "coverage.term.area",
                "coverage.xlsx.inKpi",
                "coverage.term.staff",
                "coverage.term.pedagogicalFte",
                "coverage.term.educatedFte",
                "coverage.xlsx.share",
                "coverage.term.missingFte");
        int r = 1;
        for (InstitutionCoverage line : now.institutions()) {
            Row row = sheet.createRow(r++);
            text(row, 0, line.number());
            text(row, 1, line.name());
            text(row, 2, message("kind." + line.kind()));
            text(row, 3, line.areaName() == null ? message("coverage.term.noArea") : line.areaName());
            text(row, 4, message(line.countsInKpi() ? "coverage.institution.yes" : "coverage.institution.no"));
            number(row, 5, line.staffCount());
            coverageCells(row, 6, line.coverage(), now.target());
        }
        Row total = sheet.createRow(r);
        text(total, 1, message("coverage.term.total"));
        number(total, 5, now.dagtilbudStaffCount());
        coverageCells(total, 6, now.total(), now.target());
        widths(sheet, 8, 32, 22, 20, 12, 12, 14, 14, 10, 14);
    }

    private void areas(KommuneCoverage now) {
        Sheet sheet = sheet("coverage.xlsx.areas");
        headerRow(
                sheet,
                "coverage.term.area",
                "coverage.term.institutions",
                "coverage.term.pedagogicalFte",
                "coverage.term.educatedFte",
                "coverage.xlsx.share",
                "coverage.term.missingFte");
        int r = 1;
        for (AreaCoverage area : now.areas()) {
            Row row = sheet.createRow(r++);
            text(row, 0, area.areaName() == null ? message("coverage.term.noArea") : area.areaName());
            number(row, 1, area.institutions());
            coverageCells(row, 2, area.coverage(), now.target());
        }
        Row total = sheet.createRow(r);
        text(total, 0, message("coverage.term.total"));
        number(total, 1, now.dagtilbud().size());
        coverageCells(total, 2, now.total(), now.target());
        widths(sheet, 24, 12, 14, 14, 10, 14);
    }

    private void overTime(List<MonthlyCoverage> months) {
        Sheet sheet = sheet("coverage.xlsx.overTime");
        headerRow(
                sheet,
                "coverage.term.month",
                "coverage.term.measuredOn",
                "coverage.term.pedagogicalFte",
                "coverage.term.educatedFte",
                "coverage.xlsx.share");
        int r = 1;
        for (MonthlyCoverage month : months) {
            Row row = sheet.createRow(r++);
            text(row, 0, danish.month(month.month()));
            date(row, 1, month.measuredOn());
            decimal(row, 2, month.coverage().pedagogicalFte());
            decimal(row, 3, month.coverage().educatedFte());
            share(row, 4, month.coverage().share());
        }
        widths(sheet, 18, 12, 14, 14, 10);
    }

    private void staffing(KommuneStaffing staffing) {
        Sheet sheet = sheet("coverage.xlsx.staffing");
        headerRow(
                sheet,
                "coverage.term.number",
                "coverage.term.institution",
                "coverage.term.month",
                "coverage.term.children02",
                "coverage.term.children35",
                "coverage.term.requiredFte",
                "coverage.term.actualFte",
                "coverage.term.margin",
                "coverage.term.status");
        int r = 1;
        for (StaffingMonth line : staffing.daycareLines()) {
            Row row = sheet.createRow(r++);
            text(row, 0, line.number());
            text(row, 1, line.name());
            text(row, 2, danish.month(line.month()));
            decimal(row, 3, line.children02());
            decimal(row, 4, line.children35());
            decimal(row, 5, line.requiredFte());
            decimal(row, 6, line.actualFte());
            decimal(row, 7, line.margin());
            text(row, 8, line.isShort() ? message("coverage.term.short") : "");
        }
        widths(sheet, 8, 32, 18, 12, 12, 14, 14, 14, 24);
    }

    private void childminding(KommuneStaffing staffing) {
        Sheet sheet = sheet("coverage.xlsx.childminding");
        headerRow(
                sheet,
                "coverage.term.number",
                "coverage.term.institution",
                "coverage.term.month",
                "coverage.term.children",
                "coverage.term.dagplejere",
                "coverage.term.childrenPerDagplejer");
        int r = 1;
        for (StaffingMonth line : staffing.childmindingLines()) {
            Row row = sheet.createRow(r++);
            text(row, 0, line.number());
            text(row, 1, line.name());
            text(row, 2, danish.month(line.month()));
            decimal(row, 3, line.children());
            number(row, 4, line.dagplejere());
            decimal(row, 5, line.childrenPerDagplejer());
        }
        widths(sheet, 8, 32, 18, 12, 12, 16);
    }

    private void average(KommuneStaffing staffing) {
        Sheet sheet = sheet("coverage.xlsx.average");
        headerRow(
                sheet,
                "coverage.page.year",
                "coverage.term.month",
                "coverage.term.requiredFte",
                "coverage.term.actualFte",
                "coverage.term.margin",
                "coverage.term.status");
        StaffingAverage average = staffing.annualAverage();
        Row row = sheet.createRow(1);
        number(row, 0, staffing.year());
        number(row, 1, average.months());
        decimal(row, 2, average.averageRequiredFte());
        decimal(row, 3, average.averageActualFte());
        decimal(row, 4, average.averageMargin());
        text(row, 5, message(average.isShort() ? "coverage.page.averageStatusShort" : "coverage.page.averageStatusOk"));
        widths(sheet, 8, 10, 14, 14, 14, 32);
    }

    private void coverageCells(Row row, int first, EducationCoverage coverage, BigDecimal target) {
        decimal(row, first, coverage.pedagogicalFte());
        decimal(row, first + 1, coverage.educatedFte());
        share(row, first + 2, coverage.share());
        decimal(row, first + 3, coverage.missingFte(target));
    }

    private Sheet sheet(String nameKey) {
        return book().sheet(nameKey);
    }

    private void headerRow(Sheet sheet, String... keys) {
        book().headerRow(sheet, keys);
    }

    private void headerRow(Sheet sheet, List<String> texts) {
        book().headerRow(sheet, texts);
    }

    private static void text(Row row, int column, String value) {
        Spreadsheet.text(row, column, value);
    }

    private static void number(Row row, int column, long value) {
        Spreadsheet.number(row, column, value);
    }

    private void decimal(Row row, int column, @Nullable BigDecimal value) {
        book().number(row, column, value, DECIMAL);
    }

    private void share(Row row, int column, @Nullable BigDecimal value) {
        book().number(row, column, value, PERCENT);
    }

    private void date(Row row, int column, LocalDate value) {
        book().date(row, column, value);
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
