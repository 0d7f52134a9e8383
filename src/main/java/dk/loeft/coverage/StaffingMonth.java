package dk.loeft.coverage;

import dk.loeft.institution.InstitutionKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One dagtilbud in one month: its children (full-time converted) and its pedagogical staff on the
 * measuring date. A daginstitution is held against {@link MinimumStaffing}; a dagpleje is not, and
 * shows children per dagplejer instead.
 */
public record StaffingMonth(
        UUID institutionId,
        String number,
        String name,
        InstitutionKind kind,
        YearMonth month,
        LocalDate measuredOn,
        BigDecimal children02,
        BigDecimal children35,
        BigDecimal pedagogicalHours,
        int dagplejere) {

    public boolean subjectToRatio() {
        return kind.isDaycareCentre();
    }

    public BigDecimal children() {
        return children02.add(children35);
    }

    public BigDecimal requiredFte() {
        return MinimumStaffing.requiredFte(children02, children35);
    }

    public BigDecimal actualFte() {
        return EducationCoverage.fte(pedagogicalHours);
    }

    public BigDecimal margin() {
        return MinimumStaffing.margin(actualFte(), requiredFte());
    }

    /** Short-staffed: a daginstitution whose actual pedagogical FTE is below the required. */
    public boolean isShort() {
        return subjectToRatio() && MinimumStaffing.isShort(actualFte(), requiredFte());
    }

    /** For dagpleje: children per dagplejer (head count), or null without dagplejere. */
    public @Nullable BigDecimal childrenPerDagplejer() {
        return dagplejere == 0 ? null : children().divide(BigDecimal.valueOf(dagplejere), 2, RoundingMode.HALF_UP);
    }
}
