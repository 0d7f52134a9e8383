package dk.loeft.followup.api;

import dk.loeft.coverage.EducationCoverage;
import dk.loeft.coverage.KommuneSummary;
import dk.loeft.followup.NationalOverview;
import dk.loeft.followup.NationalView;
import dk.loeft.funding.FundingTotals.Totals;
import dk.loeft.plan.PlanStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ministry's national view for integrations and BI tools: the same lines and totals as /kommuner. */
@RestController
@RequestMapping("/api/v1")
class NationalApiController {

    private final NationalView national;

    NationalApiController(NationalView national) {
        this.national = national;
    }

    /**
     * For the ministry only: every kommune's coverage and money from the pool today, optionally for
     * one region, sorted like the page ("staff" ascending, "-staff" descending).
     */
    @GetMapping("/kommuner/overview")
    NationalOverviewResponse nationalOverview(
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String sort) {
        return NationalOverviewResponse.of(national.overview(region, NationalOverview.Sorting.parse(sort)));
    }

    /** The national view: each kommune's coverage, money (øre) from the pool and plan status, and the total. */
    record NationalOverviewResponse(
            LocalDate date, int grantYear, @Nullable String region, List<KommuneLine> kommuner, TotalLine total) {

        static NationalOverviewResponse of(NationalOverview overview) {
            NationalOverview.Total total = overview.total();
            return new NationalOverviewResponse(
                    overview.date(),
                    overview.date().getYear(),
                    overview.region().isEmpty() ? null : overview.region(),
                    overview.lines().stream().map(KommuneLine::of).toList(),
                    new TotalLine(
                            total.institutions(),
                            total.staff(),
                            Money.of(total.funding()),
                            total.coverage().pedagogicalFte(),
                            total.coverage().share()));
        }
    }

    /** Granted in the grant year and in total, spent in total, and spent / granted (null when nothing granted). */
    record Money(
            long grantedInYearOere,
            long grantedOere,
            long spentOere,
            @Nullable BigDecimal spendRate) {

        static Money of(Totals totals) {
            return new Money(totals.grantedInYearOere(), totals.grantedOere(), totals.spentOere(), totals.spendRate());
        }
    }

    /** Education coverage (R11): pedagogical and educated FTE, the share, and the FTE missing to the target. */
    record Coverage(
            BigDecimal pedagogicalFte,
            BigDecimal educatedFte,
            @Nullable BigDecimal share,
            BigDecimal missingFte) {

        static Coverage of(EducationCoverage c, BigDecimal target) {
            return new Coverage(c.pedagogicalFte(), c.educatedFte(), c.share(), c.missingFte(target));
        }
    }

    record KommuneLine(
            int code,
            String name,
            String region,
            int institutions,
            int staff,
            Coverage coverage,
            BigDecimal coverageTarget,
            Money funding,
            @Nullable PlanStatus planStatus,
            @Nullable LocalDate planApprovedOn) {

        static KommuneLine of(NationalOverview.Line line) {
            KommuneSummary k = line.kommune();
            return new KommuneLine(
                    k.code(),
                    k.name(),
                    k.region(),
                    k.institutions(),
                    k.staff(),
                    Coverage.of(k.coverage(), k.coverageTarget()),
                    k.coverageTarget(),
                    Money.of(line.funding()),
                    line.planStatus(),
                    line.approvedOn());
        }
    }

    record TotalLine(
            int institutions,
            int staff,
            Money funding,
            BigDecimal pedagogicalFte,
            @Nullable BigDecimal coverageShare) {}
}
