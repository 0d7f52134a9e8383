package dk.loeft.institution.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new area of the caller's kommune. */
record AreaRequest(
        @NotBlank(message = "{api.validation.required}") @Size(max = 100, message = "{api.validation.size.max}")
        String name) {}
