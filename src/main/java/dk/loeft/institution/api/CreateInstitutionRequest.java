package dk.loeft.institution.api;

import dk.loeft.institution.InstitutionDetails;
import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.Ownership;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A new institution of the caller's kommune, with the kommune's own institution number. */
record CreateInstitutionRequest(
        @NotBlank(message = "{api.validation.required}") @Size(max = 20, message = "{api.validation.size.max}")
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
