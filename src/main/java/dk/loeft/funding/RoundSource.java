package dk.loeft.funding;

import dk.loeft.platform.RuleViolationException;
import org.springframework.data.relational.core.mapping.Table;

/** Where one value of a round comes from (kilde): the round's field, how sure it is and the reference. */
@Table("round_source")
public record RoundSource(String field, SourceStatus status, String reference) {

    /** The fields a round documents, in the order its page shows them. */
    public static final java.util.List<String> FIELDS = java.util.List.of(
            "amounts",
            "oneOff",
            "key",
            "startWindow",
            "completionDeadline",
            "informalCap",
            "eligibleCosts",
            "wagesEligibleFrom",
            "substitutesEligibleFrom",
            "targetGroup",
            "priceLevel",
            "localPlan");

    public RoundSource {
        if (!FIELDS.contains(field)) {
            throw new IllegalArgumentException("Unknown round field " + field);
        }
        if (reference.isBlank()) {
            throw new RuleViolationException("funding.round.error.sourceReference", field);
        }
        reference = reference.trim();
    }
}
