package dk.loeft.plan.rules;

import static dk.loeft.plan.rules.RulePlans.facts;
import static dk.loeft.plan.rules.RulePlans.kind;
import static dk.loeft.plan.rules.RulePlans.roedovre;
import static dk.loeft.plan.rules.RulePlans.startingOn;
import static dk.loeft.plan.rules.RulePlans.withInitiative;
import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.plan.Finding;
import dk.loeft.plan.InitiativeKind;
import dk.loeft.plan.PlanContent;
import dk.loeft.testing.RoedovrePlan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionDeadlinePolicyTests {

    private final CompletionDeadlinePolicy policy = new CompletionDeadlinePolicy();

    private List<Finding> meritStartingOn(LocalDate start, int months) {
        return policy.check(withInitiative(roedovre(), RoedovrePlan.MERIT, startingOn(start, months)), facts());
    }

    @Test
    void acceptsRoedovresMeritWhoseLastCohortCompletesIn2027() {
        assertThat(policy.check(roedovre(), facts())).isEmpty();
    }

    @Test
    void acceptsAThreeYearMeritStartedFebruary2026EndingJanuary2029() {
        assertThat(meritStartingOn(LocalDate.of(2026, 2, 1), 36)).isEmpty();
    }

    @Test
    void acceptsCompletionOnTheDeadlineAndRejectsTheDayAfter() {
        assertThat(meritStartingOn(LocalDate.of(2027, 8, 1), 36)).isEmpty();
        assertThat(meritStartingOn(LocalDate.of(2027, 8, 2), 36))
                .singleElement()
                .satisfies(f -> assertThat(f.arguments()).contains("01.08.2030", "31.07.2030"));
    }

    @Test
    void rejectsASixYearPdStartedSeptember2025() {
        PlanContent plan = withInitiative(
                withInitiative(roedovre(), RoedovrePlan.DIPLOMA, kind(InitiativeKind.PD_WHOLE)),
                RoedovrePlan.DIPLOMA,
                startingOn(LocalDate.of(2025, 9, 1), 72));
        assertThat(policy.check(plan, facts())).singleElement().satisfies(f -> {
            assertThat(f.violation()).isTrue();
            assertThat(f.initiativeId()).isEqualTo(RoedovrePlan.DIPLOMA);
            assertThat(f.messageKey()).isEqualTo("plan.rule.R2.late");
            assertThat(f.arguments()).contains("31.08.2031");
        });
    }

    @Test
    void rejectsALastCohortCompletingAfterTheDeadlineThoughTheInitiativeEndsBefore() {
        PlanContent plan = withInitiative(roedovre(), RoedovrePlan.MERIT, RulePlans.intake(2028, 4));
        assertThat(policy.check(plan, facts())).singleElement().satisfies(f -> assertThat(f.arguments())
                .contains("31.07.2031"));
    }

    @Test
    void leavesShortProgrammesToTheBudgetRules() {
        assertThat(policy.check(
                        withInitiative(roedovre(), RoedovrePlan.DIPLOMA, startingOn(LocalDate.of(2025, 9, 1), 72)),
                        facts()))
                .isEmpty();
    }
}
