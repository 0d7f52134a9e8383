package dk.loeft.institution.web;

import dk.loeft.institution.Institution;
import dk.loeft.institution.InstitutionDetails;
import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.Ownership;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The institution form: the number only when creating (it never changes), the version when editing. */
record InstitutionForm(
        @Nullable @Size(max = 20, message = "{institution.form.number.size}")
        String number,

        @Nullable
        @NotBlank(message = "{institution.form.name.required}")
        @Size(max = 200, message = "{institution.form.name.size}")
        String name,

        @Nullable @NotNull(message = "{institution.form.kind.required}")
        InstitutionKind kind,

        @Nullable @NotNull(message = "{institution.form.ownership.required}")
        Ownership ownership,

        @Nullable UUID areaId,

        @Nullable @Size(max = 200, message = "{institution.form.street.size}")
        String street,

        @Nullable @Pattern(regexp = "\\d{4}|", message = "{institution.form.postalcode.pattern}")
        String postalCode,

        @Nullable @Size(max = 100, message = "{institution.form.city.size}")
        String city,

        @Nullable Integer version) {

    static InstitutionForm empty() {
        return new InstitutionForm(null, null, null, Ownership.KOMMUNAL, null, null, null, null, null);
    }

    static InstitutionForm of(Institution i) {
        return new InstitutionForm(
                i.number(),
                i.name(),
                i.kind(),
                i.ownership(),
                i.areaId(),
                i.street(),
                i.postalCode(),
                i.city(),
                i.version());
    }

    /** Only called on a valid form: name, kind and ownership are set. */
    InstitutionDetails details() {
        return new InstitutionDetails(
                String.valueOf(name).trim(),
                java.util.Objects.requireNonNull(kind),
                java.util.Objects.requireNonNull(ownership),
                areaId,
                blankToNull(street),
                blankToNull(postalCode),
                blankToNull(city));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
