package dk.loeft.plan;

import dk.loeft.funding.FundingRound;
import dk.loeft.funding.GrantLedger;
import java.util.List;

/** What the rules need besides the plan: the pool's rounds with their rules, and the kommune's grants. */
public record PlanFacts(List<FundingRound> rounds, GrantLedger ledger) {}
