package dk.loeft.funding;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Apportions a whole number of kroner by children per kommune, exact to the krone (the issue's
 * largest-remainder method, Hamilton's method): each kommune first gets the whole kroner of its
 * exact share (amount × children / total children, rounded down, in integer arithmetic); the kroner
 * left over go one each to the kommuner with the largest remainders; equal remainders go to the
 * lowest kommune code first. The result always sums to the amount, never gives a kommune with more
 * children less, gives a kommune without children nothing, and does not depend on input order.
 */
public final class LargestRemainder {

    private LargestRemainder() {}

    /** Kroner per kommune code, for every kommune in the key (sorted by code). */
    public static SortedMap<Integer, Long> apportion(long kroner, Map<Integer, Long> childrenByKommune) {
        if (kroner < 0) {
            throw new IllegalArgumentException("A negative amount cannot be apportioned");
        }
        long totalChildren = 0;
        for (long children : childrenByKommune.values()) {
            if (children < 0) {
                throw new IllegalArgumentException("Children cannot be negative");
            }
            totalChildren = Math.addExact(totalChildren, children);
        }
        if (totalChildren == 0) {
            throw new IllegalArgumentException("A key without children cannot apportion anything");
        }
        BigInteger amount = BigInteger.valueOf(kroner);
        BigInteger total = BigInteger.valueOf(totalChildren);
        SortedMap<Integer, Long> result = new TreeMap<>();
        List<Remainder> remainders = new ArrayList<>(childrenByKommune.size());
        long handedOut = 0;
        for (var entry : childrenByKommune.entrySet()) {
            BigInteger[] division =
                    amount.multiply(BigInteger.valueOf(entry.getValue())).divideAndRemainder(total);
            long whole = division[0].longValueExact();
            result.put(entry.getKey(), whole);
            handedOut += whole;
            remainders.add(new Remainder(entry.getKey(), division[1]));
        }
        remainders.sort(Comparator.comparing(Remainder::value).reversed().thenComparing(Remainder::kommuneCode));
        long left = kroner - handedOut;
        for (int i = 0; i < left; i++) {
            result.merge(remainders.get(i).kommuneCode(), 1L, Long::sum);
        }
        return result;
    }

    private record Remainder(int kommuneCode, BigInteger value) {}
}
