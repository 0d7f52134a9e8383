package dk.loeft.plan.web;

import dk.loeft.plan.ApprovingBody;
import dk.loeft.plan.CostType;
import dk.loeft.plan.CoverageGoal;
import dk.loeft.plan.InitiativeKind;
import dk.loeft.staff.StaffRole;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The plan's forms, each with the lock ({@code version}) of the plan version it was read from. */
final class PlanForms {

    private PlanForms() {}

    record TextsForm(
            @NotBlank(message = "{plans.form.title.required}") @Size(max = 300, message = "{plans.form.size}") @Nullable
            String title,

            @NotNull(message = "{plans.form.firstYear.required}") @Nullable
            Integer firstYear,

            @NotNull(message = "{plans.form.lastYear.required}") @Nullable
            Integer lastYear,

            @Size(max = 10000, message = "{plans.form.size}") @Nullable
            String background,

            @Size(max = 10000, message = "{plans.form.size}") @Nullable
            String involvement,

            @Size(max = 10000, message = "{plans.form.size}") @Nullable
            String evaluation,

            @Nullable Integer version) {}

    record GoalForm(
            @NotBlank(message = "{plans.form.scope.required}") @Nullable
            String scope,

            @NotNull(message = "{plans.form.goalKind.required}")
            CoverageGoal.@Nullable Kind kind,

            @NotBlank(message = "{plans.form.goalValue.required}") @Nullable
            String value,

            @NotNull(message = "{plans.form.goalYear.required}") @Nullable
            Integer year,

            @Nullable Integer version) {}

    record InitiativeForm(
            @NotBlank(message = "{plans.form.name.required}") @Size(max = 300, message = "{plans.form.size}") @Nullable
            String name,

            @NotNull(message = "{plans.form.kind.required}") @Nullable
            InitiativeKind kind,

            boolean informal,

            @Size(max = 300, message = "{plans.form.size}") @Nullable
            String targetGroup,

            @Nullable Set<StaffRole> targetRoles,

            @Size(max = 300, message = "{plans.form.size}") @Nullable
            String provider,

            @NotNull(message = "{plans.form.start.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate start,

            @NotNull(message = "{plans.form.end.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate end,

            @NotNull(message = "{plans.form.months.required}")
            @Min(value = 1, message = "{plans.form.months.range}")
            @Max(value = 120, message = "{plans.form.months.range}")
            @Nullable
            Integer months,

            @Nullable List<String> seats,

            @Size(max = 5000, message = "{plans.form.size}") @Nullable
            String description,

            boolean suggestedLines,

            @Nullable Integer version) {}

    record LineForm(
            @NotNull(message = "{plans.form.year.required}") @Nullable
            Integer year,

            @NotNull(message = "{plans.form.costType.required}") @Nullable
            CostType type,

            @NotBlank(message = "{plans.form.text.required}") @Size(max = 300, message = "{plans.form.size}") @Nullable
            String text,

            @NotBlank(message = "{plans.form.quantity.required}") @Nullable
            String quantity,

            @NotBlank(message = "{plans.form.unitPrice.required}") @Nullable
            String unitPrice,

            @NotBlank(message = "{plans.form.source.required}") @Nullable
            String source,

            @Size(max = 200, message = "{plans.form.size}") @Nullable
            String fundName,

            @Nullable String initiativeId,

            @Nullable Integer version) {}

    record ApprovalForm(
            @NotNull(message = "{plans.form.body.required}") @Nullable
            ApprovingBody body,

            @Size(max = 200, message = "{plans.form.size}") @Nullable
            String bodyName,

            @NotNull(message = "{plans.form.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate date,

            @NotBlank(message = "{plans.form.reference.required}")
            @Size(max = 200, message = "{plans.form.size}")
            @Nullable
            String reference,

            @Nullable Integer version) {}
}
