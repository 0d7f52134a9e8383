package dk.loeft.plan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.IntegrationTest;
import dk.loeft.funding.FundingRound;
import dk.loeft.funding.FundingRounds;
import dk.loeft.funding.SourceStatus;
import dk.loeft.plan.CostType;
import dk.loeft.plan.Finding;
import dk.loeft.plan.PlanContent;
import dk.loeft.plan.PlanRules;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.platform.web.DanishFormat;
import dk.loeft.testing.RoedovrePlan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** Rødovre's plan (seed 001) through every rule, against the seeded rounds and Rødovre's demo grants. */
@IntegrationTest
class PlanRulesIntegrationTests {

    @Autowired
    PlanRules rules;

    @Autowired
    FundingRounds rounds;

    @Autowired
    MessageSource messages;

    private List<Finding> evaluate(PlanContent plan) {
        return Tenancy.runAs(Integer.toString(RoedovrePlan.KOMMUNE), () -> rules.evaluate(plan));
    }

    private String text(Finding finding) {
        return messages.getMessage(finding.messageKey(), finding.arguments().toArray(), DanishFormat.DANISH);
    }

    @Test
    void theSeededRoundsPaySubstitutesFromDecember2023WithTheReason() {
        for (FundingRound round : rounds.all()) {
            assertThat(round.substitutesEligibleFrom()).isEqualTo(LocalDate.of(2023, 12, 1));
            assertThat(round.source("substitutesEligibleFrom"))
                    .hasValueSatisfying(s -> assertThat(s.status()).isEqualTo(SourceStatus.DERIVED));
        }
    }

    @Test
    void roedovresPlanBreaksNoRuleAgainstItsGrants() {
        List<Finding> findings = evaluate(RoedovrePlan.content());
        assertThat(findings).noneMatch(Finding::violation);
        assertThat(findings).isEmpty();
    }

    @Test
    void aChangeThatBreaksRulesIsReportedInDanishBesideWhatItConcerns() {
        PlanContent plan = RulePlans.withInitiative(
                RoedovrePlan.content(),
                RoedovrePlan.SHORT_COURSES,
                RulePlans.plus(RulePlans.line(2024, CostType.TUITION, 6_000_01L, RulePlans.pool2024())));
        plan = RulePlans.withInitiative(plan, RoedovrePlan.MERIT, RulePlans.intake(2026, 4));

        List<Finding> findings = evaluate(plan);

        assertThat(findings).extracting(Finding::rule).contains("R1", "R3");
        assertThat(findings)
                .filteredOn(f -> f.rule().equals("R3"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.year()).isEqualTo(2024);
                    assertThat(text(f))
                            .isEqualTo(
                                    "Uformel opkvalificering fra puljen i 2024 er 103.000,01 kr., over loftet på 103.000 kr."
                                            + " (10 % af årets tilskud på 1.030.000 kr.).");
                });
        assertThat(findings)
                .filteredOn(f -> f.rule().equals("R1"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.initiativeId()).isEqualTo(RoedovrePlan.MERIT);
                    assertThat(text(f)).contains("01.08.2026", "01.08.2023-31.07.2026");
                });
        assertThat(findings.getFirst().violation()).isTrue();
        findings.forEach(f -> assertThat(text(f)).doesNotContain("{"));
    }
}
