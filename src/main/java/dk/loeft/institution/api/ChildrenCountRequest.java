package dk.loeft.institution.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The children of one month. {@code version}: the version of the month's count the caller read,
 * or left out when the month had none; if someone recorded or changed it since, the answer is 409.
 */
record ChildrenCountRequest(
        @NotNull(message = "{api.validation.required}")
        @DecimalMin(value = "0", message = "{api.validation.notnegative}")
        @Digits(integer = 6, fraction = 2, message = "{api.validation.children.digits}")
        BigDecimal children02,

        @NotNull(message = "{api.validation.required}")
        @DecimalMin(value = "0", message = "{api.validation.notnegative}")
        @Digits(integer = 6, fraction = 2, message = "{api.validation.children.digits}")
        BigDecimal children35,

        @Nullable Integer version) {}
