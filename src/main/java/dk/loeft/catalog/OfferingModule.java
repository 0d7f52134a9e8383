package dk.loeft.catalog;

/** A module of an offering and the ECTS points it gives. */
public record OfferingModule(String name, int ects) {}
