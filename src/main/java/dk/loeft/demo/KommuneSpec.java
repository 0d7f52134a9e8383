package dk.loeft.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * What to generate for one kommune: its code, town and postal code for addresses, the prefix of
 * its employee numbers, the seed that makes the data repeatable, its areas (distrikter) and the
 * number of daginstitutioner by ownership, dagplejere and SFO'er.
 *
 * @param understaffedCentres kommunale daginstitutioner that miss the minimum staffing in a few months
 * @param specialists staff who carry the function pædagogfaglig specialist
 */
public record KommuneSpec(
        int kommuneCode,
        String city,
        String postalCode,
        String employeePrefix,
        long seed,
        List<String> areaNames,
        List<String> streets,
        int daycareCentres,
        int selfGoverning,
        int poolSchemes,
        int dagplejere,
        int sfos,
        int understaffedCentres,
        int specialists) {

    public KommuneSpec {
        areaNames = List.copyOf(areaNames);
        streets = List.copyOf(streets);
        if (areaNames.isEmpty() || streets.isEmpty()) {
            throw new IllegalArgumentException("A kommune needs at least one area and one street");
        }
        if (areaNames.stream().distinct().count() != areaNames.size()) {
            throw new IllegalArgumentException("Area names must be unique within a kommune");
        }
        if (daycareCentres < 1 || dagplejere < 0 || sfos < 0 || specialists < 0) {
            throw new IllegalArgumentException("Sizes cannot be negative, and a kommune needs a daginstitution");
        }
        if (selfGoverning < 0
                || poolSchemes < 0
                || selfGoverning + poolSchemes + understaffedCentres > daycareCentres) {
            throw new IllegalArgumentException(
                    "Selvejende, puljeordninger and understaffed centres must fit among the daginstitutioner");
        }
    }

    /**
     * A kommune of a given size for synthetic national data: Danish shares of selvejende
     * institutions and puljeordninger, one area per about eight daginstitutioner, generic street
     * names and a made-up postal code derived from the kommune code.
     */
    public static KommuneSpec synthetic(int kommuneCode, String city, long seed, int daycareCentres, int dagplejere) {
        int areas = Math.max(1, (daycareCentres + 7) / 8);
        List<String> areaNames = new ArrayList<>();
        for (int i = 0; i < areas; i++) {
            areaNames.add(i < COMPASS_AREAS.size() ? COMPASS_AREAS.get(i) : "Område " + (i + 1));
        }
        return new KommuneSpec(
                kommuneCode,
                city,
                String.format("%04d", 1000 + (kommuneCode * 10) % 9000),
                "M",
                seed,
                areaNames,
                DanishNames.GENERIC_STREETS,
                daycareCentres,
                (int) Math.round(daycareCentres * 0.15),
                (int) Math.round(daycareCentres * 0.015),
                dagplejere,
                0,
                (int) Math.round(daycareCentres * 0.08),
                Math.max(1, Math.round(daycareCentres / 12f)));
    }

    private static final List<String> COMPASS_AREAS =
            List.of("Område Nord", "Område Syd", "Område Øst", "Område Vest", "Område Midt");
}
