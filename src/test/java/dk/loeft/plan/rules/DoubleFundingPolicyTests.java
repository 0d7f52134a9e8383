package dk.loeft.plan.rules;

import static dk.loeft.plan.rules.RulePlans.facts;
import static dk.loeft.plan.rules.RulePlans.line;
import static dk.loeft.plan.rules.RulePlans.plus;
import static dk.loeft.plan.rules.RulePlans.roedovre;
import static dk.loeft.plan.rules.RulePlans.withInitiative;
import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.plan.CostType;
import dk.loeft.plan.Finding;
import dk.loeft.plan.FundingSource;
import dk.loeft.plan.FundingSourceKind;
import dk.loeft.plan.InitiativeKind;
import dk.loeft.plan.PlanContent;
import dk.loeft.testing.RoedovrePlan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DoubleFundingPolicyTests {

    private final DoubleFundingPolicy policy = new DoubleFundingPolicy(RulePlans.properties());

    private List<Finding> meritFromTheCompetenceFundStartingOn(LocalDate start) {
        PlanContent plan = withInitiative(
                withInitiative(roedovre(), RoedovrePlan.MERIT, RulePlans.startingOn(start, 36)),
                RoedovrePlan.MERIT,
                plus(line(2027, CostType.MENTOR, 5_000_00L, FundingSource.otherFund("Den Kommunale Kompetencefond"))));
        return policy.check(plan, facts());
    }

    @Test
    void acceptsRoedovresOwnMoneyBesideThePool() {
        assertThat(policy.check(roedovre(), facts())).isEmpty();
    }

    @Test
    void rejectsJobrotationForPau() {
        PlanContent plan = withInitiative(
                withInitiative(roedovre(), RoedovrePlan.MERIT, RulePlans.kind(InitiativeKind.PAU_EUV1)),
                RoedovrePlan.MERIT,
                plus(line(2026, CostType.SUBSTITUTES, 20_000_00L, FundingSource.of(FundingSourceKind.JOBROTATION))));
        assertThat(policy.check(plan, facts())).singleElement().satisfies(f -> {
            assertThat(f.violation()).isTrue();
            assertThat(f.messageKey()).isEqualTo("plan.rule.R9.jobrotationPau");
        });
    }

    @Test
    void rejectsTheCompetenceFundForMeritStartingInItsPause() {
        assertThat(meritFromTheCompetenceFundStartingOn(LocalDate.of(2023, 11, 30)))
                .isEmpty();
        assertThat(meritFromTheCompetenceFundStartingOn(LocalDate.of(2023, 12, 1)))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.violation()).isTrue();
                    assertThat(f.arguments()).contains("01.12.2023", "31.07.2026");
                });
        assertThat(meritFromTheCompetenceFundStartingOn(LocalDate.of(2026, 7, 31)))
                .hasSize(1);
        assertThat(meritFromTheCompetenceFundStartingOn(LocalDate.of(2026, 8, 1)))
                .isEmpty();
    }

    @Test
    void warnsWhenTheSameCostIsPaidByThePoolAndJobrotation() {
        PlanContent plan = withInitiative(
                roedovre(),
                RoedovrePlan.MERIT,
                plus(line(2024, CostType.SUBSTITUTES, 20_000_00L, FundingSource.of(FundingSourceKind.JOBROTATION))));
        assertThat(policy.check(plan, facts())).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.messageKey()).isEqualTo("plan.rule.R9.twice");
            assertThat(f.year()).isEqualTo(2024);
        });
    }
}
