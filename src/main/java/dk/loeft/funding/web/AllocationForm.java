package dk.loeft.funding.web;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A new allocation: which round, which key, and which of the round's years. */
record AllocationForm(
        @Nullable @NotNull(message = "{funding.allocation.form.round.required}")
        UUID roundId,

        @Nullable @NotNull(message = "{funding.allocation.form.key.required}")
        UUID keyId,

        @Nullable @NotNull(message = "{funding.round.form.number.required}")
        Integer firstYear,

        @Nullable @NotNull(message = "{funding.round.form.number.required}")
        Integer lastYear) {}
