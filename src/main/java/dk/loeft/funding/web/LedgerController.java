package dk.loeft.funding.web;

import dk.loeft.funding.ExpenditureEntry;
import dk.loeft.funding.ExpenditureRejectedException;
import dk.loeft.funding.GrantLedger;
import dk.loeft.funding.LedgerService;
import dk.loeft.funding.NewExpenditure;
import dk.loeft.institution.InstitutionService;
import dk.loeft.institution.Kommune;
import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.Paged;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.platform.web.Spreadsheet;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The kommune's grant ledger (/tilskud) with its export, and the registration and reversal of
 * expenditure by hand. Forvaltning and økonomi see and book their own kommune; the ministry may
 * open any kommune's ledger read-only ({@code ?kommune=175}).
 */
@Controller
class LedgerController {

    static final int PAGE_SIZE = 20;

    private final LedgerService ledger;
    private final InstitutionService institutions;
    private final MessageSource messages;

    LedgerController(LedgerService ledger, InstitutionService institutions, MessageSource messages) {
        this.ledger = ledger;
        this.institutions = institutions;
        this.messages = messages;
    }

    @GetMapping("/tilskud")
    String page(@RequestParam(required = false) @Nullable Integer kommune, Model model) {
        int code = ledger.readableKommune(kommune);
        Kommune k = institutions.kommune(code).orElseThrow(NotFoundException::new);
        GrantLedger book = ledger.ledger(code);
        model.addAttribute("kommune", k);
        model.addAttribute("ledger", book);
        model.addAttribute("totals", book.totals());
        model.addAttribute("capPercents", capPercents(book));
        model.addAttribute("grants", ledger.grantEntries(code));
        model.addAttribute("national", isNational());
        model.addAttribute("today", ledger.today());
        addEntries(model, code, kommune, 0);
        return "funding/ledger";
    }

    /** The expenditure lines one page at a time (htmx swaps the table; without htmx the whole page). */
    @GetMapping("/tilskud/forbrug")
    String entries(
            @RequestParam(required = false) @Nullable Integer kommune,
            @RequestParam(name = "side", defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        if (htmx == null) {
            return kommune == null ? "redirect:/tilskud" : "redirect:/tilskud?kommune=" + kommune;
        }
        int code = ledger.readableKommune(kommune);
        model.addAttribute("national", isNational());
        addEntries(model, code, kommune, page);
        return "funding/ledger :: entries";
    }

    @GetMapping("/tilskud/forbrug/ny")
    String newExpenditure(Model model) {
        ledger.bookkeepingKommune();
        model.addAttribute("form", ExpenditureForm.empty(ledger.today()));
        return form(model);
    }

    @PostMapping("/tilskud/forbrug/ny")
    String register(
            @Valid @ModelAttribute("form") ExpenditureForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        ledger.bookkeepingKommune();
        Optional<Long> oere = Optional.empty();
        if (!errors.hasFieldErrors("amount") && form.amount() != null) {
            oere = KronerText.oere(form.amount());
            if (oere.isEmpty()) {
                errors.rejectValue("amount", "ledger.form.amount.format");
            }
        }
        if (errors.hasErrors()) {
            return form(model);
        }
        try {
            ExpenditureEntry entry = ledger.register(new NewExpenditure(
                    Objects.requireNonNull(form.bookedOn()),
                    oere.orElseThrow(),
                    Objects.requireNonNull(form.category()),
                    Objects.requireNonNull(form.voucher()),
                    form.initiative(),
                    form.note()));
            redirect.addFlashAttribute(
                    "flashSuccess", messages.getMessage("ledger.form.saved", new Object[] {entry.voucher()}, locale));
            return "redirect:/tilskud";
        } catch (ExpenditureRejectedException e) {
            errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
            return form(model);
        }
    }

    @GetMapping("/tilskud/forbrug/{expenditureId}/tilbagefoer")
    String confirmCorrection(@PathVariable UUID expenditureId, Model model) {
        int code = ledger.bookkeepingKommune();
        ExpenditureEntry entry = ledger.expenditure(code, expenditureId).orElseThrow(NotFoundException::new);
        model.addAttribute("entry", entry);
        model.addAttribute("form", new CorrectionForm(null));
        return "funding/correction";
    }

    @PostMapping("/tilskud/forbrug/{expenditureId}/tilbagefoer")
    String correct(
            @PathVariable UUID expenditureId,
            @Valid @ModelAttribute("form") CorrectionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        int code = ledger.bookkeepingKommune();
        ExpenditureEntry entry = ledger.expenditure(code, expenditureId).orElseThrow(NotFoundException::new);
        if (errors.hasErrors()) {
            model.addAttribute("entry", entry);
            return "funding/correction";
        }
        try {
            ExpenditureEntry correction = ledger.correct(expenditureId, form.note());
            redirect.addFlashAttribute(
                    "flashSuccess",
                    messages.getMessage("ledger.correction.saved", new Object[] {correction.voucher()}, locale));
        } catch (ExpenditureRejectedException e) {
            redirect.addFlashAttribute("flashError", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/tilskud";
    }

    @GetMapping("/tilskud.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable Integer kommune, Locale locale)
            throws IOException {
        int code = ledger.readableKommune(kommune);
        Kommune k = institutions.kommune(code).orElseThrow(NotFoundException::new);
        GrantLedger book = ledger.ledger(code);
        List<ExpenditureEntry> entries = ledger.allExpenditures(code);
        byte[] workbook = new LedgerWorkbook(messages, locale).write(book, ledger.grantEntries(code), entries);
        String filename = "tilskud-" + k.code() + "-" + ledger.today() + ".xlsx";
        return Spreadsheet.download(filename, workbook);
    }

    private void addEntries(Model model, int code, @Nullable Integer kommune, int page) {
        Paged<ExpenditureEntry> entries = ledger.expenditures(code, new Paged.Request(page, PAGE_SIZE));
        model.addAttribute("entries", entries);
        model.addAttribute("entriesKommune", kommune);
    }

    private String form(Model model) {
        List<dk.loeft.funding.LedgerRound> rounds = ledger.rounds();
        model.addAttribute("categories", dk.loeft.funding.CostEligibility.payable(rounds));
        model.addAttribute("rounds", rounds);
        return "funding/expenditure-form";
    }

    /** The distinct informal caps of the rounds granted, as Danish percentages: "10" or "10 / 12,5". */
    private static String capPercents(GrantLedger book) {
        return book.rounds().stream()
                .map(r -> r.round()
                        .informalCapPercent()
                        .stripTrailingZeros()
                        .toPlainString()
                        .replace('.', ','))
                .distinct()
                .collect(java.util.stream.Collectors.joining(" / "));
    }

    private static boolean isNational() {
        return Tenancy.currentUser().map(u -> u.isNational()).orElse(false);
    }
}
