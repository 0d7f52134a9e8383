package dk.loeft.plan.rules;

import dk.loeft.plan.CostLine;
import dk.loeft.plan.CostType;
import dk.loeft.plan.Finding;
import dk.loeft.plan.FundingSourceKind;
import dk.loeft.plan.PlanContent;
import dk.loeft.plan.PlanFacts;
import dk.loeft.plan.PlanPolicy;
import dk.loeft.plan.PlannedInitiative;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * R9: no double funding (research §1.8). Jobrotation is never paid for PAU (STAR); Den Kommunale
 * Kompetencefond gives no grants for new merit courses starting 1.12.2023–31.7.2026; and a cost
 * paid both from the pool and from another fund or jobrotation (same initiative, year and cost
 * type) is a warning.
 */
@Component
class DoubleFundingPolicy implements PlanPolicy {

    private final PlanRulesProperties properties;

    DoubleFundingPolicy(PlanRulesProperties properties) {
        this.properties = properties;
    }

    @Override
    public String rule() {
        return "R9";
    }

    @Override
    public List<Finding> check(PlanContent plan, PlanFacts facts) {
        List<Finding> findings = new ArrayList<>();
        for (PlannedInitiative initiative : plan.initiatives()) {
            for (CostLine line : initiative.costs()) {
                FundingSourceKind kind = line.source().kind();
                if (kind == FundingSourceKind.JOBROTATION && initiative.kind().pau()) {
                    findings.add(lineFinding(
                            Finding.Severity.VIOLATION, initiative, line, "plan.rule.R9.jobrotationPau", line.text()));
                }
                if (kind == FundingSourceKind.OTHER_FUND
                        && initiative.kind().merit()
                        && properties.isCompetenceFund(
                                Objects.requireNonNullElse(line.source().fundName(), ""))
                        && Cohorts.starts(initiative).stream().anyMatch(this::inFundPause)) {
                    findings.add(lineFinding(
                            Finding.Severity.VIOLATION,
                            initiative,
                            line,
                            "plan.rule.R9.competenceFund",
                            line.text(),
                            RuleText.date(properties.competenceFundMeritPauseFrom()),
                            RuleText.date(properties.competenceFundMeritPauseTo())));
                }
            }
            findings.addAll(twice(initiative));
        }
        return findings;
    }

    /** Lines of the same year and cost type paid both from the pool and from another fund or jobrotation. */
    private List<Finding> twice(PlannedInitiative initiative) {
        record Cost(int year, CostType type) {}
        Map<Cost, List<CostLine>> byCost = new LinkedHashMap<>();
        initiative.costs().forEach(line -> byCost.computeIfAbsent(
                        new Cost(line.year(), line.type()), c -> new ArrayList<>())
                .add(line));
        List<Finding> findings = new ArrayList<>();
        byCost.values().forEach(lines -> {
            boolean pool = lines.stream().anyMatch(line -> line.source().pool());
            lines.stream()
                    .filter(line -> line.source().kind() == FundingSourceKind.OTHER_FUND
                            || line.source().kind() == FundingSourceKind.JOBROTATION)
                    .filter(line -> pool)
                    .forEach(line -> findings.add(lineFinding(
                            Finding.Severity.WARNING, initiative, line, "plan.rule.R9.twice", line.text())));
        });
        return findings;
    }

    private boolean inFundPause(LocalDate start) {
        return !start.isBefore(properties.competenceFundMeritPauseFrom())
                && !start.isAfter(properties.competenceFundMeritPauseTo());
    }

    private Finding lineFinding(
            Finding.Severity severity, PlannedInitiative initiative, CostLine line, String key, Object... args) {
        return new Finding(rule(), severity, line.year(), initiative.id(), line.id(), key, List.of(args));
    }
}
