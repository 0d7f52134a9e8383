package dk.loeft.plan;

import static dk.loeft.testing.TestUsers.actingAs;
import static dk.loeft.testing.TestUsers.admin;
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
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

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
        Map<Integer, Long> committed =
                dk.loeft.platform.tenancy.Tenancy.runAs(dk.loeft.platform.tenancy.Tenancy.ALL, () -> jdbc
                        .sql("""
                                select l.year, sum(l.amount_oere) as amount
                                  from commitment_line l join commitment_set s on s.id = l.commitment_set
                                 where s.plan_id = :plan group by l.year""")
                        .param("plan", first.planId())
                        .query((rs, n) -> Map.entry(rs.getInt("year"), rs.getLong("amount")))
                        .list()
                        .stream()
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        assertThat(committed)
                .as("the approved demo plan commits its pool lines in the ledger")
                .containsExactlyInAnyOrderEntriesOf(Map.of(2023, 137_000_00L, 2024, 1_005_500_00L, 2025, 672_500_00L));
    }

    @Test
    void dragoerHasADraft() {
        assertThat(actingAs(admin(155), () -> plans.versionsOf(155)))
                .anyMatch(v -> v.status() == PlanStatus.DRAFT && v.firstYear() == 2025);
    }
}
