package dk.loeft.enrolment;

import java.util.Set;

/** Where an application (ansøgning) stands: submitted, approved by the leader, approved by the forvaltning, refused or withdrawn. */
public enum ApplicationStatus {
    SUBMITTED,
    LEADER_APPROVED,
    APPROVED,
    REFUSED,
    WITHDRAWN;

    /** Submitted goes to the leader's decision, leader-approved to the forvaltning's; approved, refused and withdrawn are final. */
    public boolean canMoveTo(ApplicationStatus next) {
        return switch (this) {
            case SUBMITTED -> Set.of(LEADER_APPROVED, REFUSED, WITHDRAWN).contains(next);
            case LEADER_APPROVED -> Set.of(APPROVED, REFUSED, WITHDRAWN).contains(next);
            case APPROVED, REFUSED, WITHDRAWN -> false;
        };
    }

    /** Still waiting for a decision. */
    public boolean open() {
        return this == SUBMITTED || this == LEADER_APPROVED;
    }

    /** The stage that decides next, if any. */
    public DecisionStage awaiting() {
        return switch (this) {
            case SUBMITTED -> DecisionStage.LEADER;
            case LEADER_APPROVED -> DecisionStage.ADMIN;
            default -> throw new IllegalStateException("Application is " + this + ", no stage awaits");
        };
    }
}
