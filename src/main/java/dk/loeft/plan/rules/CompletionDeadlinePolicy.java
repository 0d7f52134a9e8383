package dk.loeft.plan.rules;

import dk.loeft.funding.FundingRound;
import dk.loeft.plan.Finding;
import dk.loeft.plan.PlanContent;
import dk.loeft.plan.PlanFacts;
import dk.loeft.plan.PlanPolicy;
import dk.loeft.plan.PlannedInitiative;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * R2: a long programme (merit, PAU, whole PD) charged to a round is finished, its end and its last
 * cohort's planned completion, by the round's completion deadline (31.7.2030, Absalon, seed 002;
 * research §1.3).
 */
@Component
class CompletionDeadlinePolicy implements PlanPolicy {

    @Override
    public String rule() {
        return "R2";
    }

    @Override
    public List<Finding> check(PlanContent plan, PlanFacts facts) {
        List<Finding> findings = new ArrayList<>();
        for (PlannedInitiative initiative : plan.initiatives()) {
            if (!initiative.kind().longProgramme()) {
                continue;
            }
            LocalDate done = Cohorts.lastCompletion(initiative);
            for (FundingRound round :
                    Cohorts.distinct(Cohorts.rounds(initiative, facts), FundingRound::completionDeadline)) {
                LocalDate deadline = round.completionDeadline();
                if (deadline != null && done.isAfter(deadline)) {
                    findings.add(new Finding(
                            rule(),
                            Finding.Severity.VIOLATION,
                            null,
                            initiative.id(),
                            null,
                            "plan.rule.R2.late",
                            List.of(initiative.name(), RuleText.date(done), round.name(), RuleText.date(deadline))));
                }
            }
        }
        return findings;
    }
}
