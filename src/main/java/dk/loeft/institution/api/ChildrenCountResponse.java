package dk.loeft.institution.api;

import dk.loeft.institution.ChildrenCount;
import java.math.BigDecimal;
import java.time.YearMonth;

/** Children enrolled in a month, full-time converted, in the age bands 0-2 and 3-5 years. */
record ChildrenCountResponse(YearMonth month, BigDecimal children02, BigDecimal children35, int version) {

    static ChildrenCountResponse of(ChildrenCount count) {
        return new ChildrenCountResponse(
                YearMonth.from(count.month()), count.children02(), count.children35(), count.version());
    }
}
