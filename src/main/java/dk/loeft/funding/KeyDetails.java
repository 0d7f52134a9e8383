package dk.loeft.funding;

/** What the ministry states about a key it imports: its name, age band, reference year and source. */
public record KeyDetails(String name, int ageFrom, int ageTo, int referenceYear, String source) {}
