package dk.loeft.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.testing.RoedovrePlan;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlanBudgetTests {

    final PlanContent plan = RoedovrePlan.content();
    final PlanBudget budget = PlanBudget.of(
            plan, Map.of(RoedovrePlan.ROUND_2023, "Runde 2023", RoedovrePlan.ROUND_2024, "Runde 2024-2025"));

    @Test
    void roedovresPoolMoneyPerYearIsAsTheSeedPlanSplitsIt() {
        assertThat(budget.years()).containsExactly(2023, 2024, 2025);
        assertThat(budget.poolIn(2023)).isEqualTo(137_000_00L);
        assertThat(budget.poolIn(2024)).isEqualTo(1_005_500_00L);
        assertThat(budget.poolIn(2025)).isEqualTo(672_500_00L);
        assertThat(budget.sourceIn(FundingSourceKind.OWN_BUDGET, 2024)).isEqualTo(108_000_00L);
        assertThat(budget.sourceIn(FundingSourceKind.OWN_BUDGET, 2023)).isZero();
    }

    @Test
    void poolRowsAreOnePerRoundAndYear() {
        Map<UUID, ? extends Map<Integer, Long>> pool = budget.poolByRoundAndYear();
        assertThat(pool.get(RoedovrePlan.ROUND_2023)).containsEntry(2023, 137_000_00L);
        assertThat(pool.get(RoedovrePlan.ROUND_2024))
                .containsEntry(2023, 0L)
                .containsEntry(2024, 1_005_500_00L)
                .containsEntry(2025, 672_500_00L);
    }

    @Test
    void everyTotalIsTheSumOfItsLines() {
        long allLines =
                RoedovrePlan.allLines().stream().mapToLong(CostLine::amountOere).sum();
        assertThat(budget.total().total()).isEqualTo(allLines).isEqualTo(plan.totalOere());
        for (List<PlanBudget.Row> rows : List.of(budget.byInitiative(), budget.bySource(), budget.byType())) {
            assertThat(rows.stream().mapToLong(PlanBudget.Row::total).sum()).isEqualTo(allLines);
            for (int i = 0; i < budget.years().size(); i++) {
                int index = i;
                int year = budget.years().get(i);
                assertThat(rows.stream().mapToLong(r -> r.in(index)).sum())
                        .as("column %d", year)
                        .isEqualTo(budget.totalIn(year))
                        .isEqualTo(RoedovrePlan.allLines().stream()
                                .filter(l -> l.year() == year)
                                .mapToLong(CostLine::amountOere)
                                .sum());
            }
            rows.forEach(r -> assertThat(
                            r.amounts().stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(r.total()));
        }
    }

    @Test
    void theMeritInitiativesRowHasItsOwnLinesOnly() {
        PlanBudget.Row merit = budget.byInitiative().get(2);
        assertThat(merit.name()).isEqualTo("Meritpædagoguddannelse (netbaseret)");
        long meritLines = plan.initiatives().get(2).totalOere();
        assertThat(merit.total()).isEqualTo(meritLines);
        assertThat(budget.byInitiative().getLast().labelKey()).isEqualTo("plans.budget.common");
    }
}
