package dk.loeft.enrolment.api;

import dk.loeft.enrolment.Application;
import dk.loeft.enrolment.ApplicationStatus;
import dk.loeft.enrolment.Applications;
import dk.loeft.enrolment.DecisionStage;
import dk.loeft.enrolment.EnrolmentOverview;
import dk.loeft.enrolment.Participation;
import dk.loeft.enrolment.Participations;
import dk.loeft.enrolment.Seats;
import dk.loeft.plan.candidates.Condition;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.web.DanishFormat;
import dk.loeft.staff.StaffService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Applications and participations: the same rules as the pages under /ansoegninger, /mig/kurser and /tilmelding. */
@RestController
@RequestMapping("/api/v1/enrolment")
@Tag(name = "Tilmelding", description = "Ansøgninger, afgørelser i to trin, pladser, venteliste og afbud")
class EnrolmentApiController {

    private final Applications applications;
    private final Seats seats;
    private final Participations participations;
    private final EnrolmentOverview overview;
    private final StaffService staff;
    private final MessageSource messages;

    EnrolmentApiController(
            Applications applications,
            Seats seats,
            Participations participations,
            EnrolmentOverview overview,
            StaffService staff,
            MessageSource messages) {
        this.applications = applications;
        this.seats = seats;
        this.participations = participations;
        this.overview = overview;
        this.staff = staff;
        this.messages = messages;
    }

    @PostMapping("/applications")
    @Operation(
            summary = "Søg om op til tre udbud i prioriteret rækkefølge (medarbejder: sig selv; leder: indstil en"
                    + " medarbejder; forvaltning: registrér)")
    ResponseEntity<ApplicationResponse> apply(@Valid @RequestBody ApplicationRequest request) {
        Application saved = applications.apply(request.staffId(), request.offeringIds(), request.motivation());
        return ResponseEntity.created(URI.create("/api/v1/enrolment/applications/" + saved.id()))
                .body(response(saved.id()));
    }

    @GetMapping("/applications/{applicationId}")
    @Operation(summary = "En ansøgning med ønsker, betingelser (opfyldt eller ej, med begrundelse) og pladser")
    ApplicationResponse application(@PathVariable UUID applicationId) {
        return response(applicationId);
    }

    @PostMapping("/applications/{applicationId}/decisions")
    @Operation(
            summary = "Afgør ansøgningen for et trin (LEADER, derefter ADMIN); afslag kræver begrundelse; forvaltningen"
                    + " kan godkende en ansøger uden for puljens målgruppe med ownBudgetReason; uden stage afgøres det"
                    + " trin, der venter på brugeren")
    ApplicationResponse decide(@PathVariable UUID applicationId, @Valid @RequestBody DecisionRequest request) {
        DecisionStage awaiting = applications.view(applicationId).mayDecide();
        DecisionStage stage = request.stage() == null ? awaiting : request.stage();
        if (stage == null) {
            throw new AccessDeniedException("Ikke din beslutning");
        }
        if (request.approve() == null) {
            throw new RuleViolationException("enrolment.application.error.decision");
        }
        applications.decide(
                applicationId,
                request.version(),
                stage,
                request.approve(),
                request.reason(),
                request.ownBudgetReason());
        return response(applicationId);
    }

    @PostMapping("/applications/{applicationId}/withdrawal")
    @Operation(summary = "Ansøgeren trækker en åben ansøgning tilbage; version skal være den læste")
    ApplicationResponse withdraw(@PathVariable UUID applicationId, @Valid @RequestBody VersionRequest request) {
        applications.withdraw(applicationId, request.version());
        return response(applicationId);
    }

    @GetMapping("/offerings/{offeringId}/participations")
    @Operation(summary = "Et udbuds deltagere (forvaltningen): først pladser, så ventelisten i kø-rækkefølge, så afbud")
    List<EnrolmentOverview.ParticipationRow> participantsOf(@PathVariable UUID offeringId) {
        return overview.participantsOf(offeringId);
    }

    @GetMapping("/staff/{staffId}/participations")
    @Operation(summary = "En persons deltagelser, nyeste først (personen selv, lederen eller forvaltningen)")
    List<Participation> participationsOf(@PathVariable UUID staffId) {
        return participations.ofPerson(staff.get(staffId).id());
    }

    @PostMapping("/participations/{participationId}/cancellation")
    @Operation(
            summary = "Meld afbud med begrundelse (personen, lederen eller forvaltningen); efter afbudsfristen markeres"
                    + " det som for sent; en fri plads går straks til den næste på ventelisten")
    CancellationResponse cancel(@PathVariable UUID participationId, @Valid @RequestBody CancellationRequest request) {
        Seats.Cancellation done = seats.cancel(participationId, request.version(), request.reason());
        return new CancellationResponse(done.cancelled(), done.promoted());
    }

    private ApplicationResponse response(UUID id) {
        Applications.ApplicationView view = applications.view(id);
        Application a = view.application();
        return new ApplicationResponse(
                a.id(),
                a.version(),
                a.staffMember(),
                view.personName(),
                a.institution(),
                view.institutionName(),
                a.status(),
                a.nominated(),
                a.motivation(),
                a.submittedBy(),
                a.submittedAt(),
                a.refusedStage(),
                a.refusalReason(),
                a.ownBudget(),
                a.ownBudgetReason(),
                view.inTargetGroup(),
                view.eligible(),
                view.choices().stream()
                        .map(c -> new ChoiceResponse(
                                c.priority(),
                                c.offering().id(),
                                c.offering().title(),
                                c.eligibility().eligible(),
                                c.eligibility().conditions().stream()
                                        .map(cond -> new ConditionResponse(cond.messageKey(), cond.met(), text(cond)))
                                        .toList()))
                        .toList(),
                view.seats().stream().map(Applications.Seat::participation).toList());
    }

    private String text(Condition condition) {
        return messages.getMessage(condition.messageKey(), condition.arguments().toArray(), DanishFormat.DANISH);
    }

    record ApplicationRequest(
            @NotNull UUID staffId,
            @NotEmpty @Size(max = Application.MAX_CHOICES) List<@NotNull UUID> offeringIds,
            @Nullable @Size(max = 2000) String motivation) {}

    record DecisionRequest(
            int version,
            @Nullable DecisionStage stage,
            @Nullable Boolean approve,
            @Nullable @Size(max = 1000) String reason,
            @Nullable @Size(max = 1000) String ownBudgetReason) {}

    record VersionRequest(int version) {}

    record CancellationRequest(
            int version, @Nullable @Size(max = 500) String reason) {}

    record ConditionResponse(String code, boolean met, String text) {}

    record ChoiceResponse(
            int priority, UUID offeringId, String title, boolean eligible, List<ConditionResponse> conditions) {}

    record ApplicationResponse(
            UUID id,
            int version,
            UUID staffId,
            String personName,
            @Nullable UUID institutionId,
            @Nullable String institutionName,
            ApplicationStatus status,
            boolean nominated,
            String motivation,
            String submittedBy,
            Instant submittedAt,
            @Nullable DecisionStage refusedStage,
            @Nullable String refusalReason,
            boolean ownBudget,
            @Nullable String ownBudgetReason,
            boolean inTargetGroup,
            boolean eligible,
            List<ChoiceResponse> choices,
            List<Participation> seats) {}

    record CancellationResponse(Participation cancelled, List<Participation> promoted) {}
}
