package dk.loeft.plan.projection;

import dk.loeft.plan.PlanContent;
import java.math.BigDecimal;
import java.util.List;

/** Two to four variants of one kommune's plan side by side, on one baseline and one set of assumptions. */
public record ScenarioComparison(Projection withoutPlan, List<Scenario> scenarios) {

    public static final int MIN = 2;
    public static final int MAX = 4;

    public ScenarioComparison {
        scenarios = List.copyOf(scenarios);
    }

    public static ScenarioComparison of(
            List<PlanContent> plans, Baseline baseline, ProjectionAssumptions assumptions, BigDecimal fallbackGoal) {
        if (plans.size() < MIN || plans.size() > MAX) {
            throw new IllegalArgumentException("Compare " + MIN + " to " + MAX + " plan versions");
        }
        if (plans.stream().map(PlanContent::kommuneCode).distinct().count() != 1) {
            throw new IllegalArgumentException("Only versions of one kommune's plans are compared");
        }
        Projection without = CoverageProjection.project(
                List.of(), baseline, assumptions, CoverageProjection.goal(plans.getFirst(), baseline, fallbackGoal));
        return new ScenarioComparison(
                without,
                plans.stream()
                        .map(plan -> Scenario.of(
                                plan, CoverageProjection.project(plan, baseline, assumptions, fallbackGoal), without))
                        .toList());
    }
}
