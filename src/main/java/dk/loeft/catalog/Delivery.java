package dk.loeft.catalog;

/** Where teaching happens: in a place (fremmøde), on the net, or both. */
public enum Delivery {
    PLACE,
    NET,
    BLENDED
}
