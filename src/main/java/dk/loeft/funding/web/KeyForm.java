package dk.loeft.funding.web;

import dk.loeft.funding.KeyDetails;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What the ministry states about a key file it uploads. */
record KeyForm(
        @Nullable @NotBlank(message = "{funding.key.form.name.required}") @Size(max = 200)
        String name,

        @Nullable @NotNull(message = "{funding.round.form.number.required}") @Min(0) @Max(18)
        Integer ageFrom,

        @Nullable @NotNull(message = "{funding.round.form.number.required}") @Min(0) @Max(18)
        Integer ageTo,

        @Nullable @NotNull(message = "{funding.round.form.number.required}") @Min(2000) @Max(2100)
        Integer referenceYear,

        @Nullable @NotBlank(message = "{funding.key.form.source.required}") @Size(max = 1000)
        String source) {

    static KeyForm empty() {
        return new KeyForm(null, 0, 5, null, null);
    }

    /** Only called on a valid form. */
    KeyDetails details() {
        return new KeyDetails(
                String.valueOf(name),
                java.util.Objects.requireNonNull(ageFrom),
                java.util.Objects.requireNonNull(ageTo),
                java.util.Objects.requireNonNull(referenceYear),
                String.valueOf(source));
    }
}
