package dk.loeft.plan.projection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Where the projection starts: the kommune's pedagogical and educated FTE (dagtilbud) measured on a date. */
public record Baseline(LocalDate date, BigDecimal pedagogicalFte, BigDecimal educatedFte) {

    public Baseline {
        if (educatedFte.signum() < 0 || educatedFte.compareTo(pedagogicalFte) > 0) {
            throw new IllegalArgumentException("Educated FTE lie between 0 and the pedagogical FTE");
        }
    }

    public @Nullable BigDecimal share() {
        return CoverageProjection.share(educatedFte, pedagogicalFte);
    }

    static BigDecimal fte(BigDecimal value) {
        return value.setScale(CoverageProjection.FTE_SCALE, RoundingMode.HALF_UP);
    }
}
