package dk.loeft.plan.candidates;

import dk.loeft.plan.InitiativeKind;
import dk.loeft.platform.RuleViolationException;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A nomination (indstilling): a leader or the forvaltning puts a staff member forward for a track,
 * optionally for one initiative of the plan, with a note. It stands until it is withdrawn
 * (trukket tilbage); a withdrawn nomination is kept, and the person can be nominated again.
 */
@Table("plan_nomination")
public class Nomination {

    /** Where a nomination stands. */
    public enum Status {
        NOMINATED,
        WITHDRAWN
    }

    static final int NOTE_MAX = 500;

    private final @Id UUID id;
    private final int kommuneCode;
    private final UUID staffMember;
    private final InitiativeKind track;
    private final @Nullable UUID initiative;
    private final @Nullable String note;
    private Status status;
    private final String nominatedBy;
    private final Instant nominatedAt;
    private @Nullable String withdrawnBy;
    private @Nullable Instant withdrawnAt;
    private @Version int version;

    @PersistenceCreator
    Nomination(
            UUID id,
            int kommuneCode,
            UUID staffMember,
            InitiativeKind track,
            @Nullable UUID initiative,
            @Nullable String note,
            Status status,
            String nominatedBy,
            Instant nominatedAt,
            @Nullable String withdrawnBy,
            @Nullable Instant withdrawnAt,
            int version) {
        this.id = id;
        this.kommuneCode = kommuneCode;
        this.staffMember = staffMember;
        this.track = track;
        this.initiative = initiative;
        this.note = note;
        this.status = status;
        this.nominatedBy = nominatedBy;
        this.nominatedAt = nominatedAt;
        this.withdrawnBy = withdrawnBy;
        this.withdrawnAt = withdrawnAt;
        this.version = version;
    }

    static Nomination of(
            int kommuneCode,
            UUID staffMember,
            InitiativeKind track,
            @Nullable UUID initiative,
            @Nullable String note,
            String by,
            Instant at) {
        String text = note == null || note.isBlank() ? null : note.trim();
        if (text != null && text.length() > NOTE_MAX) {
            throw new RuleViolationException("plan.candidate.error.note", NOTE_MAX);
        }
        return new Nomination(
                UUID.randomUUID(),
                kommuneCode,
                staffMember,
                track,
                initiative,
                text,
                Status.NOMINATED,
                by,
                at,
                null,
                null,
                0);
    }

    void withdraw(int expectedVersion, String by, Instant at) {
        if (expectedVersion != version) {
            throw new OptimisticLockingFailureException("Nomination " + id + " was changed by someone else");
        }
        if (status != Status.NOMINATED) {
            throw new RuleViolationException("plan.candidate.error.withdrawn");
        }
        status = Status.WITHDRAWN;
        withdrawnBy = by;
        withdrawnAt = at;
    }

    public UUID id() {
        return id;
    }

    public int kommuneCode() {
        return kommuneCode;
    }

    public UUID staffMember() {
        return staffMember;
    }

    public InitiativeKind track() {
        return track;
    }

    public @Nullable UUID initiative() {
        return initiative;
    }

    public @Nullable String note() {
        return note;
    }

    public Status status() {
        return status;
    }

    public String nominatedBy() {
        return nominatedBy;
    }

    public Instant nominatedAt() {
        return nominatedAt;
    }

    public @Nullable String withdrawnBy() {
        return withdrawnBy;
    }

    public @Nullable Instant withdrawnAt() {
        return withdrawnAt;
    }

    public int version() {
        return version;
    }
}
