package dk.loeft.institution.web;

import dk.loeft.institution.Area;
import dk.loeft.institution.InstitutionService;
import dk.loeft.platform.NotFoundException;
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

/** The forvaltning's list of areas (områder), where it creates and renames them. */
@Controller
class AreaFormController {

    static final String FORM = "areaForm";

    private final InstitutionService institutions;
    private final Flash flash;

    AreaFormController(InstitutionService institutions, Flash flash) {
        this.institutions = institutions;
        this.flash = flash;
    }

    @GetMapping("/omraader")
    String list(Model model) {
        int kommune = institutions.editorKommune();
        model.addAttribute("areas", institutions.areas(kommune));
        return "institution/areas";
    }

    @GetMapping("/omraader/ny")
    String newArea(Model model) {
        institutions.editorKommune();
        model.addAttribute(FORM, new AreaForm(null, null));
        return form(model, null);
    }

    @PostMapping("/omraader/ny")
    String create(
            @Valid @ModelAttribute(FORM) AreaForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        institutions.editorKommune();
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            Area area = institutions.createArea(String.valueOf(form.name()));
            flash.success(redirect, "institution.area.form.created", area.name());
            return "redirect:/omraader";
        } catch (RuleViolationException e) {
            errors.rejectValue("name", e.messageKey(), e.arguments(), null);
        }
        return form(model, null);
    }

    @GetMapping("/omraader/{areaId}/rediger")
    String edit(@PathVariable UUID areaId, Model model) {
        Area area = editable(areaId);
        model.addAttribute(FORM, new AreaForm(area.name(), area.version()));
        return form(model, area);
    }

    @PostMapping("/omraader/{areaId}/rediger")
    String rename(
            @PathVariable UUID areaId,
            @Valid @ModelAttribute(FORM) AreaForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Area area = editable(areaId);
        if (errors.getTarget() != null && form.version() == null) {
            errors.reject("institution.form.version.missing");
        }
        if (errors.hasErrors()) {
            return form(model, area);
        }
        try {
            Area renamed = institutions.renameArea(areaId, form.version(), String.valueOf(form.name()));
            flash.success(redirect, "institution.area.form.saved", renamed.name());
            return "redirect:/omraader";
        } catch (OptimisticLockingFailureException e) {
            flash.error(redirect, "error.conflict");
            return "redirect:/omraader/" + areaId + "/rediger";
        } catch (RuleViolationException e) {
            errors.rejectValue("name", e.messageKey(), e.arguments(), null);
        }
        return form(model, area);
    }

    /** An area of the editor's own kommune (not found otherwise). */
    private Area editable(UUID areaId) {
        int kommune = institutions.editorKommune();
        Area area = institutions.getArea(areaId);
        if (area.kommuneCode() != kommune) {
            throw new NotFoundException();
        }
        return area;
    }

    private static String form(Model model, @Nullable Area area) {
        model.addAttribute("area", area);
        return "institution/area-form";
    }
}
