package dk.loeft.plan.candidates.web;

import dk.loeft.institution.InstitutionService;
import dk.loeft.plan.InitiativeKind;
import dk.loeft.plan.candidates.Candidate;
import dk.loeft.plan.candidates.Candidates;
import dk.loeft.plan.candidates.EligibilityRules;
import dk.loeft.plan.candidates.Nomination;
import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.Paged;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.platform.web.Flash;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The candidates page (/planer/kandidater): choose a track and a date, see who may start it,
 * institutions furthest below the coverage target first, nominate them with a note, and withdraw
 * standing nominations. For the forvaltning (whole kommune) and leaders (own institutions).
 */
@Controller
class CandidatesController {

    static final int PAGE_SIZE = 25;

    private final Candidates candidates;
    private final InstitutionService institutions;
    private final Flash flash;

    CandidatesController(Candidates candidates, InstitutionService institutions, Flash flash) {
        this.candidates = candidates;
        this.institutions = institutions;
        this.flash = flash;
    }

    @GetMapping("/planer/kandidater")
    String page(
            @RequestParam(defaultValue = "MERIT_NET") InitiativeKind spor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dato,
            @RequestParam(defaultValue = "false") boolean alle,
            @RequestParam(defaultValue = "1") int side,
            @RequestParam(required = false) @Nullable UUID indsats,
            Model model) {
        LocalDate on = dato == null ? candidates.today() : dato;
        InitiativeKind track = EligibilityRules.TRACKS.contains(spor) ? spor : InitiativeKind.MERIT_NET;
        Paged<Candidate> result =
                candidates.candidates(track, on, !alle, new Paged.Request(Math.max(side, 1) - 1, PAGE_SIZE));
        int kommune = Tenancy.currentUser().orElseThrow().kommuneCode();
        model.addAttribute("tracks", EligibilityRules.TRACKS);
        model.addAttribute("track", track);
        model.addAttribute("date", on);
        model.addAttribute("all", alle);
        model.addAttribute("result", result);
        model.addAttribute(
                "target",
                institutions
                        .kommune(kommune)
                        .orElseThrow(NotFoundException::new)
                        .coverageTarget());
        model.addAttribute("leader", Tenancy.currentUser().orElseThrow().is(Role.LEADER));
        model.addAttribute("nominations", candidates.nominations());
        model.addAttribute("initiativeId", indsats);
        model.addAttribute("initiativeName", indsats == null ? null : candidates.initiative(indsats, track));
        model.addAttribute("previous", result.page() > 0 ? link(track, on, alle, result.page(), indsats) : null);
        model.addAttribute(
                "next",
                result.page() + 1 < result.totalPages() ? link(track, on, alle, result.page() + 2, indsats) : null);
        return "plan/candidates";
    }

    @PostMapping("/planer/kandidater/indstil")
    String nominate(
            @Valid @ModelAttribute("form") NominationForm form, BindingResult errors, RedirectAttributes redirect) {
        LocalDate on = form.dato() == null ? candidates.today() : form.dato();
        InitiativeKind track = form.spor() == null ? InitiativeKind.MERIT_NET : form.spor();
        String back = "redirect:"
                + link(
                        track,
                        on,
                        Boolean.TRUE.equals(form.alle()),
                        form.side() == null ? 1 : Math.max(form.side(), 1),
                        form.indsats());
        if (errors.hasErrors()) {
            flash.error(redirect, "plan.candidate.error.note", 500);
            return back;
        }
        try {
            Nomination saved =
                    candidates.nominate(Objects.requireNonNull(form.staffId()), track, form.indsats(), form.note());
            flash.success(redirect, "plan.candidates.saved", nameOf(saved), flash.text(track.labelKey()));
        } catch (RuleViolationException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
        }
        return back;
    }

    @PostMapping("/planer/kandidater/indstillinger/{nominationId}/tilbagetraek")
    String withdraw(@PathVariable UUID nominationId, @RequestParam int version, RedirectAttributes redirect) {
        try {
            Nomination withdrawn = candidates.withdraw(nominationId, version);
            flash.success(redirect, "plan.candidates.withdrawnDone", nameOf(withdrawn));
        } catch (OptimisticLockingFailureException e) {
            flash.error(redirect, "error.conflict");
        } catch (RuleViolationException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/planer/kandidater";
    }

    private String nameOf(Nomination nomination) {
        return candidates.staffName(nomination.staffMember());
    }

    static String link(InitiativeKind track, LocalDate on, boolean all, int page, @Nullable UUID initiative) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/planer/kandidater")
                .queryParam("spor", track.name())
                .queryParam("dato", on.toString())
                .queryParam("alle", all)
                .queryParam("side", page);
        if (initiative != null) {
            link.queryParam("indsats", initiative);
        }
        return link.build().toUriString();
    }
}
