package dk.loeft.coverage;

import java.math.BigDecimal;

/** One kommune in the national view: its dagtilbud, their staff and education coverage on a date. */
public record KommuneSummary(
        int code,
        String name,
        String region,
        BigDecimal coverageTarget,
        int institutions,
        int staff,
        EducationCoverage coverage) {}
