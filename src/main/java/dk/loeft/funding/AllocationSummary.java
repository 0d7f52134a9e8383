package dk.loeft.funding;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An allocation as listed: its round, key, years, status, who created and published it, and the money in it. */
public record AllocationSummary(
        UUID id,
        UUID roundId,
        String roundName,
        UUID keyId,
        String keyName,
        int number,
        int firstYear,
        int lastYear,
        AllocationStatus status,
        String createdBy,
        Instant createdAt,
        @Nullable String publishedBy,
        @Nullable Instant publishedAt,
        long totalOere,
        int version) {

    public java.util.List<Integer> years() {
        return java.util.stream.IntStream.rangeClosed(firstYear, lastYear)
                .boxed()
                .toList();
    }

    /** "2024" or "2024-2025". */
    public String yearSpan() {
        return firstYear == lastYear ? Integer.toString(firstYear) : firstYear + "-" + lastYear;
    }
}
