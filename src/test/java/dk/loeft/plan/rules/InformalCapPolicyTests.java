package dk.loeft.plan.rules;

import static dk.loeft.plan.rules.RulePlans.facts;
import static dk.loeft.plan.rules.RulePlans.line;
import static dk.loeft.plan.rules.RulePlans.plus;
import static dk.loeft.plan.rules.RulePlans.roedovre;
import static dk.loeft.plan.rules.RulePlans.withInitiative;
import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.plan.CostType;
import dk.loeft.plan.FundingSource;
import dk.loeft.plan.FundingSourceKind;
import dk.loeft.plan.PlanContent;
import dk.loeft.testing.RoedovrePlan;
import org.junit.jupiter.api.Test;

class InformalCapPolicyTests {

    private final InformalCapPolicy policy = new InformalCapPolicy();

    /** Rødovre's short courses (97.000 kr. in 2024) with one more informal line. */
    private static PlanContent informal(int year, long oere, FundingSource source) {
        return withInitiative(roedovre(), RoedovrePlan.SHORT_COURSES, plus(line(year, CostType.TUITION, oere, source)));
    }

    @Test
    void acceptsRoedovres97000KronerOfA103000KronerCapIn2024() {
        assertThat(policy.check(roedovre(), facts())).isEmpty();
    }

    @Test
    void acceptsExactly103000KronerIn2024AndRejectsOneOereMore() {
        assertThat(policy.check(informal(2024, 6_000_00L, RulePlans.pool2024()), facts()))
                .isEmpty();
        assertThat(policy.check(informal(2024, 6_000_01L, RulePlans.pool2024()), facts()))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.violation()).isTrue();
                    assertThat(f.year()).isEqualTo(2024);
                    assertThat(f.arguments())
                            .containsExactly("2024", "103.000,01 kr.", "103.000 kr.", "10 %", "1.030.000 kr.");
                });
    }

    @Test
    void capsInformalUpskillingIn2023At53300Kroner() {
        assertThat(policy.check(informal(2023, 53_300_00L, RulePlans.pool2023()), facts()))
                .isEmpty();
        assertThat(policy.check(informal(2023, 53_300_01L, RulePlans.pool2023()), facts()))
                .singleElement()
                .satisfies(f -> assertThat(f.arguments()).contains("53.300 kr."));
    }

    @Test
    void countsOnlyWhatThePoolPays() {
        assertThat(policy.check(informal(2024, 500_000_00L, FundingSource.of(FundingSourceKind.OWN_BUDGET)), facts()))
                .isEmpty();
    }
}
