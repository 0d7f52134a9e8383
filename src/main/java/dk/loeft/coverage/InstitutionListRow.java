package dk.loeft.coverage;

import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.Ownership;
import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of the institution list: staff and coverage today, and this month's staffing margin
 * where the institution is a daginstitution with a children count for the month.
 */
public record InstitutionListRow(
        UUID id,
        String number,
        String name,
        InstitutionKind kind,
        Ownership ownership,
        @Nullable String areaName,
        int staffCount,
        EducationCoverage coverage,
        @Nullable BigDecimal children02,
        @Nullable BigDecimal children35) {

    public @Nullable BigDecimal staffingMargin() {
        if (!kind.isDaycareCentre() || children02 == null || children35 == null) {
            return null;
        }
        return MinimumStaffing.margin(coverage.pedagogicalFte(), MinimumStaffing.requiredFte(children02, children35));
    }

    public boolean isShort() {
        BigDecimal margin = staffingMargin();
        return margin != null && margin.signum() < 0;
    }
}
