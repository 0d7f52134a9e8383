package dk.loeft.catalog;

import java.util.List;
import java.util.UUID;

/**
 * A quality frame (ramme) from the ministry (seed 003): the demands a kind of course must meet to
 * be paid from the pool. National reference data, the same for every kommune.
 */
public record Framework(
        UUID id, String code, String name, String target, String source, List<FrameworkDemand> demands) {

    public Framework {
        demands = List.copyOf(demands);
    }

    /** Checks an offering against every demand of this frame. */
    public FrameworkCheck check(Offering offering) {
        return new FrameworkCheck(
                this,
                demands.stream()
                        .map(d -> {
                            Figure actual = d.attribute().of(offering);
                            return new FrameworkCheck.Result(d, actual, d.isMetBy(actual));
                        })
                        .toList());
    }
}
