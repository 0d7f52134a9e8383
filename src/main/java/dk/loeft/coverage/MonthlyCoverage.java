package dk.loeft.coverage;

import java.time.LocalDate;
import java.time.YearMonth;

/** Education coverage in one month, measured on {@link CoverageCalendar#measuredOn}. */
public record MonthlyCoverage(YearMonth month, LocalDate measuredOn, EducationCoverage coverage) {}
