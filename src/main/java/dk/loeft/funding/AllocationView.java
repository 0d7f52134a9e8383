package dk.loeft.funding;

import java.util.List;
import java.util.SortedMap;

/** An allocation with all its lines (as far as the reader may see them) and its totals per year. */
public record AllocationView(
        AllocationSummary summary, List<AllocationLine> lines, SortedMap<Integer, Long> yearTotalsOere) {

    public long totalOere() {
        return yearTotalsOere.values().stream().mapToLong(Long::longValue).sum();
    }

    public long totalChildren() {
        return lines.stream().mapToLong(AllocationLine::children).sum();
    }
}
