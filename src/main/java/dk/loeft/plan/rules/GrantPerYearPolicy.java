package dk.loeft.plan.rules;

import dk.loeft.funding.GrantLedger;
import dk.loeft.plan.CostLine;
import dk.loeft.plan.Finding;
import dk.loeft.plan.PlanContent;
import dk.loeft.plan.PlanFacts;
import dk.loeft.plan.PlanPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * Budget: what the plan charges to the pool in a year stays within the kommune's grant for that
 * year (the grant ledger, at the rounds' price level; the seeded rounds never share a year, so this
 * is the grant of the round and year). A plan year without a known grant, or with a grant and
 * nothing planned from the pool, is a warning.
 */
@Component
class GrantPerYearPolicy implements PlanPolicy {

    @Override
    public String rule() {
        return "B1";
    }

    @Override
    public List<Finding> check(PlanContent plan, PlanFacts facts) {
        Map<Integer, Long> pool = plan.allCosts()
                .filter(line -> line.source().pool())
                .collect(Collectors.groupingBy(
                        CostLine::year, TreeMap::new, Collectors.summingLong(CostLine::amountOere)));
        Map<Integer, Long> granted = facts.ledger().years().stream()
                .collect(Collectors.toMap(GrantLedger.Year::year, GrantLedger.Year::grantedOere));
        SortedSet<Integer> years = new TreeSet<>(pool.keySet());
        IntStream.rangeClosed(plan.firstYear(), plan.lastYear()).forEach(years::add);
        List<Finding> findings = new ArrayList<>();
        for (int year : years) {
            long planned = pool.getOrDefault(year, 0L);
            long grant = granted.getOrDefault(year, 0L);
            boolean planYear = year >= plan.firstYear() && year <= plan.lastYear();
            if (grant <= 0) {
                if (planYear || planned > 0) {
                    findings.add(finding(
                            Finding.Severity.WARNING,
                            year,
                            "plan.rule.B1.noGrant",
                            Cohorts.year(year),
                            RuleText.kroner(planned)));
                }
            } else if (planned > grant) {
                findings.add(finding(
                        Finding.Severity.VIOLATION,
                        year,
                        "plan.rule.B1.over",
                        Cohorts.year(year),
                        RuleText.kroner(planned),
                        RuleText.kroner(grant),
                        RuleText.kroner(planned - grant)));
            } else if (planned == 0 && planYear) {
                findings.add(finding(
                        Finding.Severity.WARNING,
                        year,
                        "plan.rule.B1.unused",
                        Cohorts.year(year),
                        RuleText.kroner(grant)));
            }
        }
        return findings;
    }

    private Finding finding(Finding.Severity severity, int year, String key, Object... args) {
        return new Finding(rule(), severity, year, null, null, key, List.of(args));
    }
}
