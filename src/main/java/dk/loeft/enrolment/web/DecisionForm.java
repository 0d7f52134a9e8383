package dk.loeft.enrolment.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A stage's decision on an application: approve or refuse (with a reason), and the forvaltning's own-budget reason. */
record DecisionForm(
        int version,

        @NotNull(message = "{enrolment.application.error.decision}") @Nullable
        Boolean approve,

        @Size(max = 1000, message = "{enrolment.application.error.reasonLength}") @Nullable
        String reason,

        @Size(max = 1000, message = "{enrolment.application.error.reasonLength}") @Nullable
        String ownBudgetReason) {}
