package dk.loeft.plan.rules;

import dk.loeft.plan.Finding;
import dk.loeft.plan.PlanContent;
import dk.loeft.plan.PlanFacts;
import dk.loeft.plan.PlanPolicy;
import dk.loeft.plan.PlannedInitiative;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * R4: an initiative paid from the pool is for the pedagogical staff of the kommune's dagtilbud only
 * (UVM 29.6.2023; research §1.4): a post outside the pedagogical staff is a violation.
 */
@Component
class TargetGroupPolicy implements PlanPolicy {

    @Override
    public String rule() {
        return "R4";
    }

    @Override
    public List<Finding> check(PlanContent plan, PlanFacts facts) {
        List<Finding> findings = new ArrayList<>();
        for (PlannedInitiative initiative : plan.initiatives()) {
            boolean fromPool =
                    initiative.costs().stream().anyMatch(line -> line.source().pool());
            if (!fromPool) {
                continue;
            }
            if (initiative.targetRoles().stream().anyMatch(role -> !role.isPedagogical())) {
                findings.add(new Finding(
                        rule(),
                        Finding.Severity.VIOLATION,
                        null,
                        initiative.id(),
                        null,
                        "plan.rule.R4.role",
                        List.of(initiative.name())));
            }
        }
        return findings;
    }
}
