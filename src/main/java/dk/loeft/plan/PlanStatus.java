package dk.loeft.plan;

/** Where a plan version stands. Approved versions are frozen; a revision starts a new draft. */
public enum PlanStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    /** An approved version replaced by a later approved version. */
    SUPERSEDED;

    public boolean frozen() {
        return this == APPROVED || this == SUPERSEDED;
    }

    public String labelKey() {
        return "plan.status." + name();
    }
}
