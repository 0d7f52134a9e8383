package dk.loeft.catalog;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** How a frame's demand compares the offering's figure with the demand's value; each is one named rule. */
public enum DemandOperator {
    AT_LEAST,
    AT_MOST,
    /** The value within the demand's tolerance ("ca. 7,5 timer"); tolerance 0 is exactly the value. */
    APPROXIMATELY,
    /** A yes/no fact must be yes. */
    REQUIRED,
    /** The offering's codes are some of the demand's (a target group inside the frame's). */
    WITHIN,
    /** The offering's code is one of the demand's (e.g. attendance or blended teaching). */
    ONE_OF;

    DemandRule rule(String value, BigDecimal tolerance) {
        return switch (this) {
            case AT_LEAST -> new DemandRule.AtLeast(new BigDecimal(value));
            case AT_MOST -> new DemandRule.AtMost(new BigDecimal(value));
            case APPROXIMATELY -> new DemandRule.Approximately(new BigDecimal(value), tolerance);
            case REQUIRED -> new DemandRule.Required();
            case WITHIN -> new DemandRule.Within(codes(value));
            case ONE_OF -> new DemandRule.OneOf(codes(value));
        };
    }

    private static Set<String> codes(String value) {
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(c -> !c.isEmpty())
                .collect(Collectors.toSet());
    }
}
