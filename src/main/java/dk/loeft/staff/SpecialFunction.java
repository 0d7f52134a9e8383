package dk.loeft.staff;

/** Roles a person carries besides their post (seeds 001, 003, 004). */
public enum SpecialFunction {
    FAGLIG_FYRTAARN,
    PRAKTIKVEJLEDER,
    PAEDAGOGFAGLIG_SPECIALIST
}
