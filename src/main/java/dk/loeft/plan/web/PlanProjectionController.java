package dk.loeft.plan.web;

import dk.loeft.institution.InstitutionService;
import dk.loeft.institution.Kommune;
import dk.loeft.plan.PlanContent;
import dk.loeft.plan.PlanReaders;
import dk.loeft.plan.PlanVersionSummary;
import dk.loeft.plan.projection.PlanProjections;
import dk.loeft.plan.projection.Projection;
import dk.loeft.plan.projection.ProjectionAssumptions;
import dk.loeft.plan.projection.ScenarioComparison;
import dk.loeft.plan.projection.VersionRef;
import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.security.LoeftUser;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coverage projection of a plan version with its assumptions (a GET form, so a projection can be
 * bookmarked), and the comparison of a kommune's plan versions. The ministry picks a kommune.
 */
@Controller
class PlanProjectionController {

    private final PlanProjections projections;
    private final InstitutionService institutions;

    PlanProjectionController(PlanProjections projections, InstitutionService institutions) {
        this.projections = projections;
        this.institutions = institutions;
    }

    @GetMapping("/planer/{planId}/versioner/{versionNo}/fremskrivning")
    String projection(
            @PathVariable UUID planId,
            @PathVariable int versionNo,
            @Valid @ModelAttribute("assumptions") AssumptionsForm form,
            BindingResult errors,
            Model model) {
        PlanContent plan = projections.content(planId, versionNo);
        ProjectionAssumptions assumptions = errors.hasErrors() ? ProjectionAssumptions.DEFAULTS : form.assumptions();
        Projection projection = projections.project(plan, assumptions);
        if (!errors.hasErrors()) {
            model.addAttribute("assumptions", AssumptionsForm.of(assumptions));
        }
        model.addAttribute("plan", plan);
        model.addAttribute("projection", projection);
        model.addAttribute("chart", ProjectionChart.of(projection));
        model.addAttribute("mayChangeLogo", PlanReaders.require().is(dk.loeft.platform.security.Role.KOMMUNE_ADMIN));
        return "plan/projection";
    }

    @GetMapping("/planer/scenarier")
    String scenarios(
            @RequestParam(required = false) @Nullable Integer kommune,
            @RequestParam(name = "v", required = false) @Nullable List<String> chosen,
            @Valid @ModelAttribute("assumptions") AssumptionsForm form,
            BindingResult errors,
            Model model) {
        LoeftUser user = PlanReaders.require();
        if (user.isNational() && kommune == null) {
            model.addAttribute("kommuner", institutions.allKommuner());
            return "plan/scenarios-choose";
        }
        Kommune shown = institutions.kommuneFor(user, kommune);
        List<PlanVersionSummary> versions = projections.versionsOf(shown.code());
        List<String> picked = chosen == null ? List.of() : chosen;
        model.addAttribute("kommune", shown);
        model.addAttribute("national", user.isNational());
        model.addAttribute("versions", versions);
        model.addAttribute("picked", picked);
        if (!picked.isEmpty()) {
            List<VersionRef> refs = picked.stream().map(VersionRef::parse).toList();
            if (refs.stream().anyMatch(Objects::isNull)) {
                model.addAttribute("scenarioError", "plan.scenario.error.unknown");
            } else if (refs.stream().distinct().count() < ScenarioComparison.MIN
                    || refs.stream().distinct().count() > ScenarioComparison.MAX) {
                model.addAttribute("scenarioError", "plan.scenario.error.count");
            } else {
                ProjectionAssumptions assumptions =
                        errors.hasErrors() ? ProjectionAssumptions.DEFAULTS : form.assumptions();
                try {
                    model.addAttribute("comparison", projections.compare(shown.code(), refs, assumptions));
                } catch (NotFoundException e) {
                    model.addAttribute("scenarioError", "plan.scenario.error.unknown");
                }
                if (!errors.hasErrors()) {
                    model.addAttribute("assumptions", AssumptionsForm.of(assumptions));
                }
            }
        }
        return "plan/scenarios";
    }
}
