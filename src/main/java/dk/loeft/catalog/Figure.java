package dk.loeft.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** An offering's own figure for one fact a frame sets a demand on: numbers, yes/no, or codes (posts, delivery). */
public sealed interface Figure {

    static Figure number(int value) {
        return new Numbers(List.of(BigDecimal.valueOf(value)));
    }

    /** One number, or one per module; none when there is nothing to count. */
    record Numbers(List<BigDecimal> values) implements Figure {

        public Numbers {
            values = List.copyOf(values);
        }
    }

    record Flag(boolean value) implements Figure {}

    /** Enum names, e.g. the target posts or the delivery. */
    record Codes(Set<String> values) implements Figure {

        public Codes {
            values = Set.copyOf(new TreeSet<>(values));
        }
    }
}
