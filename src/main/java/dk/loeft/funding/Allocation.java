package dk.loeft.funding;

import dk.loeft.platform.RuleViolationException;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An allocation (udmelding) of some years of a round by one key, numbered per round. It is created
 * as a preview with one line per kommune and year, then published or discarded; a later published
 * allocation of overlapping years supersedes it. Its lines never change.
 */
@Table("allocation")
public class Allocation {

    private final @Id UUID id;

    @Column("funding_round")
    private final UUID roundId;

    @Column("allocation_key")
    private final UUID keyId;

    private final int number;
    private final int firstYear;
    private final int lastYear;
    private AllocationStatus status;
    private final String createdBy;
    private final Instant createdAt;
    private @Nullable String publishedBy;
    private @Nullable Instant publishedAt;
    private @Version int version;

    @PersistenceCreator
    Allocation(
            UUID id,
            UUID roundId,
            UUID keyId,
            int number,
            int firstYear,
            int lastYear,
            AllocationStatus status,
            String createdBy,
            Instant createdAt,
            @Nullable String publishedBy,
            @Nullable Instant publishedAt,
            int version) {
        this.id = id;
        this.roundId = roundId;
        this.keyId = keyId;
        this.number = number;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.status = status;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
        this.version = version;
    }

    static Allocation preview(
            FundingRound round, UUID keyId, int number, int firstYear, int lastYear, String by, Instant at) {
        if (firstYear > lastYear || !round.covers(firstYear) || !round.covers(lastYear)) {
            throw new RuleViolationException(
                    "funding.allocation.error.years", round.name(), round.firstYear(), round.lastYear());
        }
        return new Allocation(
                UUID.randomUUID(),
                round.id(),
                keyId,
                number,
                firstYear,
                lastYear,
                AllocationStatus.PREVIEW,
                by,
                at,
                null,
                null,
                0);
    }

    void publish(String by, Instant at) {
        move(AllocationStatus.PUBLISHED);
        this.publishedBy = by;
        this.publishedAt = at;
    }

    void discard() {
        move(AllocationStatus.DISCARDED);
    }

    void supersede() {
        move(AllocationStatus.SUPERSEDED);
    }

    private void move(AllocationStatus next) {
        if (!status.canBecome(next)) {
            throw new RuleViolationException("funding.allocation.error.status." + status);
        }
        this.status = next;
    }

    boolean overlaps(int from, int to) {
        return firstYear <= to && from <= lastYear;
    }

    void expectVersion(int expected) {
        if (expected != version) {
            throw new OptimisticLockingFailureException("Allocation " + id + " was changed by someone else");
        }
    }

    public UUID id() {
        return id;
    }

    public UUID roundId() {
        return roundId;
    }

    public UUID keyId() {
        return keyId;
    }

    public int number() {
        return number;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    public java.util.List<Integer> years() {
        return java.util.stream.IntStream.rangeClosed(firstYear, lastYear)
                .boxed()
                .toList();
    }

    public AllocationStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable String publishedBy() {
        return publishedBy;
    }

    public @Nullable Instant publishedAt() {
        return publishedAt;
    }

    public int version() {
        return version;
    }
}
