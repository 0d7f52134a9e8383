package dk.loeft.followup;

import dk.loeft.coverage.CoverageService;
import dk.loeft.funding.FundingTotals;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Builds the ministry's national view: coverage from the staff registry, money from the grant ledgers. */
@Service
public class NationalView {

    private final CoverageService coverage;
    private final FundingTotals funding;

    NationalView(CoverageService coverage, FundingTotals funding) {
        this.coverage = coverage;
        this.funding = funding;
    }

    /** The national view today, for one region (null or blank: all), sorted: for the ministry only. */
    public NationalOverview overview(@Nullable String region, NationalOverview.Sorting sorting) {
        LocalDate today = coverage.today();
        return NationalOverview.of(
                today, coverage.kommuner(today), funding.perKommune(today.getYear()), region, sorting);
    }
}
