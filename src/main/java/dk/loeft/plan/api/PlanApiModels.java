package dk.loeft.plan.api;

import dk.loeft.plan.ApprovingBody;
import dk.loeft.plan.CostType;
import dk.loeft.plan.Finding;
import dk.loeft.plan.FundingSourceKind;
import dk.loeft.plan.PlanBudget;
import dk.loeft.plan.PlanContent;
import dk.loeft.staff.StaffRole;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Requests and responses of the plan API. Requests carry the version's lock ({@code version});
 * their fields are checked by the service after the plan is found, so a missing field is a 422
 * with a Danish message and another kommune's plan is a 404 whatever the body says.
 */
final class PlanApiModels {

    private PlanApiModels() {}

    /** A plan version, with what the rules find in it and its budget table; {@code version} is the lock for edits. */
    record PlanResponse(
            PlanContent content,
            int version,
            String changedBy,
            Instant changedAt,
            List<FindingResponse> findings,
            PlanBudget budget) {}

    /** A rule's finding with its Danish text. */
    record FindingResponse(
            String rule,
            Finding.Severity severity,
            @Nullable Integer year,
            @Nullable UUID initiativeId,
            @Nullable UUID costLineId,
            String messageKey,
            String message) {}

    record TextsRequest(
            @Nullable Integer version,
            @Nullable String title,
            @Nullable Integer firstYear,
            @Nullable Integer lastYear,
            @Nullable String background,
            @Nullable String involvement,
            @Nullable String evaluation) {}

    record GoalRequest(
            @Nullable Integer version,
            dk.loeft.plan.CoverageGoal.@Nullable Scope scope,
            @Nullable UUID scopeId,
            dk.loeft.plan.CoverageGoal.@Nullable Kind goalKind,
            @Nullable BigDecimal value,
            @Nullable Integer year) {}

    record InitiativeRequest(
            @Nullable Integer version,
            @Nullable String name,
            @Nullable String initiativeKind,
            @Nullable Boolean informal,
            @Nullable String targetGroup,
            @Nullable Set<StaffRole> targetRoles,
            @Nullable String provider,
            @Nullable LocalDate start,
            @Nullable LocalDate end,
            @Nullable Integer monthsPerParticipant,
            @Nullable Map<Integer, Integer> intakePerYear,
            @Nullable String description,
            @Nullable Boolean suggestedLines) {}

    record CostLineRequest(
            @Nullable Integer version,
            @Nullable UUID initiativeId,
            @Nullable Integer year,
            @Nullable CostType costType,
            @Nullable String text,
            @Nullable BigDecimal quantity,
            @Nullable Long unitPriceOere,
            @Nullable FundingSourceKind sourceKind,
            @Nullable UUID roundId,
            @Nullable String fundName) {}

    record LockRequest(@Nullable Integer version) {}

    record ApprovalRequest(
            @Nullable Integer version,
            @Nullable ApprovingBody body,
            @Nullable String bodyName,
            @Nullable LocalDate date,
            @Nullable String reference) {}

    record Created(UUID id) {}
}
