package dk.loeft.funding;

/** How sure a round's value is, with the tags of research.md: an official text, a secondary source, and so on. */
public enum SourceStatus {
    OFFICIAL,
    SECONDARY,
    DERIVED,
    ASSUMED,
    NOT_FOUND;

    public String labelKey() {
        return "funding.source.status." + name();
    }
}
