package dk.loeft.funding.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.NumberFormat;

/** One year of the price index as the ministry types it (Danish decimals), with the version it read. */
record PriceIndexForm(
        @NotNull(message = "{ledger.index.form.year.required}")
        @Min(value = 2000, message = "{ledger.index.form.year.range}")
        @Max(value = 2100, message = "{ledger.index.form.year.range}")
        @Nullable
        Integer year,

        @NotNull(message = "{ledger.index.form.value.required}")
        @DecimalMin(value = "0.001", message = "{ledger.index.value.range}")
        @DecimalMax(value = "99999.999", message = "{ledger.index.value.range}")
        @Digits(integer = 5, fraction = 3, message = "{ledger.index.value.range}")
        @NumberFormat(style = NumberFormat.Style.NUMBER)
        @Nullable
        BigDecimal value,

        @NotBlank(message = "{ledger.index.form.source.required}")
        @Size(max = 300, message = "{ledger.index.form.source.size}")
        @Nullable
        String source,

        @Nullable Integer version) {}
