package dk.loeft.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class CoverageCalendarTests {

    @Test
    void pastMonthsAreMeasuredOnTheirLastDayAndTheCurrentMonthToday() {
        LocalDate today = LocalDate.of(2026, 11, 23);

        assertThat(CoverageCalendar.measuredOn(YearMonth.of(2026, 2), today)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(CoverageCalendar.measuredOn(YearMonth.of(2026, 11), today)).isEqualTo(today);
    }

    @Test
    void theAnnualAverageOfTheCurrentYearRunsToDate() {
        LocalDate today = LocalDate.of(2026, 11, 23);

        assertThat(CoverageCalendar.lastMonthOf(2026, today)).isEqualTo(YearMonth.of(2026, 11));
        assertThat(CoverageCalendar.lastMonthOf(2025, today)).isEqualTo(YearMonth.of(2025, 12));
    }

    @Test
    void thePeriodOverTimeIsTheLastTwelveMonthsAndTheCurrent() {
        YearMonth current = YearMonth.of(2026, 11);

        assertThat(CoverageCalendar.months(current.minusMonths(CoverageCalendar.MONTHS_BACK), current))
                .hasSize(13)
                .startsWith(YearMonth.of(2025, 11))
                .endsWith(current);
    }
}
