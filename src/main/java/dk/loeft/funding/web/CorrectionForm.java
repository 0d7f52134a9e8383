package dk.loeft.funding.web;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Why a line is reversed (optional). */
record CorrectionForm(
        @Size(max = 200, message = "{ledger.form.text.size}") @Nullable
        String note) {}
