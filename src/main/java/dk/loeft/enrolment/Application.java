package dk.loeft.enrolment;

import dk.loeft.platform.RuleViolationException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An application (ansøgning) for up to three offerings in order of priority. A staff member applies
 * for themselves, their leader nominates them (indstilling: the leader's stage is then decided at
 * once) or the forvaltning registers it. The leader approves or refuses, then the forvaltning does;
 * a refusal needs a reason. The forvaltning may fund a person outside the pool's target group from
 * the kommune's own budget, with a reason. The applicant may withdraw while it is open.
 */
public final class Application {

    public static final int MAX_CHOICES = 3;

    private final UUID id;
    private final int kommuneCode;
    private final UUID staffMember;
    private final @Nullable UUID institution;
    private final boolean nominated;
    private final String motivation;
    private final List<UUID> choices;
    private final String submittedBy;
    private final Instant submittedAt;
    private ApplicationStatus status;
    private @Nullable String leaderDecidedBy;
    private @Nullable Instant leaderDecidedAt;
    private @Nullable String adminDecidedBy;
    private @Nullable Instant adminDecidedAt;
    private @Nullable DecisionStage refusedStage;
    private @Nullable String refusalReason;
    private boolean ownBudget;
    private @Nullable String ownBudgetReason;
    private final int version;

    Application(
            UUID id,
            int kommuneCode,
            UUID staffMember,
            @Nullable UUID institution,
            boolean nominated,
            String motivation,
            List<UUID> choices,
            String submittedBy,
            Instant submittedAt,
            ApplicationStatus status,
            @Nullable String leaderDecidedBy,
            @Nullable Instant leaderDecidedAt,
            @Nullable String adminDecidedBy,
            @Nullable Instant adminDecidedAt,
            @Nullable DecisionStage refusedStage,
            @Nullable String refusalReason,
            boolean ownBudget,
            @Nullable String ownBudgetReason,
            int version) {
        this.id = id;
        this.kommuneCode = kommuneCode;
        this.staffMember = staffMember;
        this.institution = institution;
        this.nominated = nominated;
        this.motivation = motivation;
        this.choices = List.copyOf(choices);
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.status = status;
        this.leaderDecidedBy = leaderDecidedBy;
        this.leaderDecidedAt = leaderDecidedAt;
        this.adminDecidedBy = adminDecidedBy;
        this.adminDecidedAt = adminDecidedAt;
        this.refusedStage = refusedStage;
        this.refusalReason = refusalReason;
        this.ownBudget = ownBudget;
        this.ownBudgetReason = ownBudgetReason;
        this.version = version;
    }

    /** A new application with one to three distinct offerings, first choice first. */
    static Application submit(
            int kommuneCode,
            UUID staffMember,
            @Nullable UUID institution,
            boolean nominated,
            String motivation,
            List<UUID> choices,
            String by,
            Instant at) {
        if (choices.isEmpty() || choices.size() > MAX_CHOICES) {
            throw new RuleViolationException("enrolment.application.error.choices", MAX_CHOICES);
        }
        if (new HashSet<>(choices).size() != choices.size()) {
            throw new RuleViolationException("enrolment.application.error.sameOfferingTwice");
        }
        return new Application(
                UUID.randomUUID(),
                kommuneCode,
                staffMember,
                institution,
                nominated,
                motivation.strip(),
                choices,
                by,
                at,
                ApplicationStatus.SUBMITTED,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                0);
    }

    /** The stage approves: the leader's approval passes it on to the forvaltning, the forvaltning's is final. */
    void approve(DecisionStage stage, String by, Instant at) {
        expectAwaiting(stage);
        if (stage == DecisionStage.LEADER) {
            move(ApplicationStatus.LEADER_APPROVED);
            leaderDecidedBy = by;
            leaderDecidedAt = at;
        } else {
            move(ApplicationStatus.APPROVED);
            adminDecidedBy = by;
            adminDecidedAt = at;
        }
    }

    /** The stage refuses, with the reason the applicant is told. */
    void refuse(DecisionStage stage, String by, Instant at, @Nullable String reason) {
        expectAwaiting(stage);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("enrolment.application.error.reasonRequired");
        }
        move(ApplicationStatus.REFUSED);
        refusedStage = stage;
        refusalReason = reason.strip();
        if (stage == DecisionStage.LEADER) {
            leaderDecidedBy = by;
            leaderDecidedAt = at;
        } else {
            adminDecidedBy = by;
            adminDecidedAt = at;
        }
    }

    /** The forvaltning pays from the kommune's own budget (for someone outside the pool's target group). */
    void fundFromOwnBudget(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("enrolment.application.error.ownBudgetReason");
        }
        ownBudget = true;
        ownBudgetReason = reason.strip();
    }

    void withdraw() {
        if (!status.canMoveTo(ApplicationStatus.WITHDRAWN)) {
            throw new RuleViolationException("enrolment.application.error.notOpen");
        }
        move(ApplicationStatus.WITHDRAWN);
    }

    private void expectAwaiting(DecisionStage stage) {
        if (!status.open() || status.awaiting() != stage) {
            throw new RuleViolationException("enrolment.application.error.notAwaiting");
        }
    }

    private void move(ApplicationStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("An application cannot go from " + status + " to " + next);
        }
        status = next;
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

    public @Nullable UUID institution() {
        return institution;
    }

    public boolean nominated() {
        return nominated;
    }

    public String motivation() {
        return motivation;
    }

    /** The offerings applied for, first choice first. */
    public List<UUID> choices() {
        return choices;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public ApplicationStatus status() {
        return status;
    }

    public @Nullable String leaderDecidedBy() {
        return leaderDecidedBy;
    }

    public @Nullable Instant leaderDecidedAt() {
        return leaderDecidedAt;
    }

    public @Nullable String adminDecidedBy() {
        return adminDecidedBy;
    }

    public @Nullable Instant adminDecidedAt() {
        return adminDecidedAt;
    }

    public @Nullable DecisionStage refusedStage() {
        return refusedStage;
    }

    public @Nullable String refusalReason() {
        return refusalReason;
    }

    public boolean ownBudget() {
        return ownBudget;
    }

    public @Nullable String ownBudgetReason() {
        return ownBudgetReason;
    }

    public int version() {
        return version;
    }
}
