package dk.loeft.plan.web;

import dk.loeft.institution.InstitutionService;
import dk.loeft.plan.CostDefaults;
import dk.loeft.plan.CostLine;
import dk.loeft.plan.CostType;
import dk.loeft.plan.CoverageGoal;
import dk.loeft.plan.FundingSourceKind;
import dk.loeft.plan.InitiativeKind;
import dk.loeft.plan.PlanContent;
import dk.loeft.plan.PlanVersionState;
import dk.loeft.plan.PlannedInitiative;
import dk.loeft.plan.Plans;
import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.web.DanishFormat;
import dk.loeft.platform.web.Flash;
import dk.loeft.staff.StaffRole;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * The edit forms of a draft: texts and years, goals, initiatives (the kind suggests the informal
 * flag, the months per participant and cost lines) and cost lines. Each form carries the version's
 * lock; a stale form is a conflict, a broken rule is shown on the form and nothing is saved.
 */
@Controller
class PlanEditController {

    static final String FORM = "form";

    private final Plans plans;
    private final InstitutionService institutions;
    private final Flash flash;
    private final DanishFormat danish;

    PlanEditController(Plans plans, InstitutionService institutions, Flash flash, DanishFormat danish) {
        this.plans = plans;
        this.institutions = institutions;
        this.flash = flash;
        this.danish = danish;
    }

    // --- Texts -------------------------------------------------------------------------------

    @GetMapping("/planer/{planId}/tekster")
    String editTexts(@PathVariable UUID planId, Model model) {
        PlanVersionState state = plans.editable(planId, false);
        PlanContent c = state.content();
        model.addAttribute(
                FORM,
                new PlanForms.TextsForm(
                        c.title(),
                        c.firstYear(),
                        c.lastYear(),
                        c.background(),
                        c.involvement(),
                        c.evaluation(),
                        state.lock()));
        return textsForm(model, c);
    }

    @PostMapping("/planer/{planId}/tekster")
    String saveTexts(
            @PathVariable UUID planId,
            @Valid @ModelAttribute(FORM) PlanForms.TextsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PlanVersionState state = plans.editable(planId, false);
        if (errors.hasErrors()) {
            return textsForm(model, state.content());
        }
        return save(
                        planId,
                        form.version(),
                        errors,
                        redirect,
                        "plans.flash.saved",
                        lock -> plans.changeTexts(planId, lock, texts(form)))
                .orElseGet(() -> textsForm(model, state.content()));
    }

    static Plans.Texts texts(PlanForms.TextsForm form) {
        return new Plans.Texts(
                String.valueOf(form.title()),
                Objects.requireNonNull(form.firstYear()),
                Objects.requireNonNull(form.lastYear()),
                Objects.requireNonNullElse(form.background(), ""),
                Objects.requireNonNullElse(form.involvement(), ""),
                Objects.requireNonNullElse(form.evaluation(), ""));
    }

    private String textsForm(Model model, PlanContent plan) {
        model.addAttribute("plan", plan);
        model.addAttribute("years", PlanPagesController.years());
        return "plan/texts";
    }

    // --- Goals -------------------------------------------------------------------------------

    @GetMapping("/planer/{planId}/maal/ny")
    String newGoal(@PathVariable UUID planId, Model model) {
        PlanVersionState state = plans.editable(planId, false);
        model.addAttribute(
                FORM, new PlanForms.GoalForm("KOMMUNE", CoverageGoal.Kind.SHARE, null, Plans.LAST_YEAR, state.lock()));
        return goalForm(model, state.content());
    }

    @PostMapping("/planer/{planId}/maal/ny")
    String addGoal(
            @PathVariable UUID planId,
            @Valid @ModelAttribute(FORM) PlanForms.GoalForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PlanVersionState state = plans.editable(planId, false);
        Optional<BigDecimal> value = DanishNumbers.parse(form.value());
        if (form.value() != null && !form.value().isBlank() && value.isEmpty()) {
            errors.rejectValue("value", "plans.form.number");
        }
        if (errors.hasErrors()) {
            return goalForm(model, state.content());
        }
        String[] scope = String.valueOf(form.scope()).split(":", 2);
        CoverageGoal goal;
        try {
            CoverageGoal.Scope kind = CoverageGoal.Scope.valueOf(scope[0]);
            UUID scopeId = kind == CoverageGoal.Scope.KOMMUNE ? null : UUID.fromString(scope[1]);
            goal = new CoverageGoal(
                    kind,
                    scopeId,
                    "",
                    Objects.requireNonNull(form.kind()),
                    value.orElseThrow(),
                    Objects.requireNonNull(form.year()));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            errors.rejectValue("scope", "plans.error.goal.scope");
            return goalForm(model, state.content());
        }
        return save(
                        planId,
                        form.version(),
                        errors,
                        redirect,
                        "plans.flash.saved",
                        lock -> plans.addGoal(planId, lock, goal))
                .orElseGet(() -> goalForm(model, state.content()));
    }

    @PostMapping("/planer/{planId}/maal/{goalIndex}/slet")
    String removeGoal(
            @PathVariable UUID planId,
            @PathVariable int goalIndex,
            @RequestParam(required = false) @Nullable Integer version,
            RedirectAttributes redirect) {
        plans.editable(planId, false);
        return step(planId, version, redirect, lock -> plans.removeGoal(planId, lock, goalIndex));
    }

    private String goalForm(Model model, PlanContent plan) {
        model.addAttribute("plan", plan);
        model.addAttribute("areas", institutions.areas(plan.kommuneCode()));
        model.addAttribute("institutions", institutions.institutionsOf(plan.kommuneCode()));
        model.addAttribute("goalKinds", CoverageGoal.Kind.values());
        model.addAttribute(
                "goalYears",
                java.util.stream.IntStream.rangeClosed(Plans.FIRST_YEAR, 2035)
                        .boxed()
                        .toList());
        return "plan/goal-form";
    }

    // --- Initiatives -------------------------------------------------------------------------

    @GetMapping("/planer/{planId}/indsatser/ny")
    String newInitiative(
            @PathVariable UUID planId, @RequestParam(required = false) @Nullable InitiativeKind kind, Model model) {
        PlanVersionState state = plans.editable(planId, false);
        InitiativeKind k = kind != null ? kind : InitiativeKind.MERIT_NET;
        PlanContent c = state.content();
        List<String> seats = new ArrayList<>();
        for (int y = c.firstYear(); y <= c.lastYear(); y++) {
            seats.add("0");
        }
        model.addAttribute(
                FORM,
                new PlanForms.InitiativeForm(
                        null,
                        k,
                        k.informalByDefault(),
                        null,
                        Set.of(),
                        null,
                        null,
                        null,
                        k.typicalMonths(),
                        seats,
                        null,
                        true,
                        state.lock()));
        return initiativeForm(model, c, null);
    }

    /** The kind's defaults for the form (htmx): informal flag, months per participant and the suggested lines. */
    @GetMapping("/planer/{planId}/indsatser/standard")
    String kindDefaults(
            @PathVariable UUID planId,
            @RequestParam(name = "kind", required = false) @Nullable InitiativeKind chosen,
            Model model) {
        PlanVersionState state = plans.editable(planId, false);
        InitiativeKind kind = chosen != null ? chosen : InitiativeKind.MERIT_NET;
        model.addAttribute(
                FORM,
                new PlanForms.InitiativeForm(
                        null,
                        kind,
                        kind.informalByDefault(),
                        null,
                        Set.of(),
                        null,
                        null,
                        null,
                        kind.typicalMonths(),
                        List.of(),
                        null,
                        true,
                        state.lock()));
        initiativeForm(model, state.content(), null);
        return "plan/initiative-form :: defaults";
    }

    @PostMapping("/planer/{planId}/indsatser/ny")
    String addInitiative(
            @PathVariable UUID planId,
            @Valid @ModelAttribute(FORM) PlanForms.InitiativeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PlanVersionState state = plans.editable(planId, false);
        return saveInitiative(planId, state, UUID.randomUUID(), null, form, errors, model, redirect);
    }

    @GetMapping("/planer/{planId}/indsatser/{initiativeId}")
    String editInitiative(@PathVariable UUID planId, @PathVariable UUID initiativeId, Model model) {
        PlanVersionState state = plans.editable(planId, false);
        PlannedInitiative i = initiative(state.content(), initiativeId);
        PlanContent c = state.content();
        List<String> seats = new ArrayList<>();
        for (int y = c.firstYear(); y <= c.lastYear(); y++) {
            seats.add(Integer.toString(i.intakePerYear().getOrDefault(y, 0)));
        }
        model.addAttribute(
                FORM,
                new PlanForms.InitiativeForm(
                        i.name(),
                        i.kind(),
                        i.informal(),
                        i.targetGroup(),
                        i.targetRoles(),
                        i.provider(),
                        i.start(),
                        i.end(),
                        i.monthsPerParticipant(),
                        seats,
                        i.description(),
                        false,
                        state.lock()));
        return initiativeForm(model, c, i);
    }

    @PostMapping("/planer/{planId}/indsatser/{initiativeId}")
    String updateInitiative(
            @PathVariable UUID planId,
            @PathVariable UUID initiativeId,
            @Valid @ModelAttribute(FORM) PlanForms.InitiativeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PlanVersionState state = plans.editable(planId, false);
        PlannedInitiative existing = initiative(state.content(), initiativeId);
        return saveInitiative(planId, state, initiativeId, existing, form, errors, model, redirect);
    }

    @PostMapping("/planer/{planId}/indsatser/{initiativeId}/slet")
    String removeInitiative(
            @PathVariable UUID planId,
            @PathVariable UUID initiativeId,
            @RequestParam(required = false) @Nullable Integer version,
            RedirectAttributes redirect) {
        PlanVersionState state = plans.editable(planId, false);
        initiative(state.content(), initiativeId);
        return step(planId, version, redirect, lock -> plans.removeInitiative(planId, lock, initiativeId));
    }

    private String saveInitiative(
            UUID planId,
            PlanVersionState state,
            UUID id,
            @Nullable PlannedInitiative existing,
            PlanForms.InitiativeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PlanContent c = state.content();
        TreeMap<Integer, Integer> intake = new TreeMap<>();
        List<String> seats = form.seats() == null ? List.of() : form.seats();
        for (int i = 0; i < seats.size() && c.firstYear() + i <= c.lastYear(); i++) {
            String text = seats.get(i) == null ? "" : seats.get(i).strip();
            if (text.isEmpty() || text.equals("0")) {
                continue;
            }
            try {
                int n = Integer.parseInt(text);
                if (n < 0) {
                    throw new NumberFormatException();
                }
                intake.put(c.firstYear() + i, n);
            } catch (NumberFormatException e) {
                errors.rejectValue("seats", "plans.form.seats.number");
                break;
            }
        }
        if (errors.hasErrors()) {
            return initiativeForm(model, c, existing);
        }
        PlannedInitiative initiative = new PlannedInitiative(
                id,
                String.valueOf(form.name()).strip(),
                Objects.requireNonNull(form.kind()),
                form.informal(),
                Objects.requireNonNullElse(form.targetGroup(), ""),
                form.targetRoles() == null ? Set.of() : Set.copyOf(form.targetRoles()),
                Objects.requireNonNullElse(form.provider(), ""),
                Objects.requireNonNull(form.start()),
                Objects.requireNonNull(form.end()),
                Objects.requireNonNull(form.months()),
                intake,
                Objects.requireNonNullElse(form.description(), ""),
                List.of());
        return save(
                        planId,
                        form.version(),
                        errors,
                        redirect,
                        "plans.flash.saved",
                        lock -> plans.saveInitiative(
                                planId, lock, initiative, existing == null && form.suggestedLines()))
                .map(done -> done + "#indsats-" + id)
                .orElseGet(() -> initiativeForm(model, c, existing));
    }

    private String initiativeForm(Model model, PlanContent plan, @Nullable PlannedInitiative initiative) {
        model.addAttribute("plan", plan);
        model.addAttribute("initiative", initiative);
        model.addAttribute("kinds", InitiativeKind.values());
        model.addAttribute("roles", StaffRole.values());
        List<Integer> years = new ArrayList<>();
        for (int y = plan.firstYear(); y <= plan.lastYear(); y++) {
            years.add(y);
        }
        model.addAttribute("planYears", years);
        Object form = model.getAttribute(FORM);
        InitiativeKind kind =
                form instanceof PlanForms.InitiativeForm f && f.kind() != null ? f.kind() : InitiativeKind.MERIT_NET;
        model.addAttribute("suggestions", CostDefaults.suggestions(kind));
        return "plan/initiative-form";
    }

    private static PlannedInitiative initiative(PlanContent c, UUID id) {
        return c.initiatives().stream()
                .filter(i -> i.id().equals(id))
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    // --- Cost lines --------------------------------------------------------------------------

    @GetMapping("/planer/{planId}/linjer/ny")
    String newLine(
            @PathVariable UUID planId,
            @RequestParam(name = "indsats", required = false) @Nullable UUID initiativeId,
            Model model) {
        PlanVersionState state = plans.editable(planId, true);
        PlanContent c = state.content();
        if (initiativeId != null) {
            initiative(c, initiativeId);
        }
        String source = plans.roundNames().keySet().stream()
                .findFirst()
                .map(r -> "POOL:" + r)
                .orElse("OWN_BUDGET");
        model.addAttribute(
                FORM,
                new PlanForms.LineForm(
                        c.firstYear(),
                        CostType.TUITION,
                        null,
                        "1",
                        null,
                        source,
                        null,
                        initiativeId == null ? null : initiativeId.toString(),
                        state.lock()));
        return lineForm(model, c, null);
    }

    @PostMapping("/planer/{planId}/linjer/ny")
    String addLine(
            @PathVariable UUID planId,
            @Valid @ModelAttribute(FORM) PlanForms.LineForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PlanVersionState state = plans.editable(planId, true);
        return saveLine(planId, state, null, form, errors, model, redirect);
    }

    @GetMapping("/planer/{planId}/linjer/{lineId}")
    String editLine(@PathVariable UUID planId, @PathVariable UUID lineId, Model model) {
        PlanVersionState state = plans.editable(planId, true);
        PlanContent c = state.content();
        CostLine line = line(c, lineId);
        String source = line.source().pool()
                ? "POOL:" + line.source().roundId()
                : line.source().kind().name();
        model.addAttribute(
                FORM,
                new PlanForms.LineForm(
                        line.year(),
                        line.type(),
                        line.text(),
                        DanishNumbers.text(line.quantity()),
                        DanishNumbers.kroner(line.unitPriceOere()),
                        source,
                        line.source().fundName(),
                        initiativeOf(c, lineId),
                        state.lock()));
        return lineForm(model, c, line);
    }

    @PostMapping("/planer/{planId}/linjer/{lineId}")
    String updateLine(
            @PathVariable UUID planId,
            @PathVariable UUID lineId,
            @Valid @ModelAttribute(FORM) PlanForms.LineForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PlanVersionState state = plans.editable(planId, true);
        line(state.content(), lineId);
        return saveLine(planId, state, lineId, form, errors, model, redirect);
    }

    @PostMapping("/planer/{planId}/linjer/{lineId}/slet")
    String removeLine(
            @PathVariable UUID planId,
            @PathVariable UUID lineId,
            @RequestParam(required = false) @Nullable Integer version,
            RedirectAttributes redirect) {
        PlanVersionState state = plans.editable(planId, true);
        line(state.content(), lineId);
        return step(planId, version, redirect, lock -> plans.removeCostLine(planId, lock, lineId));
    }

    private String saveLine(
            UUID planId,
            PlanVersionState state,
            @Nullable UUID lineId,
            PlanForms.LineForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PlanContent c = state.content();
        CostLine existing = lineId == null ? null : line(c, lineId);
        Optional<BigDecimal> quantity = DanishNumbers.parse(form.quantity());
        if (form.quantity() != null && !form.quantity().isBlank() && quantity.isEmpty()) {
            errors.rejectValue("quantity", "plans.form.number");
        }
        Optional<Long> price = DanishNumbers.oere(form.unitPrice());
        if (form.unitPrice() != null && !form.unitPrice().isBlank() && price.isEmpty()) {
            errors.rejectValue("unitPrice", "plans.form.kroner");
        }
        FundingSourceKind kind = null;
        UUID roundId = null;
        UUID initiativeId = null;
        try {
            String[] source = String.valueOf(form.source()).split(":", 2);
            kind = FundingSourceKind.valueOf(source[0]);
            roundId = kind == FundingSourceKind.POOL ? UUID.fromString(source[1]) : null;
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            if (!errors.hasFieldErrors("source")) {
                errors.rejectValue("source", "plans.form.source.required");
            }
        }
        try {
            initiativeId = form.initiativeId() == null || form.initiativeId().isBlank()
                    ? null
                    : UUID.fromString(form.initiativeId());
        } catch (IllegalArgumentException e) {
            errors.reject("plans.error.initiative.unknown");
        }
        if (errors.hasErrors()) {
            return lineForm(model, c, existing);
        }
        Plans.LineInput input = new Plans.LineInput(
                Objects.requireNonNull(form.year()),
                Objects.requireNonNull(form.type()),
                String.valueOf(form.text()),
                quantity.orElseThrow(),
                price.orElseThrow(),
                Objects.requireNonNull(kind),
                roundId,
                form.fundName());
        UUID target = existing != null ? uuidOrNull(initiativeOf(c, existing.id())) : initiativeId;
        return save(
                        planId,
                        form.version(),
                        errors,
                        redirect,
                        "plans.flash.saved",
                        lock -> plans.saveCostLine(planId, lock, target, lineId, input))
                .map(done -> target == null ? done + "#faelles" : done + "#indsats-" + target)
                .orElseGet(() -> lineForm(model, c, existing));
    }

    private String lineForm(Model model, PlanContent plan, @Nullable CostLine line) {
        model.addAttribute("plan", plan);
        model.addAttribute("line", line);
        model.addAttribute("types", CostType.values());
        model.addAttribute("roundNames", plans.roundNames());
        model.addAttribute(
                "otherSources",
                List.of(FundingSourceKind.OWN_BUDGET, FundingSourceKind.OTHER_FUND, FundingSourceKind.JOBROTATION));
        List<Integer> years = new ArrayList<>();
        for (int y = plan.firstYear(); y <= plan.lastYear(); y++) {
            years.add(y);
        }
        model.addAttribute("planYears", years);
        model.addAttribute("jobrotationRate", danish.kroner(CostDefaults.JOBROTATION_RATE_OERE));
        Object form = model.getAttribute(FORM);
        String initiative = form instanceof PlanForms.LineForm f ? f.initiativeId() : null;
        model.addAttribute(
                "initiativeName",
                plan.initiatives().stream()
                        .filter(i -> i.id().toString().equals(initiative))
                        .map(PlannedInitiative::name)
                        .findFirst()
                        .orElse(null));
        return "plan/line-form";
    }

    private static CostLine line(PlanContent c, UUID id) {
        return c.allCosts().filter(l -> l.id().equals(id)).findFirst().orElseThrow(NotFoundException::new);
    }

    private static @Nullable String initiativeOf(PlanContent c, UUID lineId) {
        return c.initiatives().stream()
                .filter(i -> i.costs().stream().anyMatch(l -> l.id().equals(lineId)))
                .map(i -> i.id().toString())
                .findFirst()
                .orElse(null);
    }

    private static @Nullable UUID uuidOrNull(@Nullable String id) {
        return id == null ? null : UUID.fromString(id);
    }

    // --- Saving ------------------------------------------------------------------------------

    private interface Edit {
        void apply(int lock);
    }

    /** Saves and leads to the plan page; a broken rule goes on the form (empty result: show it again). */
    private Optional<String> save(
            UUID planId,
            @Nullable Integer version,
            BindingResult errors,
            RedirectAttributes redirect,
            String successKey,
            Edit edit) {
        try {
            if (version == null) {
                throw new OptimisticLockingFailureException("No version in the form");
            }
            edit.apply(version);
            flash.success(redirect, successKey);
            return Optional.of("redirect:/planer/" + planId);
        } catch (OptimisticLockingFailureException e) {
            flash.error(redirect, "error.conflict");
            return Optional.of("redirect:/planer/" + planId);
        } catch (RuleViolationException e) {
            errors.reject(e.messageKey(), e.arguments(), null);
            return Optional.empty();
        }
    }

    private String step(UUID planId, @Nullable Integer version, RedirectAttributes redirect, Edit edit) {
        try {
            if (version == null) {
                throw new OptimisticLockingFailureException("No version in the form");
            }
            edit.apply(version);
            flash.success(redirect, "plans.flash.removed");
        } catch (OptimisticLockingFailureException e) {
            flash.error(redirect, "error.conflict");
        } catch (RuleViolationException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/planer/" + planId;
    }
}
