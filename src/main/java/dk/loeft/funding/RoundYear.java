package dk.loeft.funding;

import dk.loeft.platform.RuleViolationException;
import org.springframework.data.relational.core.mapping.Table;

/** The money of one year of a round (in øre, whole kroner): the yearly amount and a one-off lift on top. */
@Table("round_year")
public record RoundYear(int year, long amountOere, long oneOffOere) {

    public RoundYear {
        if (amountOere < 0 || oneOffOere < 0 || amountOere % 100 != 0 || oneOffOere % 100 != 0) {
            throw new RuleViolationException("funding.round.error.amount", year);
        }
    }

    /** What is allocated for the year: the amount plus the one-off lift. */
    public long totalOere() {
        return amountOere + oneOffOere;
    }
}
