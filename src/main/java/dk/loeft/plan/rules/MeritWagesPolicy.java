package dk.loeft.plan.rules;

import dk.loeft.plan.CostLine;
import dk.loeft.plan.CostType;
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
 * R7: wages during education paid from the pool follow the KL agreement of 1.12.2023 (BUPL
 * Hovedstaden; research §1.6): only for merit, started by 31.7.2026, for pædagogmedhjælpere,
 * pædagogiske assistenter and dagplejere; and a paid-leave agreement is made before the start.
 */
@Component
class MeritWagesPolicy implements PlanPolicy {

    private final PlanRulesProperties properties;

    MeritWagesPolicy(PlanRulesProperties properties) {
        this.properties = properties;
    }

    @Override
    public String rule() {
        return "R7";
    }

    @Override
    public List<Finding> check(PlanContent plan, PlanFacts facts) {
        List<Finding> findings = new ArrayList<>();
        for (PlannedInitiative initiative : plan.initiatives()) {
            List<CostLine> wages = initiative.costs().stream()
                    .filter(line -> line.source().pool() && line.type() == CostType.WAGES)
                    .toList();
            if (wages.isEmpty()) {
                continue;
            }
            if (!initiative.kind().merit()) {
                wages.forEach(line -> findings.add(new Finding(
                        rule(),
                        Finding.Severity.VIOLATION,
                        line.year(),
                        initiative.id(),
                        line.id(),
                        "plan.rule.R7.notMerit",
                        List.of(initiative.name(), line.text()))));
                continue;
            }
            LocalDate startBy = properties.meritWagesStartBy();
            for (LocalDate start : Cohorts.starts(initiative)) {
                if (start.isAfter(startBy)) {
                    findings.add(initiativeFinding(
                            Finding.Severity.VIOLATION,
                            initiative,
                            start.getYear(),
                            "plan.rule.R7.lateStart",
                            initiative.name(),
                            RuleText.date(start),
                            RuleText.date(startBy)));
                }
            }
            if (!properties.meritWagesRoles().containsAll(initiative.targetRoles())) {
                findings.add(initiativeFinding(
                        Finding.Severity.VIOLATION, initiative, null, "plan.rule.R7.roles", initiative.name()));
            }
            findings.add(initiativeFinding(
                    Finding.Severity.WARNING,
                    initiative,
                    null,
                    "plan.rule.R7.leaveAgreement",
                    initiative.name(),
                    RuleText.date(initiative.start())));
        }
        return findings;
    }

    private Finding initiativeFinding(
            Finding.Severity severity,
            PlannedInitiative initiative,
            @org.jspecify.annotations.Nullable Integer year,
            String key,
            Object... args) {
        return new Finding(rule(), severity, year, initiative.id(), null, key, List.of(args));
    }
}
