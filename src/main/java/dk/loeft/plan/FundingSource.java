package dk.loeft.plan;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A cost line's funding: the pool round it is charged to, or another source (with the fund's name). */
public record FundingSource(
        FundingSourceKind kind,
        @Nullable UUID roundId,
        @Nullable String fundName) {

    public FundingSource {
        if (kind == FundingSourceKind.POOL && roundId == null) {
            throw new IllegalArgumentException("a pool line names its round");
        }
        if (kind != FundingSourceKind.POOL && roundId != null) {
            throw new IllegalArgumentException("only a pool line names a round");
        }
    }

    public static FundingSource pool(UUID roundId) {
        return new FundingSource(FundingSourceKind.POOL, roundId, null);
    }

    public static FundingSource of(FundingSourceKind kind) {
        return new FundingSource(kind, null, null);
    }

    public static FundingSource otherFund(String name) {
        return new FundingSource(FundingSourceKind.OTHER_FUND, null, name);
    }

    public boolean pool() {
        return kind == FundingSourceKind.POOL;
    }
}
