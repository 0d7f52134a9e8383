package dk.loeft.plan;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a rule found in a plan version, shown beside what it concerns: the whole plan, a year, an
 * initiative or one cost line. The message is a key in {@code i18n/plan.properties} with its
 * arguments, so the UI, the API and the document say the same thing.
 *
 * @param rule the rule's code, e.g. {@code R3}
 */
public record Finding(
        String rule,
        Severity severity,
        @Nullable Integer year,
        @Nullable UUID initiativeId,
        @Nullable UUID costLineId,
        String messageKey,
        List<Object> arguments) {

    public enum Severity {
        /** Breaks a pool or budget rule: the plan cannot be approved like this. */
        VIOLATION,
        /** Worth a look: legal, but risky or unusual. */
        WARNING;

        public String labelKey() {
            return "plan.severity." + name();
        }
    }

    public boolean violation() {
        return severity == Severity.VIOLATION;
    }
}
