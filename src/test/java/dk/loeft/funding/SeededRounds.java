package dk.loeft.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The pool's three rounds as seeded in V11 and corrected in V13 (substitutes from 1.12.2023), and
 * Rødovre's yearly grants (seed 001), for rule tests without a database.
 */
public final class SeededRounds {

    public static final UUID ROUND_2023 = LedgerRounds.ROUND_2023;
    public static final UUID ROUND_2024 = LedgerRounds.ROUND_2024;
    public static final UUID ROUND_2026 = LedgerRounds.ROUND_2026;

    private static final String[] COSTS = {
        "DELTAGERBETALING", "STUDIEUDGIFTER", "UFORMEL", "ADMINISTRATION", "REVISION", "LOEN", "VIKAR"
    };

    private SeededRounds() {}

    public static List<FundingRound> all() {
        return List.of(
                round(ROUND_2023, "1. tildelingsrunde 2023", 2023, 2023, true, 2023),
                round(ROUND_2024, "Tildeling 2024-2025", 2024, 2025, true, 2023),
                round(ROUND_2026, "Tildelingsrunde 2026-2030", 2026, 2030, false, 2026));
    }

    /** Rødovre's grants: 533.000 kr. (2023), 1.030.000 kr. (2024), 976.000 kr. (2025); nothing for 2026-2030 yet. */
    public static GrantLedger roedovreLedger() {
        return GrantLedger.of(
                LedgerRounds.SEEDED,
                List.of(
                        new GrantLedger.Grant(ROUND_2023, 2023, 533_000_00L),
                        new GrantLedger.Grant(ROUND_2024, 2024, 1_030_000_00L),
                        new GrantLedger.Grant(ROUND_2024, 2025, 976_000_00L)),
                List.of(),
                Map.of(),
                LocalDate.of(2025, 1, 15));
    }

    private static FundingRound round(UUID id, String name, int first, int last, boolean window, int priceLevel) {
        Set<RoundYear> years = new java.util.HashSet<>();
        for (int y = first; y <= last; y++) {
            years.add(new RoundYear(y, y == 2023 ? 10_700_000_000L : 19_590_000_000L, 0));
        }
        return new FundingRound(
                id,
                UUID.fromString("6b1f3c1e-2a41-4c55-9a0e-000000000001"),
                name,
                first,
                last,
                0,
                5,
                first,
                window ? LocalDate.of(2023, 8, 1) : null,
                window ? LocalDate.of(2026, 7, 31) : null,
                LocalDate.of(2030, 7, 31),
                new BigDecimal("10.00"),
                COSTS,
                LocalDate.of(2023, 12, 1),
                LocalDate.of(2023, 12, 1),
                new String[] {"VUGGESTUE", "BOERNEHAVE", "INTEGRERET", "DAGPLEJE"},
                new String[] {"KOMMUNAL", "SELVEJENDE", "UDLICITERET", "PULJEORDNING"},
                priceLevel,
                first == 2026,
                years,
                Set.of(),
                1);
    }
}
