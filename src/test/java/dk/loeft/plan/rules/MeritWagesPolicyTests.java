package dk.loeft.plan.rules;

import static dk.loeft.plan.rules.RulePlans.facts;
import static dk.loeft.plan.rules.RulePlans.line;
import static dk.loeft.plan.rules.RulePlans.plus;
import static dk.loeft.plan.rules.RulePlans.roedovre;
import static dk.loeft.plan.rules.RulePlans.withInitiative;
import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.plan.CostType;
import dk.loeft.plan.Finding;
import dk.loeft.plan.PlanContent;
import dk.loeft.staff.StaffRole;
import dk.loeft.testing.RoedovrePlan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeritWagesPolicyTests {

    private final MeritWagesPolicy policy = new MeritWagesPolicy(RulePlans.properties());

    private static PlanContent meritWithWages(PlanContent plan) {
        return withInitiative(
                plan, RoedovrePlan.MERIT, plus(line(2025, CostType.WAGES, 100_000_00L, RulePlans.pool2024())));
    }

    private List<Finding> meritWithWagesStartingOn(LocalDate start) {
        return policy.check(
                meritWithWages(withInitiative(roedovre(), RoedovrePlan.MERIT, RulePlans.startingOn(start, 36))),
                facts());
    }

    @Test
    void saysNothingWithoutWages() {
        assertThat(policy.check(roedovre(), facts())).isEmpty();
    }

    @Test
    void remindsOfThePaidLeaveAgreementBeforeStart() {
        assertThat(policy.check(meritWithWages(roedovre()), facts()))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
                    assertThat(f.messageKey()).isEqualTo("plan.rule.R7.leaveAgreement");
                    assertThat(f.initiativeId()).isEqualTo(RoedovrePlan.MERIT);
                });
    }

    @Test
    void acceptsAStartOn31July2026AndRejectsTheDayAfter() {
        assertThat(RulePlans.violations(meritWithWagesStartingOn(LocalDate.of(2026, 7, 31))))
                .isEmpty();
        assertThat(RulePlans.violations(meritWithWagesStartingOn(LocalDate.of(2026, 8, 1))))
                .singleElement()
                .satisfies(f -> assertThat(f.messageKey()).isEqualTo("plan.rule.R7.lateStart"));
    }

    @Test
    void rejectsWagesForAnythingButMerit() {
        PlanContent plan = withInitiative(
                roedovre(), RoedovrePlan.DIPLOMA, plus(line(2024, CostType.WAGES, 10_000_00L, RulePlans.pool2024())));
        assertThat(policy.check(plan, facts())).singleElement().satisfies(f -> {
            assertThat(f.violation()).isTrue();
            assertThat(f.messageKey()).isEqualTo("plan.rule.R7.notMerit");
            assertThat(f.costLineId()).isNotNull();
        });
    }

    @Test
    void rejectsWagesForPostsTheAgreementDoesNotCover() {
        PlanContent plan = withInitiative(
                meritWithWages(roedovre()),
                RoedovrePlan.MERIT,
                RulePlans.roles(StaffRole.PAEDAGOGMEDHJAELPER, StaffRole.SOUSCHEF));
        assertThat(RulePlans.violations(policy.check(plan, facts())))
                .singleElement()
                .satisfies(f -> assertThat(f.messageKey()).isEqualTo("plan.rule.R7.roles"));
    }
}
