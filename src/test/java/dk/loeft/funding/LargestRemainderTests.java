package dk.loeft.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** Properties of the largest-remainder allocation, over many seeded random keys and amounts. */
class LargestRemainderTests {

    private static final int RUNS = 2_000;

    @Test
    void grantsAlwaysSumExactlyToTheAmount() {
        for (int seed = 0; seed < RUNS; seed++) {
            Random random = new Random(seed);
            Map<Integer, Long> key = randomKey(random);
            long amount = randomAmount(random);
            SortedMap<Integer, Long> grants = LargestRemainder.apportion(amount, key);
            assertThat(grants.values().stream().mapToLong(Long::longValue).sum())
                    .as("seed %d", seed)
                    .isEqualTo(amount);
            assertThat(grants.keySet()).isEqualTo(key.keySet());
        }
    }

    @Test
    void aKommuneWithMoreChildrenNeverGetsLess() {
        for (int seed = 0; seed < RUNS; seed++) {
            Random random = new Random(seed);
            Map<Integer, Long> key = randomKey(random);
            SortedMap<Integer, Long> grants = LargestRemainder.apportion(randomAmount(random), key);
            for (var a : key.entrySet()) {
                for (var b : key.entrySet()) {
                    if (a.getValue() > b.getValue()) {
                        assertThat(grants.get(a.getKey()))
                                .as("seed %d: %d has more children than %d", seed, a.getKey(), b.getKey())
                                .isGreaterThanOrEqualTo(grants.get(b.getKey()));
                    }
                }
            }
        }
    }

    @Test
    void theSameKeyInAnyOrderGivesTheSameGrants() {
        for (int seed = 0; seed < RUNS / 4; seed++) {
            Random random = new Random(seed);
            Map<Integer, Long> key = randomKey(random);
            long amount = randomAmount(random);
            List<Map.Entry<Integer, Long>> shuffled = new ArrayList<>(key.entrySet());
            Collections.shuffle(shuffled, random);
            Map<Integer, Long> reordered = new LinkedHashMap<>();
            shuffled.forEach(e -> reordered.put(e.getKey(), e.getValue()));
            assertThat(LargestRemainder.apportion(amount, reordered))
                    .as("seed %d", seed)
                    .isEqualTo(LargestRemainder.apportion(amount, key));
        }
    }

    @Test
    void aKommuneWithoutChildrenGetsNothing() {
        for (int seed = 0; seed < RUNS; seed++) {
            Random random = new Random(seed);
            Map<Integer, Long> key = randomKey(random);
            key.put(999, 0L);
            assertThat(LargestRemainder.apportion(randomAmount(random), key).get(999))
                    .as("seed %d", seed)
                    .isZero();
        }
    }

    @Test
    void equalRemaindersGoToTheLowestKommuneCodeFirst() {
        // 10 kr. over three equal kommuner: 3 each and the last krone to the lowest code.
        var grants = LargestRemainder.apportion(10, Map.of(173, 5L, 101, 5L, 147, 5L));
        assertThat(grants).containsExactly(Map.entry(101, 4L), Map.entry(147, 3L), Map.entry(173, 3L));
    }

    @Test
    void roedovresRealGrantsComeOutOfItsShareOfTheChildren() {
        Map<Integer, Long> key = new LinkedHashMap<>();
        key.put(175, 2_132L);
        key.put(101, 428_000L - 2_132L);
        assertThat(LargestRemainder.apportion(107_000_000, key).get(175)).isEqualTo(533_000);
    }

    private static Map<Integer, Long> randomKey(Random random) {
        int size = 1 + random.nextInt(120);
        Map<Integer, Long> key = new LinkedHashMap<>();
        while (key.size() < size) {
            long children = random.nextInt(10) == 0 ? random.nextInt(3) : random.nextInt(60_000);
            key.put(100 + random.nextInt(900), children);
        }
        if (key.values().stream().mapToLong(Long::longValue).sum() == 0) {
            key.put(key.keySet().iterator().next(), 1L);
        }
        return key;
    }

    private static long randomAmount(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt(100);
            case 1 -> 107_000_000L;
            default -> (long) random.nextInt(Integer.MAX_VALUE) * random.nextInt(1_000);
        };
    }
}
