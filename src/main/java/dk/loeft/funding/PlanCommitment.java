package dk.loeft.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What an approved plan version commits of the pool (its pool lines summed per round and year), as
 * the plan hands it to the ledger.
 */
public record PlanCommitment(
        int kommuneCode,
        UUID planId,
        int versionNo,
        String planTitle,
        LocalDate approvedOn,
        List<GrantLedger.Commitment> amounts,
        String recordedBy) {

    public PlanCommitment {
        amounts = List.copyOf(amounts);
        if (amounts.stream().anyMatch(a -> a.amountOere() < 0)) {
            throw new IllegalArgumentException("a commitment is never negative");
        }
    }
}
