package dk.loeft.funding.api;

import dk.loeft.funding.Allocation;
import dk.loeft.funding.AllocationKeys;
import dk.loeft.funding.Allocations;
import dk.loeft.funding.FundingRounds;
import dk.loeft.funding.KeyDetails;
import dk.loeft.funding.KeyImportResult;
import dk.loeft.funding.api.FundingApiModels.AllocationRequest;
import dk.loeft.funding.api.FundingApiModels.AllocationResponse;
import dk.loeft.funding.api.FundingApiModels.GrantResponse;
import dk.loeft.funding.api.FundingApiModels.KeyImportResponse;
import dk.loeft.funding.api.FundingApiModels.KeyResponse;
import dk.loeft.funding.api.FundingApiModels.RoundRequest;
import dk.loeft.funding.api.FundingApiModels.RoundResponse;
import dk.loeft.funding.api.FundingApiModels.VersionRequest;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.tenancy.Tenancy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Tilskud", description = "Puljens runder, fordelingsnøgler, fordelinger og kommunernes tilskud")
class FundingApiController {

    private final FundingRounds rounds;
    private final AllocationKeys keys;
    private final Allocations allocations;
    private final MessageSource messages;

    FundingApiController(FundingRounds rounds, AllocationKeys keys, Allocations allocations, MessageSource messages) {
        this.rounds = rounds;
        this.keys = keys;
        this.allocations = allocations;
        this.messages = messages;
    }

    @GetMapping("/api/v1/rounds")
    @Operation(summary = "Puljens tildelingsrunder med beløb, regler og kilder")
    List<RoundResponse> rounds() {
        return rounds.all().stream().map(RoundResponse::of).toList();
    }

    @GetMapping("/api/v1/rounds/{roundId}")
    @Operation(summary = "Én tildelingsrunde")
    RoundResponse round(@PathVariable UUID roundId) {
        return RoundResponse.of(rounds.byId(roundId));
    }

    @PutMapping("/api/v1/rounds/{roundId}")
    @Operation(
            summary = "Ret en rundes værdier og kilder (kun ministeriet); send den hentede version (409 ved konflikt)")
    RoundResponse changeRound(@PathVariable UUID roundId, @Valid @RequestBody RoundRequest request) {
        return RoundResponse.of(rounds.change(roundId, request.version(), request.rules()));
    }

    @PostMapping(path = "/api/v1/allocation-keys", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Importér en fordelingsnøgle fra CSV eller XLSX (kun ministeriet); 422 med alle fejl")
    ResponseEntity<KeyImportResponse> importKey(
            @RequestParam MultipartFile file,
            @RequestParam String name,
            @RequestParam int ageFrom,
            @RequestParam int ageTo,
            @RequestParam int referenceYear,
            @RequestParam String source)
            throws IOException {
        KeyImportResult result = keys.importFile(
                new KeyDetails(name, ageFrom, ageTo, referenceYear, source),
                String.valueOf(file.getOriginalFilename()),
                file.getBytes());
        List<String> problems = result.problems().stream()
                .map(p -> {
                    String text = messages.getMessage(
                            p.messageKey(), p.arguments().toArray(), LocaleContextHolder.getLocale());
                    return p.row() == null
                            ? text
                            : messages.getMessage(
                                    "funding.key.error.at",
                                    new Object[] {p.row(), p.column(), text},
                                    LocaleContextHolder.getLocale());
                })
                .toList();
        if (!result.imported()) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(new KeyImportResponse(null, problems));
        }
        return ResponseEntity.created(URI.create("/api/v1/allocation-keys/" + result.keyId()))
                .body(new KeyImportResponse(result.keyId(), List.of()));
    }

    @GetMapping("/api/v1/allocation-keys/{keyId}")
    @Operation(summary = "En fordelingsnøgle med børn pr. kommune (kun ministeriet)")
    KeyResponse key(@PathVariable UUID keyId) {
        requireNational();
        return KeyResponse.of(keys.byId(keyId), keys.rows(keyId));
    }

    @PostMapping("/api/v1/allocations")
    @Operation(summary = "Beregn en fordeling af rundens år efter en nøgle, som forhåndsvisning (kun ministeriet)")
    ResponseEntity<AllocationResponse> createAllocation(@Valid @RequestBody AllocationRequest request) {
        Allocation created =
                allocations.create(request.roundId(), request.keyId(), request.firstYear(), request.lastYear());
        return ResponseEntity.created(URI.create("/api/v1/allocations/" + created.id()))
                .body(AllocationResponse.of(allocations.view(created.id())));
    }

    @GetMapping("/api/v1/allocations/{allocationId}")
    @Operation(summary = "En fordeling med alle kommuners børn, andel og tilskud pr. år (kun ministeriet)")
    AllocationResponse allocation(@PathVariable UUID allocationId) {
        return AllocationResponse.of(allocations.view(allocationId));
    }

    @PostMapping("/api/v1/allocations/{allocationId}/publish")
    @Operation(summary = "Offentliggør en forhåndsvisning og bogfør tilskuddene (kun ministeriet)")
    AllocationResponse publish(@PathVariable UUID allocationId, @Valid @RequestBody VersionRequest request) {
        allocations.publish(allocationId, request.version());
        return AllocationResponse.of(allocations.view(allocationId));
    }

    @PostMapping("/api/v1/allocations/{allocationId}/discard")
    @Operation(summary = "Kassér en forhåndsvisning (kun ministeriet)")
    AllocationResponse discard(@PathVariable UUID allocationId, @Valid @RequestBody VersionRequest request) {
        allocations.discard(allocationId, request.version());
        return AllocationResponse.of(allocations.view(allocationId));
    }

    @GetMapping("/api/v1/grants")
    @Operation(
            summary =
                    "Egen kommunes bogførte tilskud pr. runde og år (forvaltning, økonomi; ministeriet vælger kommune)")
    List<GrantResponse> grants(
            @Parameter(description = "Kun for ministeriet: hvilken kommune") @RequestParam(required = false) @Nullable
                    Integer kommune) {
        LoeftUser user = Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
        int code = user.isNational() && kommune != null ? kommune : user.isNational() ? -1 : user.kommuneCode();
        if (code < 0) {
            throw new dk.loeft.platform.NotFoundException();
        }
        return allocations.grants(code).stream().map(GrantResponse::of).toList();
    }

    private static void requireNational() {
        LoeftUser user = Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
        if (!user.isNational()) {
            throw new AccessDeniedException("Kun ministeriet");
        }
    }
}
