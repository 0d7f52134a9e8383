package dk.loeft.institution;

/** Kind of dagtilbud. Only daginstitutioner and dagpleje are in the pool's target group (research §1.4). */
public enum InstitutionKind {
    VUGGESTUE,
    BOERNEHAVE,
    INTEGRERET,
    DAGPLEJE,
    SFO,
    KLUB,
    ANDET;

    /** Daginstitution kinds, where the minimum-staffing ratios 1:3 and 1:6 apply (dagtilbudsloven § 19 a). */
    public boolean isDaycareCentre() {
        return this == VUGGESTUE || this == BOERNEHAVE || this == INTEGRERET;
    }

    public boolean isChildminding() {
        return this == DAGPLEJE;
    }

    /** Dagtilbud for 0-5-year-olds: the kinds whose staff are pedagogical staff in the pool's sense. */
    public boolean isDagtilbud() {
        return isDaycareCentre() || isChildminding();
    }
}
