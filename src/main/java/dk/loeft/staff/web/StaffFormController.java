package dk.loeft.staff.web;

import dk.loeft.institution.InstitutionService;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.staff.Education;
import dk.loeft.staff.SpecialFunction;
import dk.loeft.staff.StaffMember;
import dk.loeft.staff.StaffRole;
import dk.loeft.staff.StaffService;
import dk.loeft.staff.web.StaffForms.EducationForm;
import dk.loeft.staff.web.StaffForms.EmploymentForm;
import dk.loeft.staff.web.StaffForms.FunctionForm;
import dk.loeft.staff.web.StaffForms.ModuleForm;
import dk.loeft.staff.web.StaffForms.PersonForm;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The forvaltning registers staff members and edits them: the person's facts, and, each with its
 * own small form, educations, diploma modules, employments and special functions. Every form
 * carries the record's version, so a change made meanwhile by someone else is reported, not lost.
 */
@Controller
class StaffFormController {

    private final StaffService staff;
    private final InstitutionService institutions;
    private final MessageSource messages;

    StaffFormController(StaffService staff, InstitutionService institutions, MessageSource messages) {
        this.staff = staff;
        this.institutions = institutions;
        this.messages = messages;
    }

    @GetMapping("/medarbejdere/ny")
    String newMember(Model model) {
        staff.editorKommune();
        model.addAttribute("personForm", PersonForm.empty());
        return newForm(model);
    }

    @PostMapping("/medarbejdere/ny")
    String register(
            @Valid @ModelAttribute("personForm") PersonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        int kommune = staff.editorKommune();
        if (bound(errors)
                && (form.employeeNumber() == null || form.employeeNumber().isBlank())) {
            errors.rejectValue("employeeNumber", "staff.form.employeenumber.required");
        }
        if (errors.hasErrors()) {
            return newForm(model);
        }
        try {
            StaffMember created = staff.register(kommune, String.valueOf(form.employeeNumber()), form.details());
            success(redirect, "staff.form.created", created.name());
            return "redirect:/medarbejdere/" + created.id();
        } catch (RuleViolationException e) {
            if (e.messageKey().startsWith("staff.error.employeenumber")) {
                errors.rejectValue("employeeNumber", e.messageKey(), e.arguments(), null);
            } else {
                errors.reject(e.messageKey(), e.arguments(), null);
            }
        } catch (IllegalArgumentException e) {
            errors.reject("api.problem.rule.detail");
        }
        return newForm(model);
    }

    @GetMapping("/medarbejdere/{staffId}/rediger")
    String edit(@PathVariable UUID staffId, Model model) {
        return editPage(model, staff.editable(staffId));
    }

    @PostMapping("/medarbejdere/{staffId}/rediger")
    String update(
            @PathVariable UUID staffId,
            @Valid @ModelAttribute("personForm") PersonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        StaffMember member = staff.editable(staffId);
        return save(
                member,
                bound(errors) ? form.version() : null,
                errors,
                model,
                redirect,
                "/medarbejdere/" + staffId,
                () -> staff.update(staffId, Objects.requireNonNull(form.version()), form.details()),
                "staff.form.saved");
    }

    @PostMapping("/medarbejdere/{staffId}/uddannelser")
    String addEducation(
            @PathVariable UUID staffId,
            @Valid @ModelAttribute("educationForm") EducationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        StaffMember member = staff.editable(staffId);
        return save(
                member,
                bound(errors) ? form.version() : null,
                errors,
                model,
                redirect,
                editUrl(staffId, "uddannelser"),
                () -> staff.addEducation(
                        staffId,
                        Objects.requireNonNull(form.version()),
                        Objects.requireNonNull(form.education()),
                        Objects.requireNonNull(form.completedYear())),
                "staff.form.education.added");
    }

    @PostMapping("/medarbejdere/{staffId}/moduler")
    String addModule(
            @PathVariable UUID staffId,
            @Valid @ModelAttribute("moduleForm") ModuleForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        StaffMember member = staff.editable(staffId);
        return save(
                member,
                bound(errors) ? form.version() : null,
                errors,
                model,
                redirect,
                editUrl(staffId, "moduler"),
                () -> staff.addDiplomaModule(
                        staffId,
                        Objects.requireNonNull(form.version()),
                        String.valueOf(form.moduleName()),
                        Objects.requireNonNull(form.ects()),
                        Objects.requireNonNull(form.completedOn())),
                "staff.form.module.added");
    }

    @PostMapping("/medarbejdere/{staffId}/ansaettelser")
    String employ(
            @PathVariable UUID staffId,
            @Valid @ModelAttribute("employmentForm") EmploymentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        StaffMember member = staff.editable(staffId);
        if (bound(errors) && form.endsBeforeItStarts()) {
            errors.rejectValue("endDate", "staff.form.enddate.before");
        }
        return save(
                member,
                bound(errors) ? form.version() : null,
                errors,
                model,
                redirect,
                editUrl(staffId, "ansaettelser"),
                () -> staff.employ(
                        staffId,
                        Objects.requireNonNull(form.version()),
                        Objects.requireNonNull(form.institutionId()),
                        Objects.requireNonNull(form.weeklyHours()),
                        Objects.requireNonNull(form.startDate()),
                        form.endDate()),
                "staff.form.employment.added");
    }

    @PostMapping("/medarbejdere/{staffId}/funktioner")
    String assignFunction(
            @PathVariable UUID staffId,
            @Valid @ModelAttribute("functionForm") FunctionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        StaffMember member = staff.editable(staffId);
        return save(
                member,
                bound(errors) ? form.version() : null,
                errors,
                model,
                redirect,
                editUrl(staffId, "funktioner"),
                () -> staff.assignFunction(
                        staffId,
                        Objects.requireNonNull(form.version()),
                        Objects.requireNonNull(form.function()),
                        form.since()),
                "staff.form.function.assigned");
    }

    @PostMapping("/medarbejdere/{staffId}/funktioner/{function}/fjern")
    String removeFunction(
            @PathVariable UUID staffId,
            @PathVariable SpecialFunction function,
            @RequestParam int version,
            RedirectAttributes redirect) {
        staff.editable(staffId);
        try {
            staff.removeFunction(staffId, version, function);
            success(redirect, "staff.form.function.removed", text("function." + function.name()));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("flashError", text("error.conflict"));
        }
        return "redirect:" + editUrl(staffId, "funktioner");
    }

    /**
     * Saves one form of the edit page: on invalid input the page is shown again with the errors;
     * on a conflict with someone else's change it is shown with the fresh record and the message.
     */
    private String save(
            StaffMember member,
            Integer version,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            String successUrl,
            Supplier<StaffMember> change,
            String successKey) {
        if (bound(errors) && version == null) {
            errors.reject("institution.form.version.missing");
        }
        if (errors.hasErrors()) {
            return editPage(model, member);
        }
        try {
            StaffMember saved = change.get();
            success(redirect, successKey, saved.name());
            return "redirect:" + successUrl;
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("flashError", text("error.conflict"));
            return "redirect:/medarbejdere/" + member.id() + "/rediger";
        } catch (RuleViolationException e) {
            errors.reject(e.messageKey(), e.arguments(), null);
        } catch (IllegalArgumentException e) {
            errors.reject("api.problem.rule.detail");
        }
        return editPage(model, member);
    }

    /** False when the form could not even be built from the request (a value of the wrong type). */
    private static boolean bound(BindingResult errors) {
        return errors.getTarget() != null;
    }

    private String newForm(Model model) {
        model.addAttribute("roles", StaffRole.values());
        return "staff/form";
    }

    private String editPage(Model model, StaffMember member) {
        int version = member.version();
        if (!model.containsAttribute("personForm")) {
            model.addAttribute("personForm", PersonForm.of(member));
        }
        if (!model.containsAttribute("educationForm")) {
            model.addAttribute("educationForm", EducationForm.empty(version));
        }
        if (!model.containsAttribute("moduleForm")) {
            model.addAttribute("moduleForm", ModuleForm.empty(version));
        }
        if (!model.containsAttribute("employmentForm")) {
            model.addAttribute("employmentForm", EmploymentForm.empty(version));
        }
        if (!model.containsAttribute("functionForm")) {
            model.addAttribute("functionForm", FunctionForm.empty(version));
        }
        Map<UUID, String> institutionNames = new LinkedHashMap<>();
        institutions.institutionsOf(member.kommuneCode()).forEach(i -> institutionNames.put(i.id(), i.name()));
        model.addAttribute("member", member);
        model.addAttribute("institutionNames", institutionNames);
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("educations", Education.values());
        model.addAttribute("functions", SpecialFunction.values());
        return "staff/edit";
    }

    private static String editUrl(UUID staffId, String section) {
        return "/medarbejdere/" + staffId + "/rediger#" + section;
    }

    private void success(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("flashSuccess", text(key, args));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
