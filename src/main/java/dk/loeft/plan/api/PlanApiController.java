package dk.loeft.plan.api;

import dk.loeft.plan.Approval;
import dk.loeft.plan.CoverageGoal;
import dk.loeft.plan.InitiativeKind;
import dk.loeft.plan.PlanChanges;
import dk.loeft.plan.PlanContent;
import dk.loeft.plan.PlanListItem;
import dk.loeft.plan.PlanVersionState;
import dk.loeft.plan.PlanVersionSummary;
import dk.loeft.plan.PlannedInitiative;
import dk.loeft.plan.Plans;
import dk.loeft.plan.api.PlanApiModels.ApprovalRequest;
import dk.loeft.plan.api.PlanApiModels.CostLineRequest;
import dk.loeft.plan.api.PlanApiModels.Created;
import dk.loeft.plan.api.PlanApiModels.FindingResponse;
import dk.loeft.plan.api.PlanApiModels.GoalRequest;
import dk.loeft.plan.api.PlanApiModels.InitiativeRequest;
import dk.loeft.plan.api.PlanApiModels.LockRequest;
import dk.loeft.plan.api.PlanApiModels.PlanResponse;
import dk.loeft.plan.api.PlanApiModels.TextsRequest;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.tenancy.Tenancy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Planer",
        description = "Lokale opkvalificeringsplaner: versioner, indsatser, budget, regler og godkendelse")
class PlanApiController {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private final Plans plans;
    private final MessageSource messages;

    PlanApiController(Plans plans, MessageSource messages) {
        this.plans = plans;
        this.messages = messages;
    }

    @GetMapping("/api/v1/plans")
    @Operation(summary = "Kommunens planer (ministeriet: alle, eller én kommune med ?kommune=)")
    List<PlanListItem> list(@RequestParam(required = false) @Nullable Integer kommune) {
        return plans.list(kommune);
    }

    @PostMapping("/api/v1/plans")
    @Operation(summary = "Opret en plan som kladde (forvaltningen)")
    ResponseEntity<PlanResponse> create(@RequestBody TextsRequest request) {
        LoeftUser user = Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
        if (user.isNational()) {
            throw new AccessDeniedException("Ministeriet opretter ikke planer");
        }
        UUID planId = plans.create(user.kommuneCode(), texts(request));
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId)).body(response(plans.current(planId)));
    }

    @GetMapping("/api/v1/plans/{planId}")
    @Operation(summary = "Planens seneste version med reglernes fund og budgettet")
    PlanResponse current(@PathVariable UUID planId) {
        return response(plans.current(planId));
    }

    @GetMapping("/api/v1/plans/{planId}/versions")
    @Operation(summary = "Planens versioner, nyeste først")
    List<PlanVersionSummary> versions(@PathVariable UUID planId) {
        return plans.history(planId);
    }

    @GetMapping("/api/v1/plans/{planId}/versions/{versionNo}")
    @Operation(summary = "Én version af planen med fund og budget")
    PlanResponse version(@PathVariable UUID planId, @PathVariable int versionNo) {
        return response(plans.state(planId, versionNo));
    }

    @GetMapping("/api/v1/plans/{planId}/changes")
    @Operation(summary = "Hvad er ændret fra én version til en anden")
    PlanChanges changes(
            @PathVariable UUID planId,
            @RequestParam(required = false) @Nullable Integer from,
            @RequestParam(required = false) @Nullable Integer to) {
        int toNo = to != null ? to : plans.current(planId).content().versionNo();
        return plans.changes(planId, from != null ? from : Math.max(1, toNo - 1), toNo);
    }

    @PutMapping("/api/v1/plans/{planId}/texts")
    @Operation(summary = "Ret titel, planperiode og tekster i en kladde")
    PlanResponse texts(@PathVariable UUID planId, @RequestBody TextsRequest request) {
        plans.editable(planId, false);
        plans.changeTexts(planId, lock(request.version()), texts(request));
        return response(plans.current(planId));
    }

    @PostMapping("/api/v1/plans/{planId}/goals")
    @Operation(summary = "Tilføj et mål for uddannelsesdækning")
    PlanResponse addGoal(@PathVariable UUID planId, @RequestBody GoalRequest request) {
        plans.editable(planId, false);
        plans.addGoal(
                planId,
                lock(request.version()),
                new CoverageGoal(
                        required(request.scope(), "scope"),
                        request.scopeId(),
                        "",
                        required(request.goalKind(), "goalKind"),
                        required(request.value(), "value"),
                        required(request.year(), "year")));
        return response(plans.current(planId));
    }

    @DeleteMapping("/api/v1/plans/{planId}/goals/{goalIndex}")
    @Operation(summary = "Fjern målet på plads goalIndex (0 er det første)")
    PlanResponse removeGoal(
            @PathVariable UUID planId,
            @PathVariable int goalIndex,
            @RequestParam(required = false) @Nullable Integer version) {
        plans.editable(planId, false);
        plans.removeGoal(planId, lock(version), goalIndex);
        return response(plans.current(planId));
    }

    @PostMapping("/api/v1/plans/{planId}/initiatives")
    @Operation(summary = "Tilføj en indsats (suggestedLines: typens foreslåede omkostningslinjer)")
    ResponseEntity<Created> addInitiative(@PathVariable UUID planId, @RequestBody InitiativeRequest request) {
        plans.editable(planId, false);
        UUID id = plans.saveInitiative(
                planId,
                lock(request.version()),
                initiative(UUID.randomUUID(), request),
                Boolean.TRUE.equals(request.suggestedLines()));
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId)).body(new Created(id));
    }

    @PutMapping("/api/v1/plans/{planId}/initiatives/{initiativeId}")
    @Operation(summary = "Ret en indsats (dens omkostningslinjer beholdes)")
    PlanResponse changeInitiative(
            @PathVariable UUID planId, @PathVariable UUID initiativeId, @RequestBody InitiativeRequest request) {
        PlanVersionState state = plans.editable(planId, false);
        if (state.content().initiatives().stream().noneMatch(i -> i.id().equals(initiativeId))) {
            throw new dk.loeft.platform.NotFoundException();
        }
        plans.saveInitiative(planId, lock(request.version()), initiative(initiativeId, request), false);
        return response(plans.current(planId));
    }

    @DeleteMapping("/api/v1/plans/{planId}/initiatives/{initiativeId}")
    @Operation(summary = "Fjern en indsats med dens omkostningslinjer")
    PlanResponse removeInitiative(
            @PathVariable UUID planId,
            @PathVariable UUID initiativeId,
            @RequestParam(required = false) @Nullable Integer version) {
        plans.editable(planId, false);
        plans.removeInitiative(planId, lock(version), initiativeId);
        return response(plans.current(planId));
    }

    @PostMapping("/api/v1/plans/{planId}/cost-lines")
    @Operation(summary = "Tilføj en omkostningslinje til en indsats (initiativeId) eller som fælles udgift")
    ResponseEntity<Created> addLine(@PathVariable UUID planId, @RequestBody CostLineRequest request) {
        plans.editable(planId, true);
        UUID id = plans.saveCostLine(planId, lock(request.version()), request.initiativeId(), null, line(request));
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId)).body(new Created(id));
    }

    @PutMapping("/api/v1/plans/{planId}/cost-lines/{lineId}")
    @Operation(summary = "Ret en omkostningslinje")
    PlanResponse changeLine(
            @PathVariable UUID planId, @PathVariable UUID lineId, @RequestBody CostLineRequest request) {
        PlanVersionState state = plans.editable(planId, true);
        UUID owner = state.content().initiatives().stream()
                .filter(i -> i.costs().stream().anyMatch(l -> l.id().equals(lineId)))
                .map(PlannedInitiative::id)
                .findFirst()
                .orElse(null);
        plans.saveCostLine(planId, lock(request.version()), owner, lineId, line(request));
        return response(plans.current(planId));
    }

    @DeleteMapping("/api/v1/plans/{planId}/cost-lines/{lineId}")
    @Operation(summary = "Fjern en omkostningslinje")
    PlanResponse removeLine(
            @PathVariable UUID planId,
            @PathVariable UUID lineId,
            @RequestParam(required = false) @Nullable Integer version) {
        plans.editable(planId, true);
        plans.removeCostLine(planId, lock(version), lineId);
        return response(plans.current(planId));
    }

    @PostMapping("/api/v1/plans/{planId}/submit")
    @Operation(summary = "Indsend kladden til politisk godkendelse (afvises ved overtrædelser)")
    PlanResponse submit(@PathVariable UUID planId, @RequestBody(required = false) @Nullable LockRequest request) {
        plans.editable(planId, false);
        plans.submit(planId, lock(request == null ? null : request.version()));
        return response(plans.current(planId));
    }

    @PostMapping("/api/v1/plans/{planId}/withdraw")
    @Operation(summary = "Træk en indsendt version tilbage til kladde")
    PlanResponse withdraw(@PathVariable UUID planId, @RequestBody(required = false) @Nullable LockRequest request) {
        plans.editable(planId, false);
        plans.withdraw(planId, lock(request == null ? null : request.version()));
        return response(plans.current(planId));
    }

    @PostMapping("/api/v1/plans/{planId}/approve")
    @Operation(summary = "Registrér den politiske godkendelse; versionen låses, og den tidligere godkendte erstattes")
    PlanResponse approve(@PathVariable UUID planId, @RequestBody ApprovalRequest request) {
        plans.editable(planId, false);
        plans.approve(
                planId,
                lock(request.version()),
                new Approval(
                        required(request.body(), "body"),
                        request.bodyName() == null ? "" : request.bodyName(),
                        required(request.date(), "date"),
                        request.reference() == null ? "" : request.reference()));
        return response(plans.current(planId));
    }

    @PostMapping("/api/v1/plans/{planId}/revise")
    @Operation(summary = "Start en revision: en ny kladde kopieret fra den godkendte version")
    ResponseEntity<PlanResponse> revise(
            @PathVariable UUID planId, @RequestBody(required = false) @Nullable LockRequest request) {
        plans.editable(planId, false);
        int versionNo = plans.revise(planId, lock(request == null ? null : request.version()));
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/versions/" + versionNo))
                .body(response(plans.current(planId)));
    }

    private PlanResponse response(PlanVersionState state) {
        PlanContent content = state.content();
        List<FindingResponse> findings = plans.findings(content).stream()
                .map(f -> new FindingResponse(
                        f.rule(),
                        f.severity(),
                        f.year(),
                        f.initiativeId(),
                        f.costLineId(),
                        f.messageKey(),
                        messages.getMessage(f.messageKey(), f.arguments().toArray(), f.messageKey(), DANISH)))
                .toList();
        return new PlanResponse(
                content, state.lock(), state.changedBy(), state.changedAt(), findings, plans.budget(content));
    }

    private static Plans.Texts texts(TextsRequest r) {
        return new Plans.Texts(
                required(r.title(), "title"),
                required(r.firstYear(), "firstYear"),
                required(r.lastYear(), "lastYear"),
                Objects.requireNonNullElse(r.background(), ""),
                Objects.requireNonNullElse(r.involvement(), ""),
                Objects.requireNonNullElse(r.evaluation(), ""));
    }

    private static PlannedInitiative initiative(UUID id, InitiativeRequest r) {
        InitiativeKind kind;
        try {
            kind = InitiativeKind.valueOf(required(r.initiativeKind(), "initiativeKind"));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("plans.api.kind", String.valueOf(r.initiativeKind()));
        }
        return new PlannedInitiative(
                id,
                required(r.name(), "name"),
                kind,
                r.informal() != null ? r.informal() : kind.informalByDefault(),
                Objects.requireNonNullElse(r.targetGroup(), ""),
                r.targetRoles() == null ? Set.of() : Set.copyOf(r.targetRoles()),
                Objects.requireNonNullElse(r.provider(), ""),
                required(r.start(), "start"),
                required(r.end(), "end"),
                r.monthsPerParticipant() != null ? r.monthsPerParticipant() : kind.typicalMonths(),
                r.intakePerYear() == null ? new TreeMap<>() : new TreeMap<>(r.intakePerYear()),
                Objects.requireNonNullElse(r.description(), ""),
                List.of());
    }

    private static Plans.LineInput line(CostLineRequest r) {
        return new Plans.LineInput(
                required(r.year(), "year"),
                required(r.costType(), "costType"),
                required(r.text(), "text"),
                required(r.quantity(), "quantity"),
                required(r.unitPriceOere(), "unitPriceOere"),
                required(r.sourceKind(), "sourceKind"),
                r.roundId(),
                r.fundName());
    }

    private static int lock(@Nullable Integer version) {
        return required(version, "version");
    }

    private static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw new RuleViolationException("plans.api.missing", field);
        }
        return value;
    }
}
