package dk.loeft.demo;

import java.util.List;

/**
 * The two demo kommuner, with real kommune codes, towns and postal codes: Rødovre at its real size
 * (about 25 daginstitutioner, a dagpleje and an SFO) and the smaller Dragør.
 */
final class DemoKommuner {

    private DemoKommuner() {}

    static final KommuneSpec ROEDOVRE = new KommuneSpec(
            175,
            "Rødovre",
            "2610",
            "R",
            20_260_175L,
            List.of("Distrikt Islev", "Distrikt Valhøj", "Distrikt Hendriksholm", "Distrikt Rødovre Syd"),
            List.of(
                    "Rødovrevej",
                    "Tårnvej",
                    "Islevbrovej",
                    "Hendriksholms Boulevard",
                    "Valhøjs Allé",
                    "Korsdalsvej",
                    "Slotsherrensvej",
                    "Jyllingevej",
                    "Rødager Allé",
                    "Milestedet",
                    "Schweizerdalsvej",
                    "Fortvej",
                    "Broparken",
                    "Kastanievej"),
            25,
            2,
            1,
            35,
            1,
            3,
            2);

    static final KommuneSpec DRAGOER = new KommuneSpec(
            155,
            "Dragør",
            "2791",
            "D",
            20_260_155L,
            List.of("Område Dragør By", "Område Store Magleby"),
            List.of(
                    "Kongevejen",
                    "Stationsvej",
                    "Hollænderdybet",
                    "Møllevej",
                    "Søndre Strandvej",
                    "Kirkevej",
                    "Vierdiersvej",
                    "Jægervej",
                    "Engvej",
                    "A.P. Møllers Allé",
                    "Fælledvej"),
            8,
            1,
            0,
            12,
            0,
            0,
            1);

    static List<KommuneSpec> all() {
        return List.of(ROEDOVRE, DRAGOER);
    }
}
