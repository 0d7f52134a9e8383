package dk.loeft.plan.candidates.api;

import dk.loeft.plan.InitiativeKind;
import dk.loeft.plan.candidates.Candidate;
import dk.loeft.plan.candidates.Candidates;
import dk.loeft.plan.candidates.Condition;
import dk.loeft.plan.candidates.Nomination;
import dk.loeft.plan.candidates.NominationView;
import dk.loeft.platform.Paged;
import dk.loeft.platform.web.DanishFormat;
import dk.loeft.staff.StaffRole;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Candidates for a track on a date, and nominations: the same lists and rules as /planer/kandidater. */
@RestController
@Tag(name = "Kandidater", description = "Medarbejdere, der kan starte på et forløb, og indstillinger")
class CandidatesApiController {

    private final Candidates candidates;
    private final MessageSource messages;

    CandidatesApiController(Candidates candidates, MessageSource messages) {
        this.candidates = candidates;
        this.messages = messages;
    }

    @GetMapping("/api/v1/candidates")
    @Operation(
            summary = "Medarbejdere, der kan starte på forløbet på datoen (standard i dag), institutioner længst under"
                    + " målet først; med all=true også dem, der ikke opfylder betingelserne")
    Paged<CandidateResponse> candidates(
            @RequestParam InitiativeKind track,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @RequestParam(defaultValue = "false") boolean all,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        LocalDate on = date == null ? candidates.today() : date;
        return candidates
                .candidates(track, on, !all, new Paged.Request(page, size))
                .map(c -> CandidateResponse.of(c, this::text));
    }

    @GetMapping("/api/v1/nominations")
    @Operation(summary = "De aktuelle indstillinger, som brugeren må se")
    List<NominationView> nominations() {
        return candidates.nominations();
    }

    @PostMapping("/api/v1/nominations")
    @Operation(summary = "Indstil en medarbejder til et forløb (forvaltning: kommunen; leder: egne institutioner)")
    ResponseEntity<NominationResponse> nominate(@Valid @RequestBody NominationRequest request) {
        Nomination saved =
                candidates.nominate(request.staffId(), request.track(), request.initiativeId(), request.note());
        return ResponseEntity.created(URI.create("/api/v1/nominations/" + saved.id()))
                .body(NominationResponse.of(saved));
    }

    @PostMapping("/api/v1/nominations/{nominationId}/withdrawal")
    @Operation(summary = "Træk en indstilling tilbage; version skal være den læste")
    NominationResponse withdraw(@PathVariable UUID nominationId, @Valid @RequestBody WithdrawalRequest request) {
        return NominationResponse.of(candidates.withdraw(nominationId, request.version()));
    }

    private String text(Condition condition) {
        return messages.getMessage(condition.messageKey(), condition.arguments().toArray(), DanishFormat.DANISH);
    }

    /** A candidate with each condition met or not, as Danish text. */
    record CandidateResponse(
            UUID staffId,
            String employeeNumber,
            String name,
            StaffRole role,
            int age,
            int experienceMonths,
            UUID institutionId,
            String institutionName,
            @Nullable BigDecimal coverage,
            BigDecimal gap,
            boolean eligible,
            List<ConditionResponse> conditions,
            @Nullable UUID nominationId) {

        static CandidateResponse of(Candidate c, java.util.function.Function<Condition, String> text) {
            return new CandidateResponse(
                    c.staffId(),
                    c.employeeNumber(),
                    c.name(),
                    c.role(),
                    c.age(),
                    c.experienceMonths(),
                    c.institutionId(),
                    c.institutionName(),
                    c.coverage(),
                    c.gap(),
                    c.eligibility().eligible(),
                    c.eligibility().conditions().stream()
                            .map(cond -> new ConditionResponse(cond.messageKey(), cond.met(), text.apply(cond)))
                            .toList(),
                    c.nominationId());
        }
    }

    record ConditionResponse(String key, boolean met, String text) {}

    record NominationRequest(
            @NotNull UUID staffId,
            @NotNull InitiativeKind track,
            @Nullable UUID initiativeId,
            @Size(max = 500) @Nullable String note) {}

    record WithdrawalRequest(@NotNull Integer version) {}

    record NominationResponse(
            UUID id,
            UUID staffId,
            InitiativeKind track,
            @Nullable UUID initiativeId,
            @Nullable String note,
            Nomination.Status status,
            String nominatedBy,
            Instant nominatedAt,
            @Nullable String withdrawnBy,
            @Nullable Instant withdrawnAt,
            int version) {

        static NominationResponse of(Nomination n) {
            return new NominationResponse(
                    n.id(),
                    n.staffMember(),
                    n.track(),
                    n.initiative(),
                    n.note(),
                    n.status(),
                    n.nominatedBy(),
                    n.nominatedAt(),
                    n.withdrawnBy(),
                    n.withdrawnAt(),
                    n.version());
        }
    }
}
