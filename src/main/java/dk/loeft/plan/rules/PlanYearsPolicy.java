package dk.loeft.plan.rules;

import dk.loeft.funding.FundingRound;
import dk.loeft.plan.CostLine;
import dk.loeft.plan.Finding;
import dk.loeft.plan.PlanContent;
import dk.loeft.plan.PlanFacts;
import dk.loeft.plan.PlanPolicy;
import dk.loeft.plan.PlannedInitiative;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Budget: a pool line is charged to a known round in one of that round's years (a violation
 * otherwise), and every line lies within the plan's years (a warning otherwise).
 */
@Component
class PlanYearsPolicy implements PlanPolicy {

    @Override
    public String rule() {
        return "B2";
    }

    @Override
    public List<Finding> check(PlanContent plan, PlanFacts facts) {
        List<Finding> findings = new ArrayList<>();
        for (PlannedInitiative initiative : plan.initiatives()) {
            initiative.costs().forEach(line -> check(plan, facts, initiative.id(), line, findings));
        }
        plan.commonCosts().forEach(line -> check(plan, facts, null, line, findings));
        return findings;
    }

    private void check(
            PlanContent plan, PlanFacts facts, @Nullable UUID initiative, CostLine line, List<Finding> findings) {
        String year = Cohorts.year(line.year());
        if (line.source().pool()) {
            Optional<FundingRound> round = Cohorts.round(line, facts);
            if (round.isEmpty()) {
                findings.add(finding(
                        Finding.Severity.VIOLATION, initiative, line, "plan.rule.B2.unknownRound", line.text()));
            } else if (!round.get().covers(line.year())) {
                findings.add(finding(
                        Finding.Severity.VIOLATION,
                        initiative,
                        line,
                        "plan.rule.B2.notCovered",
                        line.text(),
                        year,
                        round.get().name(),
                        Cohorts.year(round.get().firstYear()),
                        Cohorts.year(round.get().lastYear())));
            }
        }
        if (line.year() < plan.firstYear() || line.year() > plan.lastYear()) {
            findings.add(finding(
                    Finding.Severity.WARNING,
                    initiative,
                    line,
                    "plan.rule.B2.outsidePlan",
                    line.text(),
                    year,
                    Cohorts.year(plan.firstYear()),
                    Cohorts.year(plan.lastYear())));
        }
    }

    private Finding finding(
            Finding.Severity severity, @Nullable UUID initiative, CostLine line, String key, Object... args) {
        return new Finding(rule(), severity, line.year(), initiative, line.id(), key, List.of(args));
    }
}
