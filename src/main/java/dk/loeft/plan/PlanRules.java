package dk.loeft.plan;

import dk.loeft.funding.FundingRounds;
import dk.loeft.funding.LedgerService;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Evaluates every {@link PlanPolicy} against a plan version. Called on every change, so the UI, the
 * API and the document show the same findings; violations come before warnings.
 */
@Service
public class PlanRules {

    private final List<PlanPolicy> policies;
    private final FundingRounds rounds;
    private final LedgerService ledgers;

    PlanRules(List<PlanPolicy> policies, FundingRounds rounds, LedgerService ledgers) {
        this.policies = policies;
        this.rounds = rounds;
        this.ledgers = ledgers;
    }

    public List<Finding> evaluate(PlanContent plan) {
        return evaluate(plan, new PlanFacts(rounds.all(), ledgers.ledger(plan.kommuneCode())));
    }

    public List<Finding> evaluate(PlanContent plan, PlanFacts facts) {
        return policies.stream()
                .flatMap(policy -> policy.check(plan, facts).stream())
                .sorted(Comparator.comparing(Finding::severity).thenComparing(Finding::rule))
                .toList();
    }
}
