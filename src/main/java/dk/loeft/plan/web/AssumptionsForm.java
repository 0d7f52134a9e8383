package dk.loeft.plan.web;

import dk.loeft.plan.projection.ProjectionAssumptions;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.NumberFormat;

/** The projection's assumptions as the user types them: percentages with Danish decimals; empty means the default. */
record AssumptionsForm(
        @DecimalMin(value = "0", message = "{plan.projection.field.range}")
        @DecimalMax(value = "100", message = "{plan.projection.field.range}")
        @Digits(integer = 3, fraction = 2, message = "{plan.projection.field.range}")
        @NumberFormat(style = NumberFormat.Style.NUMBER)
        @Nullable
        BigDecimal completionRate,

        @DecimalMin(value = "0", message = "{plan.projection.field.range}")
        @DecimalMax(value = "100", message = "{plan.projection.field.range}")
        @Digits(integer = 3, fraction = 2, message = "{plan.projection.field.range}")
        @NumberFormat(style = NumberFormat.Style.NUMBER)
        @Nullable
        BigDecimal ftePerParticipant,

        @DecimalMin(value = "0", message = "{plan.projection.field.range}")
        @DecimalMax(value = "100", message = "{plan.projection.field.range}")
        @Digits(integer = 3, fraction = 2, message = "{plan.projection.field.range}")
        @NumberFormat(style = NumberFormat.Style.NUMBER)
        @Nullable
        BigDecimal turnoverRate,

        @DecimalMin(value = "0", message = "{plan.projection.field.range}")
        @DecimalMax(value = "100", message = "{plan.projection.field.range}")
        @Digits(integer = 3, fraction = 2, message = "{plan.projection.field.range}")
        @NumberFormat(style = NumberFormat.Style.NUMBER)
        @Nullable
        BigDecimal educatedHireShare) {

    /** The form showing these assumptions. */
    static AssumptionsForm of(ProjectionAssumptions a) {
        return new AssumptionsForm(
                percent(a.completionRate()),
                percent(a.ftePerParticipant()),
                percent(a.turnoverRate()),
                percent(a.educatedHireShare()));
    }

    /** The assumptions typed, the default for each one left empty. */
    ProjectionAssumptions assumptions() {
        ProjectionAssumptions d = ProjectionAssumptions.DEFAULTS;
        return new ProjectionAssumptions(
                fraction(ftePerParticipant, d.ftePerParticipant()),
                fraction(completionRate, d.completionRate()),
                fraction(turnoverRate, d.turnoverRate()),
                fraction(educatedHireShare, d.educatedHireShare()));
    }

    private static BigDecimal percent(BigDecimal fraction) {
        BigDecimal percent = fraction.movePointRight(2).stripTrailingZeros();
        return percent.scale() < 0 ? percent.setScale(0) : percent;
    }

    private static BigDecimal fraction(@Nullable BigDecimal percent, BigDecimal fallback) {
        return percent == null ? fallback : percent.movePointLeft(2).setScale(4, RoundingMode.HALF_UP);
    }
}
