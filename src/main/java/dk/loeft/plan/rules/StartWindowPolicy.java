package dk.loeft.plan.rules;

import dk.loeft.funding.FundingRound;
import dk.loeft.plan.Finding;
import dk.loeft.plan.PlanContent;
import dk.loeft.plan.PlanFacts;
import dk.loeft.plan.PlanPolicy;
import dk.loeft.plan.PlannedInitiative;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * R1: an initiative charged to a round starts, with each year's cohort, inside the round's start
 * window (first round: 1.8.2023–31.7.2026, Absalon, seed 002; research §1.3). A round without a
 * known window gives a warning.
 */
@Component
class StartWindowPolicy implements PlanPolicy {

    @Override
    public String rule() {
        return "R1";
    }

    @Override
    public List<Finding> check(PlanContent plan, PlanFacts facts) {
        List<Finding> findings = new ArrayList<>();
        for (PlannedInitiative initiative : plan.initiatives()) {
            for (FundingRound round : Cohorts.distinct(
                    Cohorts.rounds(initiative, facts), r -> Arrays.asList(r.startWindowFrom(), r.startWindowTo()))) {
                LocalDate from = round.startWindowFrom();
                LocalDate to = round.startWindowTo();
                if (from == null || to == null) {
                    findings.add(finding(
                            Finding.Severity.WARNING,
                            initiative,
                            null,
                            "plan.rule.R1.unknown",
                            initiative.name(),
                            round.name()));
                    continue;
                }
                for (LocalDate start : Cohorts.starts(initiative)) {
                    if (start.isBefore(from) || start.isAfter(to)) {
                        findings.add(finding(
                                Finding.Severity.VIOLATION,
                                initiative,
                                start.getYear(),
                                "plan.rule.R1.outside",
                                initiative.name(),
                                RuleText.date(start),
                                round.name(),
                                RuleText.date(from),
                                RuleText.date(to)));
                    }
                }
            }
        }
        return findings;
    }

    private Finding finding(
            Finding.Severity severity,
            PlannedInitiative initiative,
            @org.jspecify.annotations.Nullable Integer year,
            String key,
            Object... args) {
        return new Finding(rule(), severity, year, initiative.id(), null, key, List.of(args));
    }
}
