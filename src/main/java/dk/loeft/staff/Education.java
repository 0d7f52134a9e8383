package dk.loeft.staff;

/**
 * A formal education a person holds. Pædagog (also via merit) and PAU count as pedagogically
 * educated in the coverage KPI (R11); PGU, PAU's predecessor until 2009, counts as PAU.
 */
public enum Education {
    PAEDAGOG,
    PAU,
    PGU,
    SOSU_ASSISTENT,
    SOSU_HJAELPER,
    ANDEN_ERHVERVSUDDANNELSE,
    GYMNASIAL,
    BACHELOR,
    KANDIDAT,
    ANDET;

    /** Whether this education counts in uddannelsesdækning (pædagog or PAU). */
    public boolean countsAsPedagogicallyEducated() {
        return this == PAEDAGOG || this == PAU || this == PGU;
    }
}
