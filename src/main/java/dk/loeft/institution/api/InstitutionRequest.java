package dk.loeft.institution.api;

import dk.loeft.institution.InstitutionDetails;
import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.Ownership;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An institution's facts as the API takes them. Creating one needs the kommune's own institution
 * {@code number}; changing one needs the {@code version} the caller last read (if someone changed it
 * since, the answer is 409), and a number sent with a change is ignored, unchecked: it never changes.
 */
record InstitutionRequest(
        @NotNull(groups = Update.class, message = "{api.validation.version}") @Nullable
        Integer version,

        @NotBlank(groups = Create.class, message = "{api.validation.required}")
        @Size(groups = Create.class, max = 20, message = "{api.validation.size.max}")
        @Nullable
        String number,

        @NotBlank(message = "{api.validation.required}") @Size(max = 200, message = "{api.validation.size.max}")
        String name,

        @NotNull(message = "{api.validation.required}") InstitutionKind kind,
        @NotNull(message = "{api.validation.required}") Ownership ownership,
        @Nullable UUID areaId,

        @Nullable @Size(max = 200, message = "{api.validation.size.max}")
        String street,

        @Nullable @Pattern(regexp = "\\d{4}", message = "{api.validation.postalcode}")
        String postalCode,

        @Nullable @Size(max = 100, message = "{api.validation.size.max}")
        String city) {

    /** The checks for a new institution. */
    interface Create extends Default {}

    /** The checks for a change to an existing one. */
    interface Update extends Default {}

    String requiredNumber() {
        return Objects.requireNonNull(number);
    }

    int requiredVersion() {
        return Objects.requireNonNull(version);
    }

    InstitutionDetails details() {
        return new InstitutionDetails(
                name,
                kind,
                ownership,
                areaId,
                Texts.blankToNull(street),
                Texts.blankToNull(postalCode),
                Texts.blankToNull(city));
    }
}
