package dk.loeft.plan.candidates.web;

import dk.loeft.plan.InitiativeKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Nominating one person from the list, with the list's choices to return to. */
record NominationForm(
        @NotNull @Nullable UUID staffId,
        @NotNull @Nullable InitiativeKind spor,

        @Size(max = 500, message = "{plan.candidate.error.note}") @Nullable
        String note,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate dato,

        @Nullable Boolean alle,
        @Nullable Integer side,
        @Nullable UUID indsats) {}
