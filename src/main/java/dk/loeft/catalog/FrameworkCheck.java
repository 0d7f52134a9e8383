package dk.loeft.catalog;

import java.util.List;

/** An offering checked against one frame: each demand with the offering's own figure, met or missed. */
public record FrameworkCheck(Framework framework, List<Result> results) {

    public FrameworkCheck {
        results = List.copyOf(results);
    }

    public record Result(FrameworkDemand demand, Figure actual, boolean met) {}

    public boolean allMet() {
        return results.stream().allMatch(Result::met);
    }

    public long missed() {
        return results.stream().filter(r -> !r.met()).count();
    }
}
