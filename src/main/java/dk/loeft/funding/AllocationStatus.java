package dk.loeft.funding;

/**
 * Where an allocation (udmelding) stands: a preview the ministry checks, then published (the kommuner
 * see it and its grants are booked) or discarded; a later published allocation for the same years
 * supersedes it.
 */
public enum AllocationStatus {
    PREVIEW,
    PUBLISHED,
    SUPERSEDED,
    DISCARDED;

    boolean canBecome(AllocationStatus next) {
        return switch (this) {
            case PREVIEW -> next == PUBLISHED || next == DISCARDED;
            case PUBLISHED -> next == SUPERSEDED;
            case SUPERSEDED, DISCARDED -> false;
        };
    }

    /** Published allocations, current or superseded, are the ones the kommuner see. */
    public boolean isPublic() {
        return this == PUBLISHED || this == SUPERSEDED;
    }

    public String labelKey() {
        return "funding.allocation.status." + name();
    }
}
