package dk.loeft.institution;

/** Who runs the institution (driftsform). Private institutions are outside the municipal pool. */
public enum Ownership {
    KOMMUNAL,
    SELVEJENDE,
    UDLICITERET,
    PRIVAT,
    PULJEORDNING
}
