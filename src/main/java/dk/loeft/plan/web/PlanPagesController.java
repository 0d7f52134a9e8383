package dk.loeft.plan.web;

import dk.loeft.institution.InstitutionService;
import dk.loeft.plan.Approval;
import dk.loeft.plan.PlanChanges;
import dk.loeft.plan.PlanContent;
import dk.loeft.plan.PlanVersionState;
import dk.loeft.plan.PlanVersionSummary;
import dk.loeft.plan.Plans;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.platform.web.Flash;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plans of a kommune (/planer), the plan page of its current or an earlier version with the
 * rules' findings and the budget table, creating a plan, the status steps (submit, withdraw,
 * approve, revise), the version history and what changed between two versions.
 */
@Controller
class PlanPagesController {

    static final String FORM = "form";

    private final Plans plans;
    private final dk.loeft.plan.candidates.Candidates candidates;
    private final InstitutionService institutions;
    private final Flash flash;
    private final java.time.Clock clock;

    PlanPagesController(
            Plans plans,
            dk.loeft.plan.candidates.Candidates candidates,
            InstitutionService institutions,
            Flash flash,
            java.time.Clock clock) {
        this.plans = plans;
        this.candidates = candidates;
        this.institutions = institutions;
        this.flash = flash;
        this.clock = clock;
    }

    @GetMapping("/planer")
    String list(@RequestParam(required = false) @Nullable Integer kommune, Model model) {
        LoeftUser user = user();
        model.addAttribute("plans", plans.list(kommune));
        model.addAttribute("national", user.isNational());
        model.addAttribute("kommuner", user.isNational() ? institutions.allKommuner() : List.of());
        model.addAttribute("chosenKommune", kommune);
        model.addAttribute("mayCreate", !user.isNational() && Plans.mayEditPlan(user, user.kommuneCode()));
        return "plan/list";
    }

    @GetMapping("/planer/ny")
    String newPlan(Model model) {
        requireCreator();
        int year = LocalDate.now(clock).getYear();
        model.addAttribute(
                FORM,
                new PlanForms.TextsForm(
                        null,
                        Math.max(Plans.FIRST_YEAR, Math.min(year, Plans.LAST_YEAR)),
                        Plans.LAST_YEAR,
                        null,
                        null,
                        null,
                        null));
        return textsForm(model, null);
    }

    @PostMapping("/planer/ny")
    String create(
            @Valid @ModelAttribute(FORM) PlanForms.TextsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        int kommune = requireCreator();
        if (errors.hasErrors()) {
            return textsForm(model, null);
        }
        try {
            UUID planId = plans.create(kommune, PlanEditController.texts(form));
            flash.success(
                    redirect,
                    "plans.flash.created",
                    String.valueOf(form.title()).strip());
            return "redirect:/planer/" + planId;
        } catch (RuleViolationException e) {
            errors.reject(e.messageKey(), e.arguments(), null);
            return textsForm(model, null);
        }
    }

    @GetMapping("/planer/{planId}")
    String current(@PathVariable UUID planId, Model model) {
        PlanVersionState state = plans.current(planId);
        return page(state, true, model);
    }

    @GetMapping("/planer/{planId}/versioner/{versionNo}")
    String version(@PathVariable UUID planId, @PathVariable int versionNo, Model model) {
        PlanVersionState current = plans.current(planId);
        if (current.content().versionNo() == versionNo) {
            return "redirect:/planer/" + planId;
        }
        return page(plans.state(planId, versionNo), false, model);
    }

    @GetMapping("/planer/{planId}/versioner")
    String history(@PathVariable UUID planId, Model model) {
        PlanVersionState current = plans.current(planId);
        List<PlanVersionSummary> versions = plans.history(planId);
        model.addAttribute("plan", current.content());
        model.addAttribute("versions", versions);
        return "plan/history";
    }

    @GetMapping("/planer/{planId}/aendringer")
    String changes(
            @PathVariable UUID planId,
            @RequestParam(name = "fra", required = false) @Nullable Integer from,
            @RequestParam(name = "til", required = false) @Nullable Integer to,
            Model model) {
        PlanContent current = plans.current(planId).content();
        int toNo = to != null ? to : current.versionNo();
        int fromNo = from != null ? from : Math.max(1, toNo - 1);
        PlanChanges changes = plans.changes(planId, fromNo, toNo);
        model.addAttribute("plan", current);
        model.addAttribute("changes", changes);
        model.addAttribute("versions", plans.history(planId));
        model.addAttribute("roundNames", plans.roundNames());
        return "plan/changes";
    }

    @PostMapping("/planer/{planId}/indsend")
    String submit(
            @PathVariable UUID planId,
            @RequestParam(required = false) @Nullable Integer version,
            RedirectAttributes redirect) {
        return step(planId, version, redirect, lock -> plans.submit(planId, lock), "plans.flash.submitted");
    }

    @PostMapping("/planer/{planId}/tilbagekald")
    String withdraw(
            @PathVariable UUID planId,
            @RequestParam(required = false) @Nullable Integer version,
            RedirectAttributes redirect) {
        return step(planId, version, redirect, lock -> plans.withdraw(planId, lock), "plans.flash.withdrawn");
    }

    @PostMapping("/planer/{planId}/revider")
    String revise(
            @PathVariable UUID planId,
            @RequestParam(required = false) @Nullable Integer version,
            RedirectAttributes redirect) {
        return step(planId, version, redirect, lock -> plans.revise(planId, lock), "plans.flash.revised");
    }

    @GetMapping("/planer/{planId}/godkend")
    String approveForm(@PathVariable UUID planId, Model model) {
        PlanVersionState state = plans.editable(planId, false);
        model.addAttribute(FORM, new PlanForms.ApprovalForm(null, null, null, null, state.lock()));
        return approveForm(state, model);
    }

    @PostMapping("/planer/{planId}/godkend")
    String approve(
            @PathVariable UUID planId,
            @Valid @ModelAttribute(FORM) PlanForms.ApprovalForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PlanVersionState state = plans.editable(planId, false);
        if (errors.hasErrors() || form.version() == null) {
            return approveForm(state, model);
        }
        try {
            plans.approve(
                    planId,
                    form.version(),
                    new Approval(
                            Objects.requireNonNull(form.body()),
                            form.bodyName() == null ? "" : form.bodyName(),
                            Objects.requireNonNull(form.date()),
                            String.valueOf(form.reference())));
            flash.success(redirect, "plans.flash.approved", state.content().versionNo());
            return "redirect:/planer/" + planId;
        } catch (OptimisticLockingFailureException e) {
            flash.error(redirect, "error.conflict");
            return "redirect:/planer/" + planId;
        } catch (RuleViolationException e) {
            errors.reject(e.messageKey(), e.arguments(), null);
            return approveForm(state, model);
        }
    }

    private String approveForm(PlanVersionState state, Model model) {
        model.addAttribute("plan", state.content());
        model.addAttribute("bodies", dk.loeft.plan.ApprovingBody.values());
        return "plan/approve";
    }

    private interface Step {
        void run(int lock);
    }

    private String step(
            UUID planId, @Nullable Integer version, RedirectAttributes redirect, Step step, String successKey) {
        plans.editable(planId, false);
        try {
            if (version == null) {
                throw new OptimisticLockingFailureException("No version in the form");
            }
            step.run(version);
            flash.success(redirect, successKey);
        } catch (OptimisticLockingFailureException e) {
            flash.error(redirect, "error.conflict");
        } catch (RuleViolationException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/planer/" + planId;
    }

    private String page(PlanVersionState state, boolean current, Model model) {
        LoeftUser user = user();
        PlanContent content = state.content();
        PlanView view = PlanView.of(
                state,
                plans.budget(content),
                plans.findings(content),
                plans.roundNames(),
                current,
                !user.isNational() && Plans.mayEditPlan(user, content.kommuneCode()),
                !user.isNational() && Plans.mayEditCosts(user, content.kommuneCode()));
        model.addAttribute("view", view);
        model.addAttribute("plan", content);
        model.addAttribute(
                "mayManage", current && !user.isNational() && Plans.mayEditPlan(user, content.kommuneCode()));
        boolean mayNominate = current && (user.is(Role.KOMMUNE_ADMIN) || user.is(Role.LEADER));
        model.addAttribute("mayNominate", mayNominate);
        model.addAttribute("tracks", dk.loeft.plan.candidates.EligibilityRules.TRACKS);
        model.addAttribute("nominated", mayNominate ? candidates.nominatedPerInitiative() : java.util.Map.of());
        return "plan/plan";
    }

    private String textsForm(Model model, @Nullable PlanContent plan) {
        model.addAttribute("plan", plan);
        model.addAttribute("years", years());
        return "plan/texts";
    }

    static List<Integer> years() {
        return java.util.stream.IntStream.rangeClosed(Plans.FIRST_YEAR, Plans.LAST_YEAR)
                .boxed()
                .toList();
    }

    private static int requireCreator() {
        LoeftUser user = user();
        if (user.isNational() || !Plans.mayEditPlan(user, user.kommuneCode())) {
            throw new AccessDeniedException("Kun forvaltningen opretter planer");
        }
        return user.kommuneCode();
    }

    private static LoeftUser user() {
        return Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
    }
}
