package dk.loeft.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The pool's rounds as seeded in V11, for tests without a database. */
public final class LedgerRounds {

    static final UUID ROUND_2023 = UUID.fromString("6b1f3c1e-2a41-4c55-9a0e-000000002023");
    static final UUID ROUND_2024 = UUID.fromString("6b1f3c1e-2a41-4c55-9a0e-000000002024");
    static final UUID ROUND_2026 = UUID.fromString("6b1f3c1e-2a41-4c55-9a0e-000000002026");

    static final Set<CostCategory> SEEDED_COSTS = EnumSet.of(
            CostCategory.DELTAGERBETALING,
            CostCategory.STUDIEUDGIFTER,
            CostCategory.UFORMEL,
            CostCategory.ADMINISTRATION,
            CostCategory.REVISION,
            CostCategory.LOEN);

    static final LedgerRound FIRST = round(ROUND_2023, "1. tildelingsrunde 2023", 2023, 2023, "2030-07-31", 2023);
    static final LedgerRound SECOND = round(ROUND_2024, "Tildeling 2024-2025", 2024, 2025, "2030-07-31", 2023);
    static final LedgerRound THIRD = round(ROUND_2026, "Tildelingsrunde 2026-2030", 2026, 2030, "2030-07-31", 2026);

    public static final List<LedgerRound> SEEDED = List.of(FIRST, SECOND, THIRD);

    private LedgerRounds() {}

    static LedgerRound round(UUID id, String name, int first, int last, String deadline, int priceLevel) {
        return new LedgerRound(
                id,
                name,
                first,
                last,
                LocalDate.parse(deadline),
                new BigDecimal("10.00"),
                SEEDED_COSTS,
                LocalDate.of(2023, 12, 1),
                null,
                priceLevel);
    }
}
