package dk.loeft.catalog;

import java.util.UUID;

/** An offering was cancelled (aflyst): its participants are to be told, with the reason. */
public record OfferingCancelled(UUID offeringId, int kommuneCode, String title, String reason) {}
