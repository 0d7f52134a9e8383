package dk.loeft.plan.rules;

import static dk.loeft.plan.rules.RulePlans.facts;
import static dk.loeft.plan.rules.RulePlans.line;
import static dk.loeft.plan.rules.RulePlans.plus;
import static dk.loeft.plan.rules.RulePlans.roedovre;
import static dk.loeft.plan.rules.RulePlans.withInitiative;
import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.funding.CostCategory;
import dk.loeft.funding.SeededRounds;
import dk.loeft.plan.CostType;
import dk.loeft.plan.Finding;
import dk.loeft.plan.PlanContent;
import dk.loeft.testing.RoedovrePlan;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EligibleCostsPolicyTests {

    private final EligibleCostsPolicy policy = new EligibleCostsPolicy();

    @Test
    void acceptsRoedovresSubstitutesFromAugust2024() {
        assertThat(policy.check(roedovre(), facts())).isEmpty();
    }

    @Test
    void rejectsSubstitutesWhenTheRoundDoesNotPayForThem() {
        var facts = RulePlans.factsWithRound(SeededRounds.ROUND_2024, RulePlans.substitutesFrom(null));
        assertThat(policy.check(roedovre(), facts))
                .extracting(Finding::costLineId)
                .containsExactlyInAnyOrder(RoedovrePlan.lineId("m6"), RoedovrePlan.lineId("m8"));
    }

    @Test
    void warnsOfSubstitutesInTheYearTheyBecomeEligibleAndRejectsTheYearBefore() {
        var facts =
                RulePlans.factsWithRound(SeededRounds.ROUND_2024, RulePlans.substitutesFrom(LocalDate.of(2025, 3, 1)));
        assertThat(policy.check(roedovre(), facts))
                .satisfiesExactlyInAnyOrder(
                        f -> {
                            assertThat(f.costLineId()).isEqualTo(RoedovrePlan.lineId("m6"));
                            assertThat(f.violation()).isTrue();
                            assertThat(f.arguments()).contains("2024", "01.03.2025");
                        },
                        f -> {
                            assertThat(f.costLineId()).isEqualTo(RoedovrePlan.lineId("m8"));
                            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
                        });
    }

    @Test
    void rejectsWagesBeforeTheAgreementAndWarnsInItsFirstYear() {
        PlanContent plan = withInitiative(
                roedovre(), RoedovrePlan.MERIT, plus(line(2023, CostType.WAGES, 10_000_00L, RulePlans.pool2023())));
        assertThat(policy.check(plan, facts())).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.messageKey()).isEqualTo("plan.rule.R5.wages.partYear");
            assertThat(f.arguments()).contains("01.12.2023");
        });
        PlanContent before = withInitiative(
                roedovre(), RoedovrePlan.MERIT, plus(line(2022, CostType.WAGES, 10_000_00L, RulePlans.pool2023())));
        assertThat(policy.check(before, facts())).singleElement().satisfies(f -> assertThat(f.messageKey())
                .isEqualTo("plan.rule.R5.wages.before"));
    }

    @Test
    void rejectsACategoryTheRoundDoesNotList() {
        var facts = RulePlans.factsWithRound(SeededRounds.ROUND_2024, RulePlans.without(CostCategory.REVISION));
        assertThat(policy.check(roedovre(), facts)).singleElement().satisfies(f -> {
            assertThat(f.violation()).isTrue();
            assertThat(f.costLineId()).isEqualTo(RoedovrePlan.lineId("a4"));
            assertThat(f.initiativeId()).isNull();
            assertThat(f.year()).isEqualTo(2025);
        });
    }

    @Test
    void countsEveryLineOfAnInformalInitiativeAsInformal() {
        var facts = RulePlans.factsWithRound(SeededRounds.ROUND_2024, RulePlans.without(CostCategory.UFORMEL));
        assertThat(policy.check(roedovre(), facts))
                .extracting(Finding::costLineId)
                .containsExactlyInAnyOrder(RoedovrePlan.lineId("s1"), RoedovrePlan.lineId("s2"));
    }
}
