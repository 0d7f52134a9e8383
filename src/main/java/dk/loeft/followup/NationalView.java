package dk.loeft.followup;

import dk.loeft.coverage.CoverageService;
import dk.loeft.funding.FundingTotals;
import dk.loeft.plan.KommunePlanStatus;
import dk.loeft.plan.Plans;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Builds the ministry's national view: coverage from the staff registry, money from the grant ledgers. */
@Service
public class NationalView {

    private final CoverageService coverage;
    private final FundingTotals funding;
    private final Plans plans;

    NationalView(CoverageService coverage, FundingTotals funding, Plans plans) {
        this.coverage = coverage;
        this.funding = funding;
        this.plans = plans;
    }

    /** The national view today, for one region (null or blank: all), sorted: for the ministry only. */
    public NationalOverview overview(@Nullable String region, NationalOverview.Sorting sorting) {
        LocalDate today = coverage.today();
        Map<Integer, KommunePlanStatus> planStatus = plans.statusPerKommune().stream()
                .filter(p -> p.status() != null)
                .collect(Collectors.toMap(KommunePlanStatus::kommuneCode, p -> p));
        return NationalOverview.of(
                today, coverage.kommuner(today), funding.perKommune(today.getYear()), planStatus, region, sorting);
    }
}
