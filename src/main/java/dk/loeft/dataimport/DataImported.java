package dk.loeft.dataimport;

/** A kommune's institutions, children counts or staff were changed by an import. */
public record DataImported(int kommuneCode, ImportKind kind, int created, int updated) {}
