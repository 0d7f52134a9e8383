package dk.loeft.institution.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.NumberFormat;

/**
 * The children of one month (full-time converted, so decimals with a Danish comma). The version
 * is the one of the month's count when the form was shown, empty if the month had none.
 */
record ChildrenCountForm(
        @Nullable @NotNull(message = "{institution.children.form.month.required}")
        YearMonth month,

        @Nullable
        @NotNull(message = "{institution.children.form.count.required}")
        @DecimalMin(value = "0", message = "{institution.children.form.count.negative}")
        @DecimalMax(value = "9999", message = "{institution.children.form.count.max}")
        @Digits(integer = 4, fraction = 2, message = "{institution.children.form.count.digits}")
        @NumberFormat(pattern = "0.##")
        BigDecimal children02,

        @Nullable
        @NotNull(message = "{institution.children.form.count.required}")
        @DecimalMin(value = "0", message = "{institution.children.form.count.negative}")
        @DecimalMax(value = "9999", message = "{institution.children.form.count.max}")
        @Digits(integer = 4, fraction = 2, message = "{institution.children.form.count.digits}")
        @NumberFormat(pattern = "0.##")
        BigDecimal children35,

        @Nullable Integer version) {}
