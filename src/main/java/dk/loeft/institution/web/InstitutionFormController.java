package dk.loeft.institution.web;

import dk.loeft.institution.Institution;
import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.InstitutionService;
import dk.loeft.institution.Ownership;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.web.Flash;
import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forvaltning creates and edits its institutions. Views are elsewhere; saving leads there. */
@Controller
class InstitutionFormController {

    static final String FORM = "institutionForm";

    private final InstitutionService institutions;
    private final Flash flash;

    InstitutionFormController(InstitutionService institutions, Flash flash) {
        this.institutions = institutions;
        this.flash = flash;
    }

    @GetMapping("/institutioner/ny")
    String newInstitution(Model model) {
        int kommune = institutions.editorKommune();
        model.addAttribute(FORM, InstitutionForm.empty());
        return form(model, kommune, null);
    }

    @PostMapping("/institutioner/ny")
    String create(
            @Valid @ModelAttribute(FORM) InstitutionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        int kommune = institutions.editorKommune();
        if (bound(errors) && (form.number() == null || form.number().isBlank())) {
            errors.rejectValue("number", "institution.form.number.required");
        }
        if (errors.hasErrors()) {
            return form(model, kommune, null);
        }
        try {
            Institution created = institutions.create(kommune, String.valueOf(form.number()), form.details());
            flash.success(redirect, "institution.form.created", created.name());
            return "redirect:/institutioner/" + created.id();
        } catch (RuleViolationException e) {
            rejectRule(errors, e);
        } catch (IllegalArgumentException e) {
            errors.reject("api.problem.rule.detail");
        }
        return form(model, kommune, null);
    }

    @GetMapping("/institutioner/{institutionId}/rediger")
    String edit(@PathVariable UUID institutionId, Model model) {
        Institution institution = institutions.editable(institutionId);
        model.addAttribute(FORM, InstitutionForm.of(institution));
        return form(model, institution.kommuneCode(), institution);
    }

    @PostMapping("/institutioner/{institutionId}/rediger")
    String update(
            @PathVariable UUID institutionId,
            @Valid @ModelAttribute(FORM) InstitutionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Institution institution = institutions.editable(institutionId);
        if (bound(errors) && form.version() == null) {
            errors.reject("institution.form.version.missing");
        }
        if (errors.hasErrors()) {
            return form(model, institution.kommuneCode(), institution);
        }
        try {
            institutions.update(institutionId, form.version(), form.details());
            flash.success(redirect, "institution.form.saved", form.details().name());
            return "redirect:/institutioner/" + institutionId;
        } catch (OptimisticLockingFailureException e) {
            flash.error(redirect, "error.conflict");
            return "redirect:/institutioner/" + institutionId + "/rediger";
        } catch (RuleViolationException e) {
            rejectRule(errors, e);
        } catch (IllegalArgumentException e) {
            errors.reject("api.problem.rule.detail");
        }
        return form(model, institution.kommuneCode(), institution);
    }

    /** False when the form could not even be built from the request (a value of the wrong type). */
    private static boolean bound(BindingResult errors) {
        return errors.getTarget() != null;
    }

    private static void rejectRule(BindingResult errors, RuleViolationException e) {
        if (e.messageKey().startsWith("institution.error.number")) {
            errors.rejectValue("number", e.messageKey(), e.arguments(), null);
        } else {
            errors.reject(e.messageKey(), e.arguments(), null);
        }
    }

    private String form(Model model, int kommune, @Nullable Institution institution) {
        model.addAttribute("institution", institution);
        model.addAttribute("areas", institutions.areas(kommune));
        model.addAttribute("kinds", InstitutionKind.values());
        model.addAttribute("ownerships", Ownership.values());
        return "institution/form";
    }
}
