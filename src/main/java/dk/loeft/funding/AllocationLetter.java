package dk.loeft.funding;

import dk.loeft.institution.Kommune;

/** Everything the allocation letter (tilsagnsbrev) to one kommune states. */
public record AllocationLetter(
        Pool pool,
        Kommune kommune,
        AllocationSummary allocation,
        FundingRound round,
        AllocationKey key,
        AllocationLine line) {}
