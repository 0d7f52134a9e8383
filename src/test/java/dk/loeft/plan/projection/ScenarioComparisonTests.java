package dk.loeft.plan.projection;

import static dk.loeft.plan.projection.CoverageProjectionTests.bd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.loeft.plan.PlanContent;
import dk.loeft.plan.PlanStatus;
import dk.loeft.testing.RoedovrePlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScenarioComparisonTests {

    static final ProjectionAssumptions NO_TURNOVER =
            new ProjectionAssumptions(bd("1"), bd("1"), BigDecimal.ZERO, bd("1"));

    @Test
    void costPerPercentagePointIsTheCostOverThePointsGainedAgainstNoPlan() {
        // 200 pedagogical FTE, 120 educated. Rødovre's merit cohorts complete 2026 (9) and 2027 (10)
        // after a baseline of 1 January 2026: 19 FTE more = 9,5 points by 2030.
        Baseline baseline = new Baseline(LocalDate.of(2026, 1, 1), bd("200"), bd("120"));
        PlanContent v1 = RoedovrePlan.content();
        PlanContent v2 = RoedovrePlan.content(UUID.randomUUID(), 2, PlanStatus.DRAFT);

        ScenarioComparison c = ScenarioComparison.of(List.of(v1, v2), baseline, NO_TURNOVER, bd("0.85"));

        Scenario first = c.scenarios().getFirst();
        assertThat(c.withoutPlan().finalShare()).isEqualByComparingTo("0.6");
        assertThat(first.projection().finalShare()).isEqualByComparingTo("0.695");
        assertThat(first.pointsGained()).isEqualByComparingTo("9.5");
        // Pool 1.815.000 kr., total 1.923.000 kr. (RoedovrePlan's expected totals).
        assertThat(first.poolOere()).isEqualTo(181_500_000L);
        assertThat(first.totalOere()).isEqualTo(192_300_000L);
        assertThat(first.poolPerPointOere()).isEqualTo(19_105_300L); // 1.815.000 kr. / 9,5 = 191.052,63 → 191.053 kr.
        assertThat(first.totalPerPointOere()).isEqualTo(20_242_100L); // 1.923.000 kr. / 9,5 = 202.421,05 → 202.421 kr.
    }

    @Test
    void aPlanThatGainsNothingHasNoCostPerPoint() {
        Baseline baseline = new Baseline(LocalDate.of(2029, 1, 1), bd("200"), bd("120"));

        ScenarioComparison c = ScenarioComparison.of(
                List.of(RoedovrePlan.content(), RoedovrePlan.content(UUID.randomUUID(), 2, PlanStatus.DRAFT)),
                baseline,
                NO_TURNOVER,
                bd("0.85"));

        assertThat(c.scenarios()).allSatisfy(s -> {
            assertThat(s.pointsGained()).isEqualByComparingTo("0");
            assertThat(s.totalPerPointOere()).isNull();
            assertThat(s.poolPerPointOere()).isNull();
        });
    }

    @Test
    void comparesTwoToFourVersionsOfOneKommune() {
        Baseline baseline = new Baseline(LocalDate.of(2026, 1, 1), bd("200"), bd("120"));
        PlanContent one = RoedovrePlan.content();

        assertThatThrownBy(() -> ScenarioComparison.of(List.of(one), baseline, NO_TURNOVER, bd("0.85")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        ScenarioComparison.of(List.of(one, one, one, one, one), baseline, NO_TURNOVER, bd("0.85")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
