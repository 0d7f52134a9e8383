package dk.loeft.plan;

import dk.loeft.funding.CostCategory;

/**
 * A line of the cost model (omkostningstype). Each maps to the pool's cost category; every cost of
 * an informal initiative counts as {@link CostCategory#UFORMEL} instead (see {@link
 * PlannedInitiative#categoryOf}).
 */
public enum CostType {
    /** Deltagerbetaling per semester or per module. */
    TUITION(CostCategory.DELTAGERBETALING),
    /** Books and materials, e.g. a fixed amount per student. */
    BOOKS(CostCategory.STUDIEUDGIFTER),
    TRANSPORT(CostCategory.STUDIEUDGIFTER),
    MENTOR(CostCategory.STUDIEUDGIFTER),
    /** Substitutes: hours × rate. */
    SUBSTITUTES(CostCategory.VIKAR),
    /** Wages during education under the KL agreement (from 2023-12-01, merit started by 2026-07-31). */
    WAGES(CostCategory.LOEN),
    ADMINISTRATION(CostCategory.ADMINISTRATION),
    AUDIT(CostCategory.REVISION),
    OTHER(CostCategory.STUDIEUDGIFTER);

    private final CostCategory category;

    CostType(CostCategory category) {
        this.category = category;
    }

    public CostCategory category() {
        return category;
    }

    public String labelKey() {
        return "plan.cost." + name();
    }
}
