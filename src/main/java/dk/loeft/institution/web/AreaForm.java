package dk.loeft.institution.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The area form: a name, and the version when renaming. */
record AreaForm(
        @Nullable
        @NotBlank(message = "{institution.area.form.name.required}")
        @Size(max = 100, message = "{institution.area.form.name.size}")
        String name,

        @Nullable Integer version) {}
