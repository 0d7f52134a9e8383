package dk.loeft.dataimport;

/** What an import did or would do: new, changed and unchanged items (institutions, months or people). */
record Counts(int created, int updated, int unchanged) {}
