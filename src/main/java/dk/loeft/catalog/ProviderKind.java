package dk.loeft.catalog;

/** What kind of provider (udbyder) runs an offering; {@link #KOMMUNE} is the kommune itself, for tailored courses. */
public enum ProviderKind {
    PROFESSIONSHOEJSKOLE,
    SOSU_SKOLE,
    AMU_CENTER,
    KOMMUNE,
    ANDEN
}
