package dk.loeft.funding.api;

import dk.loeft.funding.ExpenditureEntry;
import dk.loeft.funding.LedgerService;
import dk.loeft.funding.NewExpenditure;
import dk.loeft.funding.api.LedgerApiModels.CorrectionRequest;
import dk.loeft.funding.api.LedgerApiModels.ExpenditureRequest;
import dk.loeft.funding.api.LedgerApiModels.ExpenditureResponse;
import dk.loeft.funding.api.LedgerApiModels.LedgerResponse;
import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.Paged;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.api.ApiPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Tilskudsregnskab", description = "Kommunens tilskud, prisregulering, forbrug og tilbagebetaling")
class LedgerApiController {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private final LedgerService ledger;
    private final MessageSource messages;

    LedgerApiController(LedgerService ledger, MessageSource messages) {
        this.ledger = ledger;
        this.messages = messages;
    }

    @GetMapping("/api/v1/ledger")
    @Operation(summary = "Kommunens tilskudsregnskab pr. år og pr. runde (samme tal som siden /tilskud)")
    LedgerResponse ledger(
            @Parameter(description = "Kun for ministeriet: hvilken kommune") @RequestParam(required = false) @Nullable
                    Integer kommune) {
        int code = ledger.readableKommune(kommune);
        return LedgerResponse.of(code, ledger.ledger(code), messages.getMessage("ledger.page.committed", null, DANISH));
    }

    @GetMapping("/api/v1/expenditures")
    @Operation(summary = "Kommunens forbrug, nyeste registrering først")
    ApiPage<ExpenditureResponse> expenditures(
            @Parameter(description = "Kun for ministeriet: hvilken kommune") @RequestParam(required = false) @Nullable
                    Integer kommune,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        int code = ledger.readableKommune(kommune);
        return ApiPage.of(
                ledger.expenditures(code, new Paged.Request(page, size)).map(ExpenditureResponse::of));
    }

    @GetMapping("/api/v1/expenditures/{expenditureId}")
    @Operation(summary = "Én registrering af forbrug")
    ExpenditureResponse expenditure(@PathVariable UUID expenditureId) {
        int code = ledger.bookkeepingKommune();
        return ledger.expenditure(code, expenditureId)
                .map(ExpenditureResponse::of)
                .orElseThrow(NotFoundException::new);
    }

    @PostMapping("/api/v1/expenditures")
    @Operation(summary = "Registrér forbrug i egen kommune (forvaltning og økonomi); beløb i kroner over 0")
    ResponseEntity<ExpenditureResponse> register(@Valid @RequestBody ExpenditureRequest request) {
        ledger.bookkeepingKommune();
        BigDecimal kroner = Objects.requireNonNull(request.amount());
        if (kroner.stripTrailingZeros().scale() > 2 || kroner.abs().compareTo(new BigDecimal("99999999.99")) > 0) {
            throw new RuleViolationException("ledger.form.amount.format");
        }
        ExpenditureEntry entry = ledger.register(new NewExpenditure(
                Objects.requireNonNull(request.bookedOn()),
                kroner.movePointRight(2).longValueExact(),
                Objects.requireNonNull(request.costCategory()),
                Objects.requireNonNull(request.voucher()),
                request.initiative(),
                request.note()));
        return ResponseEntity.created(URI.create("/api/v1/expenditures/" + entry.id()))
                .body(ExpenditureResponse.of(entry));
    }

    @PostMapping("/api/v1/expenditures/{expenditureId}/correction")
    @Operation(summary = "Tilbagefør en registrering: en ny linje med det modsatte beløb (kun én gang)")
    ResponseEntity<ExpenditureResponse> correct(
            @PathVariable UUID expenditureId,
            @Valid @RequestBody(required = false) @Nullable CorrectionRequest request) {
        ExpenditureEntry entry = ledger.correct(expenditureId, request == null ? null : request.note());
        return ResponseEntity.created(URI.create("/api/v1/expenditures/" + entry.id()))
                .body(ExpenditureResponse.of(entry));
    }
}
