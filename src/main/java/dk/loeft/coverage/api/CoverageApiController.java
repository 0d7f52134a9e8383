package dk.loeft.coverage.api;

import dk.loeft.coverage.CoverageService;
import dk.loeft.coverage.api.CoverageApiModels.InstitutionCoverageResponse;
import dk.loeft.coverage.api.CoverageApiModels.KommuneCoverageResponse;
import dk.loeft.coverage.api.CoverageApiModels.MonthLine;
import dk.loeft.coverage.api.CoverageApiModels.StaffingResponse;
import dk.loeft.institution.Institution;
import dk.loeft.institution.InstitutionService;
import dk.loeft.institution.Kommune;
import dk.loeft.platform.NotFoundException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Coverage and staffing for integrations and BI tools. A kommune's user sees only their kommune
 * (another kommune is 404), a leader only their institutions, the ministry every kommune.
 */
@RestController
@RequestMapping("/api/v1")
class CoverageApiController {

    private final CoverageService coverage;
    private final InstitutionService institutions;

    CoverageApiController(CoverageService coverage, InstitutionService institutions) {
        this.coverage = coverage;
        this.institutions = institutions;
    }

    /** The kommune's coverage on a date (default today): total over dagtilbud, areas, institutions. */
    @GetMapping("/kommuner/{code}/coverage")
    KommuneCoverageResponse kommuneCoverage(
            @PathVariable int code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        return KommuneCoverageResponse.of(coverage.coverageOn(code, date == null ? coverage.today() : date));
    }

    /** One institution's coverage month by month, from and to as yyyy-MM (default: the last 12 months and this). */
    @GetMapping("/institutions/{id}/coverage")
    InstitutionCoverageResponse institutionCoverage(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable YearMonth from,
            @RequestParam(required = false) @Nullable YearMonth to) {
        Institution institution = institutions.get(id);
        Kommune kommune = institutions.kommune(institution.kommuneCode()).orElseThrow(NotFoundException::new);
        YearMonth end = to == null ? coverage.currentMonth() : to;
        YearMonth start = from == null ? end.minusMonths(12) : from;
        return new InstitutionCoverageResponse(
                institution.id(),
                institution.number(),
                institution.name(),
                institution.kind(),
                kommune.coverageTarget(),
                coverage.institutionCoverageByMonth(id, start, end).stream()
                        .map(m -> MonthLine.of(m, kommune.coverageTarget()))
                        .toList());
    }

    /** Minimum staffing in a year (default this year, to date): annual average and each institution-month. */
    @GetMapping("/kommuner/{code}/staffing")
    StaffingResponse staffing(@PathVariable int code, @RequestParam(required = false) @Nullable Integer year) {
        return StaffingResponse.of(
                coverage.staffing(code, year == null ? coverage.today().getYear() : year));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle("Ugyldig forespørgsel");
        problem.setDetail(e.getMessage());
        return problem;
    }
}
