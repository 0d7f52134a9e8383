package dk.loeft.funding;

/**
 * What money from the pool is spent on (udgiftstype). Which categories a round allows is data on
 * the round; the list itself follows BUPL Fyn's and KP's summaries of the rules (research §1.5).
 */
public enum CostCategory {
    /** Deltagerbetaling: tuition and fees. */
    DELTAGERBETALING,
    /** Studierelaterede udgifter: materials, transport (befordring), mentors. */
    STUDIEUDGIFTER,
    /** Uformel opkvalificering: municipal courses, in-house teaching, private courses (capped, R3). */
    UFORMEL,
    /** Administration of the upskilling effort. */
    ADMINISTRATION,
    /** Revision: audit of the accounts. */
    REVISION,
    /** Løn under uddannelse: wages during education (from the KL agreement of 1.12.2023). */
    LOEN,
    /** Vikardækning: substitutes while staff are in education. */
    VIKAR;

    public String labelKey() {
        return "funding.cost." + name();
    }
}
