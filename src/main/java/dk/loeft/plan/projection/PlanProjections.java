package dk.loeft.plan.projection;

import dk.loeft.coverage.CoverageService;
import dk.loeft.coverage.EducationCoverage;
import dk.loeft.coverage.KommuneCoverage;
import dk.loeft.plan.PlanContent;
import dk.loeft.plan.PlanReaders;
import dk.loeft.plan.PlanVersionSummary;
import dk.loeft.plan.PlanVersions;
import dk.loeft.platform.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The projection of a plan version from the kommune's coverage today, and the comparison of a
 * kommune's plan variants, for the signed-in reader.
 */
@Service
@Transactional(readOnly = true)
public class PlanProjections {

    private final PlanVersions versions;
    private final CoverageService coverage;

    PlanProjections(PlanVersions versions, CoverageService coverage) {
        this.versions = versions;
        this.coverage = coverage;
    }

    public PlanContent content(UUID planId, int versionNo) {
        PlanReaders.require();
        return versions.content(planId, versionNo);
    }

    public List<PlanVersionSummary> versionsOf(int kommuneCode) {
        PlanReaders.require();
        return versions.versionsOf(kommuneCode);
    }

    public Projection project(UUID planId, int versionNo, ProjectionAssumptions assumptions) {
        return project(content(planId, versionNo), assumptions);
    }

    public Projection project(PlanContent plan, ProjectionAssumptions assumptions) {
        Today today = today(plan.kommuneCode());
        return CoverageProjection.project(plan, today.baseline(), assumptions, today.target());
    }

    /** The versions side by side; a version of another kommune is not found. */
    public ScenarioComparison compare(int kommuneCode, List<VersionRef> refs, ProjectionAssumptions assumptions) {
        List<PlanContent> plans = refs.stream()
                .distinct()
                .map(ref -> content(ref.planId(), ref.versionNo()))
                .toList();
        if (plans.stream().anyMatch(plan -> plan.kommuneCode() != kommuneCode)) {
            throw new NotFoundException();
        }
        Today today = today(kommuneCode);
        return ScenarioComparison.of(plans, today.baseline(), assumptions, today.target());
    }

    private Today today(int kommuneCode) {
        KommuneCoverage now = coverage.coverageOn(kommuneCode, coverage.today());
        EducationCoverage total = now.total();
        return new Today(new Baseline(now.date(), total.pedagogicalFte(), total.educatedFte()), now.target());
    }

    private record Today(Baseline baseline, java.math.BigDecimal target) {}
}
