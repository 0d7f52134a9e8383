package dk.loeft.demo;

import dk.loeft.funding.Allocation;
import dk.loeft.funding.AllocationKeys;
import dk.loeft.funding.Allocations;
import dk.loeft.funding.FundingRound;
import dk.loeft.funding.FundingRounds;
import dk.loeft.funding.KeyDetails;
import dk.loeft.funding.KeyImportResult;
import dk.loeft.funding.LargestRemainder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Demo allocation keys and published allocations, so that Rødovre (175) has exactly its real grants
 * from seed document 001: 2023 533.000 kr. (2.132 of 428.000 children), 2024 1.030.000 kr. (2.060
 * of 391.800) and 2025 976.000 kr. (1.952 of 391.800). The other 97 kommuner get deterministic,
 * plausible synthetic counts that add up to the rest. A 2026 key is imported but round 2026-2030 is
 * left for the demo ministry user to allocate.
 */
final class DemoFunding {

    static final int ROEDOVRE = 175;
    static final String MINISTRY = "ministeriet";
    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    /** Larger kommuner than the random spread gives: København, Aarhus, Odense, Aalborg. */
    private static final Map<Integer, Long> LARGE = Map.of(101, 42_000L, 751, 24_000L, 461, 14_000L, 851, 13_500L);

    /** The small island kommuner: Læsø, Fanø, Samsø, Ærø. */
    private static final Map<Integer, Long> SMALL = Map.of(825, 70L, 563, 160L, 741, 150L, 492, 230L);

    private final FundingRounds rounds;
    private final AllocationKeys keys;
    private final Allocations allocations;

    DemoFunding(FundingRounds rounds, AllocationKeys keys, Allocations allocations) {
        this.rounds = rounds;
        this.keys = keys;
        this.allocations = allocations;
    }

    void load(List<Integer> kommuneCodes) {
        FundingRound first = round(2023);
        FundingRound second = round(2024);
        UUID key2023 = key(kommuneCodes, 2023, 428_000, 2_132, at(2023, 8, 28));
        UUID key2024 = key(kommuneCodes, 2024, 391_800, 2_060, at(2024, 1, 22));
        UUID key2025 = key(kommuneCodes, 2025, 391_800, 1_952, at(2025, 1, 20));
        key(kommuneCodes, 2026, 386_400, 1_932, at(2026, 3, 2));
        publish(first, key2023, 2023, at(2023, 9, 4), at(2023, 9, 15));
        publish(second, key2024, 2024, at(2024, 2, 5), at(2024, 2, 20));
        publish(second, key2025, 2025, at(2025, 2, 3), at(2025, 2, 18));
    }

    private FundingRound round(int firstYear) {
        return rounds.all().stream()
                .filter(r -> r.firstYear() == firstYear)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No round starting " + firstYear));
    }

    private void publish(FundingRound round, UUID key, int year, Instant created, Instant published) {
        Allocation allocation = allocations.create(round.id(), key, year, year, MINISTRY, created);
        allocations.publish(allocation.id(), allocation.version(), MINISTRY, published);
    }

    /** Imports a key through the same check as an uploaded file. */
    private UUID key(List<Integer> codes, int year, long total, long roedovre, Instant at) {
        StringBuilder csv = new StringBuilder("kommunekode;børn\n");
        children(codes, year, total, roedovre)
                .forEach((code, n) -> csv.append(code).append(';').append(n).append('\n'));
        KeyImportResult result = keys.importFile(
                new KeyDetails(
                        "Forventede 0-5-årige " + year + " (demo)",
                        0,
                        5,
                        year,
                        "Demodata: Rødovres tal svarer til frødokument 001; de øvrige kommuners tal er opdigtede"),
                "forventede-0-5-aarige-" + year + ".csv",
                csv.toString().getBytes(StandardCharsets.UTF_8),
                MINISTRY,
                at);
        if (!result.imported()) {
            throw new IllegalStateException("Demo key " + year + " was refused: " + result.problems());
        }
        return result.keyId();
    }

    /** Rødovre's real count; the rest spread over the other kommuner by deterministic weights. */
    static SortedMap<Integer, Long> children(List<Integer> codes, int year, long total, long roedovre) {
        Map<Integer, Long> weights = new TreeMap<>();
        for (int code : codes) {
            if (code == ROEDOVRE) {
                continue;
            }
            long weight =
                    LARGE.getOrDefault(code, SMALL.getOrDefault(code, 1_200L + new Random(code * 31L).nextInt(7_800)));
            weights.put(code, weight * (100 + new Random(code * 7L + year).nextInt(5)) / 100);
        }
        SortedMap<Integer, Long> children = new TreeMap<>(LargestRemainder.apportion(total - roedovre, weights));
        children.put(ROEDOVRE, roedovre);
        return children;
    }

    private static Instant at(int year, int month, int day) {
        return LocalDateTime.of(year, month, day, 10, 0).atZone(DENMARK).toInstant();
    }
}
