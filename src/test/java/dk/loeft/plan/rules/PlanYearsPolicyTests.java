package dk.loeft.plan.rules;

import static dk.loeft.plan.rules.RulePlans.facts;
import static dk.loeft.plan.rules.RulePlans.line;
import static dk.loeft.plan.rules.RulePlans.plus;
import static dk.loeft.plan.rules.RulePlans.roedovre;
import static dk.loeft.plan.rules.RulePlans.withInitiative;
import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.plan.CostLine;
import dk.loeft.plan.CostType;
import dk.loeft.plan.Finding;
import dk.loeft.plan.FundingSource;
import dk.loeft.plan.FundingSourceKind;
import dk.loeft.testing.RoedovrePlan;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlanYearsPolicyTests {

    private final PlanYearsPolicy policy = new PlanYearsPolicy();

    @Test
    void acceptsRoedovresLinesInTheirRoundsYears() {
        assertThat(policy.check(roedovre(), facts())).isEmpty();
    }

    @Test
    void rejectsAPoolLineInAYearItsRoundDoesNotCover() {
        CostLine line = line(2024, CostType.BOOKS, 1_000_00L, RulePlans.pool2023());
        assertThat(policy.check(withInitiative(roedovre(), RoedovrePlan.MERIT, plus(line)), facts()))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.violation()).isTrue();
                    assertThat(f.costLineId()).isEqualTo(line.id());
                    assertThat(f.initiativeId()).isEqualTo(RoedovrePlan.MERIT);
                    assertThat(f.messageKey()).isEqualTo("plan.rule.B2.notCovered");
                });
    }

    @Test
    void rejectsAPoolLineOfAnUnknownRound() {
        CostLine line = line(2024, CostType.BOOKS, 1_000_00L, FundingSource.pool(UUID.randomUUID()));
        assertThat(policy.check(withInitiative(roedovre(), RoedovrePlan.MERIT, plus(line)), facts()))
                .singleElement()
                .satisfies(f -> assertThat(f.messageKey()).isEqualTo("plan.rule.B2.unknownRound"));
    }

    @Test
    void warnsOfALineOutsideThePlansYears() {
        CostLine line = line(2026, CostType.TUITION, 7_000_00L, FundingSource.of(FundingSourceKind.OWN_BUDGET));
        assertThat(policy.check(withInitiative(roedovre(), RoedovrePlan.MERIT, plus(line)), facts()))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
                    assertThat(f.arguments()).containsExactly("Testlinje", "2026", "2023", "2025");
                });
    }
}
