package dk.loeft.funding;

import java.util.UUID;

/** The pool (puljen) and the authority that administers it. */
public record Pool(UUID id, String name, String administrator) {}
