package dk.loeft.catalog;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The rule behind a {@link DemandOperator}: whether an offering's {@link Figure} meets a demand of a
 * quality frame (seed 003). A figure of the wrong shape never meets a demand.
 */
sealed interface DemandRule {

    boolean isMetBy(Figure figure);

    /** Every number at least the value (seed 003 §3.2: "minimum 40 timers undervisning"). */
    record AtLeast(BigDecimal minimum) implements DemandRule {
        @Override
        public boolean isMetBy(Figure figure) {
            return all(figure, n -> n.compareTo(minimum) >= 0);
        }
    }

    /** Every number at most the value. */
    record AtMost(BigDecimal maximum) implements DemandRule {
        @Override
        public boolean isMetBy(Figure figure) {
            return all(figure, n -> n.compareTo(maximum) <= 0);
        }
    }

    /** Every number within value ± tolerance (seed 003 §2.1.2.1: "cirka 7,5 konfrontationstimer"). */
    record Approximately(BigDecimal value, BigDecimal tolerance) implements DemandRule {
        @Override
        public boolean isMetBy(Figure figure) {
            return all(figure, n -> n.subtract(value).abs().compareTo(tolerance) <= 0);
        }
    }

    /** The fact holds (seed 003 §2.1.3: documentation of completion; §3.1: an exam). */
    record Required() implements DemandRule {
        @Override
        public boolean isMetBy(Figure figure) {
            return figure instanceof Figure.Flag flag && flag.value();
        }
    }

    /** The offering names codes, all of them among the allowed (a target group inside the frame's, seed 003 §1.2). */
    record Within(Set<String> allowed) implements DemandRule {
        @Override
        public boolean isMetBy(Figure figure) {
            return figure instanceof Figure.Codes codes
                    && !codes.values().isEmpty()
                    && allowed.containsAll(codes.values());
        }
    }

    /** The offering's single code is among the allowed (learning days with attendance, seed 003 §2.1.2.3). */
    record OneOf(Set<String> allowed) implements DemandRule {
        @Override
        public boolean isMetBy(Figure figure) {
            return figure instanceof Figure.Codes codes
                    && codes.values().size() == 1
                    && allowed.containsAll(codes.values());
        }
    }

    private static boolean all(Figure figure, java.util.function.Predicate<BigDecimal> test) {
        return figure instanceof Figure.Numbers numbers
                && !numbers.values().isEmpty()
                && numbers.values().stream().allMatch(test);
    }
}
