package dk.loeft.plan;

import static dk.loeft.testing.TestUsers.actingAs;
import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.finance;
import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.IntegrationTest;
import dk.loeft.testing.RoedovrePlan;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo data's plans: Rødovre's seed-001 plan approved as version 1, Dragør's small draft. */
@IntegrationTest
class DemoPlansIntegrationTests {

    @Autowired
    Plans plans;

    @Test
    void roedovreHasSeed001sPlanApprovedByTheCommitteeWithItsFigures() {
        PlanVersionSummary first = actingAs(admin(175), () -> plans.versionsOf(175)).stream()
                .filter(v -> v.title().equals(RoedovrePlan.content().title()) && v.versionNo() == 1)
                .reduce((a, b) -> b)
                .orElseThrow();
        PlanContent plan = actingAs(admin(175), () -> plans.content(first.planId(), 1));
        assertThat(plan.approval()).isNotNull();
        assertThat(plan.approval().bodyName()).isEqualTo("Børne- og Kulturudvalget");
        assertThat(plan.approval().date()).isEqualTo(LocalDate.of(2024, 6, 18));
        assertThat(plan.initiatives()).isEqualTo(RoedovrePlan.content().initiatives());
        PlanBudget budget = actingAs(admin(175), () -> plans.budget(plan));
        assertThat(budget.poolIn(2024)).isEqualTo(1_005_500_00L);
        Map<java.util.UUID, ? extends Map<Integer, Long>> committed =
                actingAs(finance(175), () -> plans.committedPoolAmounts(175));
        assertThat(committed.get(RoedovrePlan.ROUND_2023)).containsEntry(2023, 137_000_00L);
    }

    @Test
    void dragoerHasADraft() {
        assertThat(actingAs(admin(155), () -> plans.versionsOf(155)))
                .anyMatch(v -> v.status() == PlanStatus.DRAFT && v.firstYear() == 2025);
    }
}
