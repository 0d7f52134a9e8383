package dk.loeft.coverage.api;

import dk.loeft.coverage.AreaCoverage;
import dk.loeft.coverage.EducationCoverage;
import dk.loeft.coverage.InstitutionCoverage;
import dk.loeft.coverage.KommuneCoverage;
import dk.loeft.coverage.KommuneStaffing;
import dk.loeft.coverage.MonthlyCoverage;
import dk.loeft.coverage.StaffingAverage;
import dk.loeft.coverage.StaffingMonth;
import dk.loeft.institution.InstitutionKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The records the coverage API returns. FTE = weekly hours / 37; shares are fractions (0.623). */
final class CoverageApiModels {

    private CoverageApiModels() {}

    /** Education coverage figures: hours, FTE, share and the FTE missing to the target. */
    record Figures(
            BigDecimal pedagogicalHours,
            BigDecimal educatedHours,
            BigDecimal pedagogicalFte,
            BigDecimal educatedFte,
            @Nullable BigDecimal share,
            BigDecimal missingFte) {

        static Figures of(EducationCoverage c, BigDecimal target) {
            return new Figures(
                    c.pedagogicalHours(),
                    c.educatedHours(),
                    c.pedagogicalFte(),
                    c.educatedFte(),
                    c.share(),
                    c.missingFte(target));
        }
    }

    record InstitutionLine(
            UUID id,
            String number,
            String name,
            InstitutionKind kind,
            @Nullable UUID areaId,
            @Nullable String areaName,
            boolean countsInKpi,
            int staff,
            Figures coverage) {

        static InstitutionLine of(InstitutionCoverage i, BigDecimal target) {
            return new InstitutionLine(
                    i.institutionId(),
                    i.number(),
                    i.name(),
                    i.kind(),
                    i.areaId(),
                    i.areaName(),
                    i.countsInKpi(),
                    i.staffCount(),
                    Figures.of(i.coverage(), target));
        }
    }

    record AreaLine(@Nullable UUID id, @Nullable String name, int institutions, Figures coverage) {

        static AreaLine of(AreaCoverage a, BigDecimal target) {
            return new AreaLine(a.areaId(), a.areaName(), a.institutions(), Figures.of(a.coverage(), target));
        }
    }

    /** A kommune's coverage on a date: the total over its dagtilbud, per area and per institution. */
    record KommuneCoverageResponse(
            int kommuneCode,
            String kommuneName,
            LocalDate date,
            BigDecimal target,
            int dagtilbudStaff,
            Figures total,
            List<AreaLine> areas,
            List<InstitutionLine> institutions) {

        static KommuneCoverageResponse of(KommuneCoverage k) {
            BigDecimal target = k.target();
            return new KommuneCoverageResponse(
                    k.kommune().code(),
                    k.kommune().name(),
                    k.date(),
                    target,
                    k.dagtilbudStaffCount(),
                    Figures.of(k.total(), target),
                    k.areas().stream().map(a -> AreaLine.of(a, target)).toList(),
                    k.institutions().stream()
                            .map(i -> InstitutionLine.of(i, target))
                            .toList());
        }
    }

    record MonthLine(YearMonth month, LocalDate measuredOn, Figures coverage) {

        static MonthLine of(MonthlyCoverage m, BigDecimal target) {
            return new MonthLine(m.month(), m.measuredOn(), Figures.of(m.coverage(), target));
        }
    }

    /** One institution's coverage month by month. */
    record InstitutionCoverageResponse(
            UUID id, String number, String name, InstitutionKind kind, BigDecimal target, List<MonthLine> months) {}

    record StaffingLine(
            UUID institutionId,
            String number,
            String name,
            InstitutionKind kind,
            YearMonth month,
            LocalDate measuredOn,
            BigDecimal children02,
            BigDecimal children35,
            boolean subjectToRatio,
            BigDecimal requiredFte,
            BigDecimal actualFte,
            BigDecimal margin,
            boolean isShort,
            int dagplejere,
            @Nullable BigDecimal childrenPerDagplejer) {

        static StaffingLine of(StaffingMonth s) {
            return new StaffingLine(
                    s.institutionId(),
                    s.number(),
                    s.name(),
                    s.kind(),
                    s.month(),
                    s.measuredOn(),
                    s.children02(),
                    s.children35(),
                    s.subjectToRatio(),
                    s.requiredFte(),
                    s.actualFte(),
                    s.margin(),
                    s.isShort(),
                    s.dagplejere(),
                    s.childrenPerDagplejer());
        }
    }

    record AnnualAverage(
            int months,
            BigDecimal requiredFteSum,
            BigDecimal actualFteSum,
            BigDecimal averageRequiredFte,
            BigDecimal averageActualFte,
            BigDecimal averageMargin,
            boolean isShort) {

        static AnnualAverage of(StaffingAverage a) {
            return new AnnualAverage(
                    a.months(),
                    a.requiredFteSum(),
                    a.actualFteSum(),
                    a.averageRequiredFte(),
                    a.averageActualFte(),
                    a.averageMargin(),
                    a.isShort());
        }
    }

    /** Minimum staffing of a kommune's dagtilbud in a year: the annual average and every month. */
    record StaffingResponse(
            int kommuneCode, String kommuneName, int year, AnnualAverage annualAverage, List<StaffingLine> lines) {

        static StaffingResponse of(KommuneStaffing s) {
            return new StaffingResponse(
                    s.kommune().code(),
                    s.kommune().name(),
                    s.year(),
                    AnnualAverage.of(s.annualAverage()),
                    s.lines().stream().map(StaffingLine::of).toList());
        }
    }
}
