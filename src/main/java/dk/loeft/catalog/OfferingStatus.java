package dk.loeft.catalog;

/** An offering is drafted, then published (staff can apply), or cancelled (aflyst). */
public enum OfferingStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED
}
