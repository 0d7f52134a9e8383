package dk.loeft.plan;

/** Who pays a cost line (finansieringskilde). */
public enum FundingSourceKind {
    /** A round of Opkvalificeringspuljen; the line names the round. */
    POOL,
    /** The kommune's own budget (egne midler), e.g. local efteruddannelsesmidler. */
    OWN_BUDGET,
    /** Another fund, e.g. Den Kommunale Kompetencefond; the line names the fund (no double funding, R9). */
    OTHER_FUND,
    /** The jobrotation refund per hour (203,17 kr. in 2024), never for PAU (R9). */
    JOBROTATION;

    public String labelKey() {
        return "plan.source." + name();
    }
}
