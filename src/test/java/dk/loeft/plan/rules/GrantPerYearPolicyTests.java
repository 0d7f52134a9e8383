package dk.loeft.plan.rules;

import static dk.loeft.plan.rules.RulePlans.facts;
import static dk.loeft.plan.rules.RulePlans.line;
import static dk.loeft.plan.rules.RulePlans.roedovre;
import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.funding.GrantLedger;
import dk.loeft.funding.LedgerRounds;
import dk.loeft.funding.SeededRounds;
import dk.loeft.plan.CostLine;
import dk.loeft.plan.CostType;
import dk.loeft.plan.Finding;
import dk.loeft.plan.PlanContent;
import dk.loeft.plan.PlanFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GrantPerYearPolicyTests {

    private final GrantPerYearPolicy policy = new GrantPerYearPolicy();

    private static PlanContent withAdministration2024(long oere) {
        List<CostLine> common = new ArrayList<>(roedovre().commonCosts());
        common.add(line(2024, CostType.ADMINISTRATION, oere, RulePlans.pool2024()));
        return RulePlans.withCommonCosts(roedovre(), common);
    }

    @Test
    void acceptsRoedovresPlanWithinEachYearsGrant() {
        assertThat(policy.check(roedovre(), facts())).isEmpty();
    }

    @Test
    void acceptsTheWholeGrantAndRejectsOneOereMore() {
        assertThat(policy.check(withAdministration2024(24_500_00L), facts())).isEmpty();
        assertThat(policy.check(withAdministration2024(24_500_01L), facts()))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.violation()).isTrue();
                    assertThat(f.year()).isEqualTo(2024);
                    assertThat(f.arguments()).containsExactly("2024", "1.030.000,01 kr.", "1.030.000 kr.", "0,01 kr.");
                });
    }

    @Test
    void warnsOfAPlanYearWithoutAKnownGrant() {
        assertThat(policy.check(RulePlans.withYears(roedovre(), 2023, 2026), facts()))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
                    assertThat(f.messageKey()).isEqualTo("plan.rule.B1.noGrant");
                    assertThat(f.year()).isEqualTo(2026);
                });
    }

    @Test
    void warnsOfAGrantNothingIsPlannedFor() {
        GrantLedger ledger = GrantLedger.of(
                LedgerRounds.SEEDED,
                List.of(
                        new GrantLedger.Grant(SeededRounds.ROUND_2023, 2023, 533_000_00L),
                        new GrantLedger.Grant(SeededRounds.ROUND_2024, 2024, 1_030_000_00L),
                        new GrantLedger.Grant(SeededRounds.ROUND_2024, 2025, 976_000_00L),
                        new GrantLedger.Grant(SeededRounds.ROUND_2026, 2026, 900_000_00L)),
                List.of(),
                Map.of(),
                LocalDate.of(2026, 1, 15));
        assertThat(policy.check(RulePlans.withYears(roedovre(), 2023, 2026), new PlanFacts(SeededRounds.all(), ledger)))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.messageKey()).isEqualTo("plan.rule.B1.unused");
                    assertThat(f.arguments()).containsExactly("2026", "900.000 kr.");
                });
    }
}
