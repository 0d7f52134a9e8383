package dk.loeft.coverage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates monthly figures are measured on: the last day of a month, and today for the current
 * month. Employments active on that date count; educations completed in that year or before.
 */
public final class CoverageCalendar {

    /** Months shown "over time": the last twelve months and the current one. */
    public static final int MONTHS_BACK = 12;

    private CoverageCalendar() {}

    public static LocalDate measuredOn(YearMonth month, LocalDate today) {
        return month.equals(YearMonth.from(today)) ? today : month.atEndOfMonth();
    }

    public static List<YearMonth> months(YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** The months of a year that count in its annual average: all of a past year, to date of this one. */
    public static YearMonth lastMonthOf(int year, LocalDate today) {
        YearMonth current = YearMonth.from(today);
        return year == today.getYear() ? current : YearMonth.of(year, 12);
    }
}
