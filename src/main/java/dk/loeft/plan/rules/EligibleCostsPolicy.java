package dk.loeft.plan.rules;

import dk.loeft.funding.CostCategory;
import dk.loeft.funding.FundingRound;
import dk.loeft.plan.CostLine;
import dk.loeft.plan.Finding;
import dk.loeft.plan.PlanContent;
import dk.loeft.plan.PlanFacts;
import dk.loeft.plan.PlanPolicy;
import dk.loeft.plan.PlannedInitiative;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * R5: a pool line is of a cost category its round pays for (BUPL Fyn, KP; research §1.5). Wages
 * and substitutes are paid from the round's own date for them: a line in a year wholly before it
 * is a violation, in the year it begins a warning (only part of the year counts).
 */
@Component
class EligibleCostsPolicy implements PlanPolicy {

    @Override
    public String rule() {
        return "R5";
    }

    @Override
    public List<Finding> check(PlanContent plan, PlanFacts facts) {
        List<Finding> findings = new ArrayList<>();
        for (PlannedInitiative initiative : plan.initiatives()) {
            for (CostLine line : initiative.costs()) {
                check(line, initiative.categoryOf(line), initiative.id(), facts).ifPresent(findings::add);
            }
        }
        for (CostLine line : plan.commonCosts()) {
            check(line, line.type().category(), null, facts).ifPresent(findings::add);
        }
        return findings;
    }

    private Optional<Finding> check(CostLine line, CostCategory category, @Nullable UUID initiative, PlanFacts facts) {
        if (!line.source().pool()) {
            return Optional.empty();
        }
        Optional<FundingRound> found = Cohorts.round(line, facts);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        FundingRound round = found.get();
        return switch (category) {
            case LOEN -> dated(line, initiative, round, round.wagesEligibleFrom(), "wages");
            case VIKAR -> dated(line, initiative, round, round.substitutesEligibleFrom(), "substitutes");
            default ->
                round.eligibleCosts().contains(category)
                        ? Optional.empty()
                        : Optional.of(finding(
                                Finding.Severity.VIOLATION,
                                line,
                                initiative,
                                "plan.rule.R5.category",
                                line.text(),
                                round.name(),
                                Cohorts.year(line.year())));
        };
    }

    private Optional<Finding> dated(
            CostLine line, @Nullable UUID initiative, FundingRound round, @Nullable LocalDate from, String what) {
        if (from == null) {
            return Optional.of(finding(
                    Finding.Severity.VIOLATION,
                    line,
                    initiative,
                    "plan.rule.R5." + what + ".never",
                    line.text(),
                    round.name()));
        }
        if (line.year() < from.getYear()) {
            return Optional.of(finding(
                    Finding.Severity.VIOLATION,
                    line,
                    initiative,
                    "plan.rule.R5." + what + ".before",
                    line.text(),
                    Cohorts.year(line.year()),
                    RuleText.date(from)));
        }
        if (line.year() == from.getYear() && from.getDayOfYear() > 1) {
            return Optional.of(finding(
                    Finding.Severity.WARNING,
                    line,
                    initiative,
                    "plan.rule.R5." + what + ".partYear",
                    line.text(),
                    Cohorts.year(line.year()),
                    RuleText.date(from)));
        }
        return Optional.empty();
    }

    private Finding finding(
            Finding.Severity severity, CostLine line, @Nullable UUID initiative, String key, Object... args) {
        return new Finding(rule(), severity, line.year(), initiative, line.id(), key, List.of(args));
    }
}
