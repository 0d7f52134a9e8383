package dk.loeft.plan.api;

import dk.loeft.plan.projection.Projection;
import dk.loeft.plan.projection.ProjectionAssumptions;
import dk.loeft.plan.projection.ProjectionYear;
import dk.loeft.plan.projection.Scenario;
import dk.loeft.plan.projection.ScenarioComparison;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the projection and scenario endpoints answer: shares and assumptions as fractions (0.85), money in øre. */
final class PlanProjectionApiModels {

    private PlanProjectionApiModels() {}

    record AssumptionsResponse(
            BigDecimal ftePerParticipant,
            BigDecimal completionRate,
            BigDecimal turnoverRate,
            BigDecimal educatedHireShare) {

        static AssumptionsResponse of(ProjectionAssumptions a) {
            return new AssumptionsResponse(
                    a.ftePerParticipant(), a.completionRate(), a.turnoverRate(), a.educatedHireShare());
        }
    }

    record YearLine(
            int year,
            BigDecimal pedagogicalFte,
            BigDecimal educatedFte,
            BigDecimal completions,
            BigDecimal completedFte,
            BigDecimal turnoverFte,
            @Nullable BigDecimal share) {

        static YearLine of(ProjectionYear y) {
            return new YearLine(
                    y.year(),
                    y.pedagogicalFte(),
                    y.educatedFte(),
                    y.completions(),
                    y.completedFte(),
                    y.turnoverFte(),
                    y.share());
        }
    }

    record ProjectionResponse(
            UUID planId,
            int versionNo,
            int kommuneCode,
            LocalDate baselineDate,
            BigDecimal goal,
            boolean reachesGoal,
            AssumptionsResponse assumptions,
            List<YearLine> years) {

        static ProjectionResponse of(UUID planId, int versionNo, int kommuneCode, Projection p) {
            return new ProjectionResponse(
                    planId,
                    versionNo,
                    kommuneCode,
                    p.baseline().date(),
                    p.goal(),
                    p.reachesGoal(),
                    AssumptionsResponse.of(p.assumptions()),
                    p.years().stream().map(YearLine::of).toList());
        }
    }

    record ScenarioLine(
            UUID planId,
            int versionNo,
            String title,
            String status,
            @Nullable BigDecimal shareAtHorizon,
            @Nullable BigDecimal pointsGained,
            BigDecimal completions,
            long poolOere,
            long totalOere,
            @Nullable Long poolPerPointOere,
            @Nullable Long totalPerPointOere) {

        static ScenarioLine of(Scenario s) {
            return new ScenarioLine(
                    s.plan().planId(),
                    s.plan().versionNo(),
                    s.plan().title(),
                    s.plan().status().name(),
                    s.projection().finalShare(),
                    s.pointsGained(),
                    s.projection().totalCompletions(),
                    s.poolOere(),
                    s.totalOere(),
                    s.poolPerPointOere(),
                    s.totalPerPointOere());
        }
    }

    record ScenarioResponse(
            int kommuneCode,
            int horizon,
            @Nullable BigDecimal shareWithoutPlan,
            AssumptionsResponse assumptions,
            List<ScenarioLine> scenarios) {

        static ScenarioResponse of(int kommuneCode, ScenarioComparison c) {
            return new ScenarioResponse(
                    kommuneCode,
                    c.withoutPlan().last().year(),
                    c.withoutPlan().finalShare(),
                    AssumptionsResponse.of(c.withoutPlan().assumptions()),
                    c.scenarios().stream().map(ScenarioLine::of).toList());
        }
    }
}
