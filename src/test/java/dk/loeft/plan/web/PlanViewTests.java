package dk.loeft.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.plan.Finding;
import dk.loeft.plan.PlanBudget;
import dk.loeft.plan.PlanContent;
import dk.loeft.plan.PlanStatus;
import dk.loeft.plan.PlanVersionState;
import dk.loeft.testing.RoedovrePlan;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanViewTests {

    final PlanContent plan = RoedovrePlan.content();
    final Finding onLine = new Finding(
            "R5",
            Finding.Severity.VIOLATION,
            2024,
            RoedovrePlan.MERIT,
            RoedovrePlan.lineId("m6"),
            "plan.rule.x",
            List.of());
    final Finding onInitiative =
            new Finding("R2", Finding.Severity.WARNING, null, RoedovrePlan.MERIT, null, "plan.rule.y", List.of());
    final Finding onYear = new Finding("R3", Finding.Severity.WARNING, 2024, null, null, "plan.rule.z", List.of());
    final Finding onPlan =
            new Finding("BUDGET", Finding.Severity.VIOLATION, null, null, null, "plan.rule.w", List.of());

    PlanView view(PlanStatus status, boolean current) {
        PlanContent content = RoedovrePlan.content(plan.planId(), 1, status);
        return PlanView.of(
                new PlanVersionState(content, 3, "forvaltning", Instant.EPOCH),
                PlanBudget.of(content, Map.of()),
                List.of(onLine, onInitiative, onYear, onPlan),
                Map.of(),
                current,
                true,
                true);
    }

    @Test
    void eachFindingStandsBesideWhatItConcernsAndTheSummaryCountsBoth() {
        PlanView view = view(PlanStatus.DRAFT, true);
        assertThat(view.lineFindings(RoedovrePlan.lineId("m6"))).containsExactly(onLine);
        assertThat(view.initiativeFindings(RoedovrePlan.MERIT)).containsExactly(onInitiative);
        assertThat(view.yearFindings(2024)).containsExactly(onYear);
        assertThat(view.general()).containsExactly(onPlan);
        assertThat(view.violations()).isEqualTo(2);
        assertThat(view.warnings()).isEqualTo(2);
    }

    @Test
    void onlyTheCurrentDraftIsEditable() {
        assertThat(view(PlanStatus.DRAFT, true).mayEditPlan()).isTrue();
        assertThat(view(PlanStatus.APPROVED, true).mayEditCosts()).isFalse();
        assertThat(view(PlanStatus.DRAFT, false).mayEditPlan()).isFalse();
    }
}
