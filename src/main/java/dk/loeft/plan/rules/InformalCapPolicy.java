package dk.loeft.plan.rules;

import dk.loeft.funding.CostCategory;
import dk.loeft.funding.FundingRound;
import dk.loeft.funding.GrantLedger;
import dk.loeft.plan.CostLine;
import dk.loeft.plan.Finding;
import dk.loeft.plan.PlanContent;
import dk.loeft.plan.PlanFacts;
import dk.loeft.plan.PlanPolicy;
import dk.loeft.plan.PlannedInitiative;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * R3: informal upskilling paid from the pool in a year stays within the round's cap (10 %) of
 * that year's grant (BUPL Fyn, research §1.5; Rødovre 2024: 103.000 kr.). A year without a known
 * grant is left to the budget rule.
 */
@Component
class InformalCapPolicy implements PlanPolicy {

    @Override
    public String rule() {
        return "R3";
    }

    @Override
    public List<Finding> check(PlanContent plan, PlanFacts facts) {
        Map<Integer, Long> informalByYear = new TreeMap<>();
        for (PlannedInitiative initiative : plan.initiatives()) {
            for (CostLine line : initiative.costs()) {
                if (line.source().pool() && initiative.categoryOf(line) == CostCategory.UFORMEL) {
                    informalByYear.merge(line.year(), line.amountOere(), Long::sum);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        informalByYear.forEach((year, informal) -> {
            GrantLedger.Informal cap = facts.ledger().informal().stream()
                    .filter(i -> i.year() == year && i.grantOere() > 0)
                    .findFirst()
                    .orElse(null);
            if (cap != null && informal > cap.capOere()) {
                String percent = facts.rounds().stream()
                        .filter(r -> r.covers(year))
                        .map(FundingRound::informalCapPercent)
                        .findFirst()
                        .map(RuleText::percent)
                        .orElse("");
                findings.add(new Finding(
                        rule(),
                        Finding.Severity.VIOLATION,
                        year,
                        null,
                        null,
                        "plan.rule.R3.over",
                        List.of(
                                Cohorts.year(year),
                                RuleText.kroner(informal),
                                RuleText.kroner(cap.capOere()),
                                percent,
                                RuleText.kroner(cap.grantOere()))));
            }
        });
        return findings;
    }
}
