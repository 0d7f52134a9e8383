package dk.loeft.funding;

/** A published allocation as one kommune sees it: the allocation, the round's rules and the kommune's line. */
public record KommuneAllocation(AllocationSummary allocation, FundingRound round, AllocationLine line) {}
