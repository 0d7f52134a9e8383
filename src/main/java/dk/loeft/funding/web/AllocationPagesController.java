package dk.loeft.funding.web;

import dk.loeft.funding.Allocation;
import dk.loeft.funding.AllocationKeys;
import dk.loeft.funding.AllocationLine;
import dk.loeft.funding.AllocationView;
import dk.loeft.funding.Allocations;
import dk.loeft.funding.FundingRounds;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.web.Flash;
import dk.loeft.platform.web.Spreadsheet;
import jakarta.validation.Valid;
import java.io.IOException;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ministry allocates a round by a key: a preview per kommune and year, then publish or discard; XLSX export. */
@Controller
class AllocationPagesController {

    static final String FORM = "allocationForm";

    private static final Collator DANISH = Collator.getInstance(dk.loeft.platform.web.DanishFormat.DANISH);

    /** Sortable columns: query value → comparator (ascending). Amount and share follow the children. */
    private static final Map<String, Comparator<AllocationLine>> COLUMNS = Map.of(
            "code", Comparator.comparingInt(AllocationLine::kommuneCode),
            "name", Comparator.comparing(AllocationLine::kommuneName, DANISH),
            "children", Comparator.comparingLong(AllocationLine::children),
            "amount", Comparator.comparingLong(AllocationLine::totalOere));

    private final Allocations allocations;
    private final FundingRounds rounds;
    private final AllocationKeys keys;
    private final Flash messages;
    private final MessageSource messageSource;

    AllocationPagesController(
            Allocations allocations,
            FundingRounds rounds,
            AllocationKeys keys,
            Flash messages,
            MessageSource messageSource) {
        this.allocations = allocations;
        this.rounds = rounds;
        this.keys = keys;
        this.messages = messages;
        this.messageSource = messageSource;
    }

    @GetMapping("/puljer/fordelinger/ny")
    String newAllocation(@RequestParam(required = false) UUID round, Model model) {
        PageAccess.require(Role.NATIONAL);
        var chosen = round == null ? rounds.all().getLast() : rounds.byId(round);
        model.addAttribute(FORM, new AllocationForm(chosen.id(), null, chosen.firstYear(), chosen.lastYear()));
        return form(model);
    }

    @PostMapping("/puljer/fordelinger/ny")
    String create(
            @Valid @ModelAttribute(FORM) AllocationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PageAccess.require(Role.NATIONAL);
        if (errors.hasErrors()) {
            return form(model);
        }
        try {
            Allocation created = allocations.create(form.roundId(), form.keyId(), form.firstYear(), form.lastYear());
            messages.success(redirect, "funding.allocation.created", created.number());
            return "redirect:/puljer/fordelinger/" + created.id();
        } catch (RuleViolationException e) {
            errors.reject(e.messageKey(), e.arguments(), null);
        }
        return form(model);
    }

    @GetMapping("/puljer/fordelinger/{allocationId}")
    String allocation(
            @PathVariable UUID allocationId,
            @RequestParam(defaultValue = "code") String sort,
            @RequestParam(defaultValue = "asc") String dir,
            Model model) {
        PageAccess.require(Role.NATIONAL);
        AllocationView view = allocations.view(allocationId);
        String column = COLUMNS.containsKey(sort) ? sort : "code";
        boolean descending = "desc".equals(dir);
        Comparator<AllocationLine> order = COLUMNS.get(column).thenComparing(COLUMNS.get("code"));
        List<AllocationLine> lines = view.lines().stream()
                .sorted(descending ? order.reversed() : order)
                .toList();
        model.addAttribute("view", view);
        model.addAttribute("a", view.summary());
        model.addAttribute("lines", lines);
        model.addAttribute("sort", column);
        model.addAttribute("dir", descending ? "desc" : "asc");
        model.addAttribute("round", rounds.byId(view.summary().roundId()));
        return "funding/allocation";
    }

    @PostMapping("/puljer/fordelinger/{allocationId}/offentliggoer")
    String publish(@PathVariable UUID allocationId, @RequestParam int version, RedirectAttributes redirect) {
        PageAccess.require(Role.NATIONAL);
        try {
            allocations.publish(allocationId, version);
            messages.success(redirect, "funding.allocation.published");
        } catch (OptimisticLockingFailureException e) {
            messages.error(redirect, "error.conflict");
        } catch (RuleViolationException e) {
            messages.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/puljer/fordelinger/" + allocationId;
    }

    @PostMapping("/puljer/fordelinger/{allocationId}/kasser")
    String discard(@PathVariable UUID allocationId, @RequestParam int version, RedirectAttributes redirect) {
        PageAccess.require(Role.NATIONAL);
        try {
            allocations.discard(allocationId, version);
            messages.success(redirect, "funding.allocation.discarded");
        } catch (OptimisticLockingFailureException e) {
            messages.error(redirect, "error.conflict");
        } catch (RuleViolationException e) {
            messages.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/puljer/fordelinger/" + allocationId;
    }

    @GetMapping("/puljer/fordelinger/{allocationId}.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable UUID allocationId) throws IOException {
        PageAccess.require(Role.NATIONAL);
        AllocationView view = allocations.view(allocationId);
        byte[] content = new AllocationWorkbook(messageSource, LocaleContextHolder.getLocale()).write(view);
        return Spreadsheet.download(
                "fordeling-" + view.summary().number() + "-" + view.summary().yearSpan() + ".xlsx", content);
    }

    private String form(Model model) {
        model.addAttribute("rounds", rounds.all());
        model.addAttribute("keys", keys.all());
        return "funding/allocation-form";
    }
}
