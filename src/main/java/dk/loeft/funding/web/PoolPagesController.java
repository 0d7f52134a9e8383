package dk.loeft.funding.web;

import dk.loeft.funding.AllocationKeys;
import dk.loeft.funding.Allocations;
import dk.loeft.funding.CostCategory;
import dk.loeft.funding.FundingRound;
import dk.loeft.funding.FundingRounds;
import dk.loeft.funding.RoundRules;
import dk.loeft.funding.RoundSource;
import dk.loeft.funding.SourceStatus;
import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.Ownership;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.web.Flash;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ministry's pool pages: the rounds with their money, one round's rules with sources, and its edit form. */
@Controller
class PoolPagesController {

    static final String FORM = "roundForm";

    private final FundingRounds rounds;
    private final AllocationKeys keys;
    private final Allocations allocations;
    private final Flash messages;

    PoolPagesController(FundingRounds rounds, AllocationKeys keys, Allocations allocations, Flash messages) {
        this.rounds = rounds;
        this.keys = keys;
        this.allocations = allocations;
        this.messages = messages;
    }

    @GetMapping("/puljer")
    String pool(Model model) {
        PageAccess.require(Role.NATIONAL);
        var all = rounds.all();
        model.addAttribute("pool", rounds.pool());
        model.addAttribute("rounds", all);
        model.addAttribute(
                "total", all.stream().mapToLong(FundingRound::totalOere).sum());
        model.addAttribute("allocations", allocations.all());
        model.addAttribute("keys", keys.all());
        return "funding/pool";
    }

    @GetMapping("/puljer/runder/{roundId}")
    String round(@PathVariable UUID roundId, Model model) {
        PageAccess.require(Role.NATIONAL);
        model.addAttribute("round", rounds.byId(roundId));
        model.addAttribute("fields", RoundSource.FIELDS);
        return "funding/round";
    }

    @GetMapping("/puljer/runder/{roundId}/rediger")
    String edit(@PathVariable UUID roundId, Model model) {
        PageAccess.require(Role.NATIONAL);
        FundingRound round = rounds.byId(roundId);
        model.addAttribute(FORM, RoundForm.of(round));
        return form(model, round);
    }

    @PostMapping("/puljer/runder/{roundId}/rediger")
    String update(
            @PathVariable UUID roundId,
            @Valid @ModelAttribute(FORM) RoundForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PageAccess.require(Role.NATIONAL);
        FundingRound round = rounds.byId(roundId);
        if (errors.getTarget() != null && form.version() == null) {
            errors.reject("funding.round.form.version");
        }
        RoundRules rules = errors.hasErrors() ? null : form.rules(round, errors);
        if (rules == null) {
            return form(model, round);
        }
        try {
            rounds.change(roundId, form.version(), rules);
            messages.success(redirect, "funding.round.saved", rules.name());
            return "redirect:/puljer/runder/" + roundId;
        } catch (OptimisticLockingFailureException e) {
            messages.error(redirect, "error.conflict");
            return "redirect:/puljer/runder/" + roundId + "/rediger";
        } catch (RuleViolationException e) {
            errors.reject(e.messageKey(), e.arguments(), null);
        }
        return form(model, round);
    }

    private String form(Model model, FundingRound round) {
        model.addAttribute("round", round);
        model.addAttribute("fields", RoundSource.FIELDS);
        model.addAttribute("statuses", SourceStatus.values());
        model.addAttribute("costs", CostCategory.values());
        model.addAttribute("kinds", InstitutionKind.values());
        model.addAttribute("ownerships", Ownership.values());
        return "funding/round-form";
    }
}
