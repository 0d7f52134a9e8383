package dk.loeft.plan.web;

import dk.loeft.plan.Finding;
import dk.loeft.plan.PlanBudget;
import dk.loeft.plan.PlanContent;
import dk.loeft.plan.PlanVersionState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the plan page shows of one version: the content, its budget table, and the rules' findings
 * sorted to what each concerns (a cost line, an initiative, a year or the whole plan).
 */
record PlanView(
        PlanVersionState state,
        PlanBudget budget,
        List<Finding> findings,
        Map<UUID, List<Finding>> byLine,
        Map<UUID, List<Finding>> byInitiative,
        Map<Integer, List<Finding>> byYear,
        List<Finding> general,
        Map<UUID, String> roundNames,
        boolean current,
        boolean mayEditPlan,
        boolean mayEditCosts) {

    static PlanView of(
            PlanVersionState state,
            PlanBudget budget,
            List<Finding> findings,
            Map<UUID, String> roundNames,
            boolean current,
            boolean planEditor,
            boolean costEditor) {
        Map<UUID, List<Finding>> byLine = new LinkedHashMap<>();
        Map<UUID, List<Finding>> byInitiative = new LinkedHashMap<>();
        Map<Integer, List<Finding>> byYear = new LinkedHashMap<>();
        List<Finding> general = new ArrayList<>();
        for (Finding f : findings) {
            if (f.costLineId() != null) {
                byLine.computeIfAbsent(f.costLineId(), k -> new ArrayList<>()).add(f);
            } else if (f.initiativeId() != null) {
                byInitiative
                        .computeIfAbsent(f.initiativeId(), k -> new ArrayList<>())
                        .add(f);
            } else if (f.year() != null) {
                byYear.computeIfAbsent(f.year(), k -> new ArrayList<>()).add(f);
            } else {
                general.add(f);
            }
        }
        boolean draft = current && state.draft();
        return new PlanView(
                state,
                budget,
                findings,
                byLine,
                byInitiative,
                byYear,
                general,
                roundNames,
                current,
                draft && planEditor,
                draft && costEditor);
    }

    public PlanContent content() {
        return state.content();
    }

    public long commonTotalOere() {
        return content().commonCosts().stream()
                .mapToLong(dk.loeft.plan.CostLine::amountOere)
                .sum();
    }

    public long violations() {
        return findings.stream().filter(Finding::violation).count();
    }

    public long warnings() {
        return findings.size() - violations();
    }

    public List<Finding> lineFindings(UUID lineId) {
        return byLine.getOrDefault(lineId, List.of());
    }

    public List<Finding> initiativeFindings(UUID initiativeId) {
        return byInitiative.getOrDefault(initiativeId, List.of());
    }

    public List<Finding> yearFindings(int year) {
        return byYear.getOrDefault(year, List.of());
    }

    /** The findings of a budget column: the year's, for the summary under the table. */
    public boolean anyYearFindings() {
        return !byYear.isEmpty();
    }
}
