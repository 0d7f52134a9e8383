package dk.loeft.funding.web;

import dk.loeft.funding.LedgerService;
import dk.loeft.funding.PriceIndexEntry;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.tenancy.Tenancy;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The price index (/puljer/prisindeks): everyone with access to a ledger sees the index it uses;
 * the ministry sets a year's value and source ({@code ?aar=2025} opens that year in the form).
 */
@Controller
class PriceIndexController {

    private final LedgerService ledger;
    private final MessageSource messages;

    PriceIndexController(LedgerService ledger, MessageSource messages) {
        this.ledger = ledger;
        this.messages = messages;
    }

    @GetMapping("/puljer/prisindeks")
    String page(@RequestParam(name = "aar", required = false) @Nullable Integer year, Model model) {
        boolean national = requireReader();
        List<PriceIndexEntry> entries = ledger.priceIndexEntries();
        PriceIndexForm form = entries.stream()
                .filter(e -> year != null && e.year() == year)
                .findFirst()
                .map(e -> new PriceIndexForm(e.year(), e.value(), e.source(), e.version()))
                .orElseGet(() -> new PriceIndexForm(year, null, null, null));
        model.addAttribute("form", form);
        return page(model, entries, national);
    }

    @PostMapping("/puljer/prisindeks")
    String save(
            @Valid @ModelAttribute("form") PriceIndexForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        boolean national = requireReader();
        if (!errors.hasErrors()) {
            try {
                ledger.savePriceIndex(
                        Objects.requireNonNull(form.year()),
                        Objects.requireNonNull(form.value()),
                        Objects.requireNonNull(form.source()),
                        form.version());
                redirect.addFlashAttribute(
                        "flashSuccess",
                        messages.getMessage(
                                "ledger.index.saved", new Object[] {form.year().toString()}, locale));
                return "redirect:/puljer/prisindeks";
            } catch (OptimisticLockingFailureException e) {
                redirect.addFlashAttribute("flashError", messages.getMessage("error.conflict", null, locale));
                return "redirect:/puljer/prisindeks?aar=" + form.year();
            } catch (RuleViolationException e) {
                errors.reject(e.messageKey(), e.arguments(), null);
            }
        }
        return page(model, ledger.priceIndexEntries(), national);
    }

    private static String page(Model model, List<PriceIndexEntry> entries, boolean national) {
        model.addAttribute("entries", entries);
        model.addAttribute("mayEdit", national);
        return "funding/price-index";
    }

    /** Whether the reader is the ministry (who may edit); forvaltning and økonomi read; others are refused. */
    private boolean requireReader() {
        if (Tenancy.currentUser().map(u -> u.isNational()).orElse(false)) {
            return true;
        }
        ledger.bookkeepingKommune();
        return false;
    }
}
