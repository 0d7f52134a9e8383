package dk.loeft.institution.web;

import dk.loeft.institution.Institution;
import dk.loeft.institution.InstitutionService;
import dk.loeft.platform.web.Flash;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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

/** The forvaltning records an institution's children (børnetal) month by month. */
@Controller
class ChildrenCountFormController {

    static final String FORM = "childrenCountForm";

    private final InstitutionService institutions;
    private final Flash flash;
    private final Clock clock;

    ChildrenCountFormController(InstitutionService institutions, Flash flash, Clock clock) {
        this.institutions = institutions;
        this.flash = flash;
        this.clock = clock;
    }

    /** The counts so far, and the form for one month (this month unless another is asked for). */
    @GetMapping("/institutioner/{institutionId}/boernetal")
    String show(
            @PathVariable UUID institutionId,
            @RequestParam(name = "maaned", required = false) @Nullable YearMonth month,
            Model model) {
        Institution institution = institutions.editable(institutionId);
        YearMonth shown = month != null ? month : YearMonth.now(clock);
        model.addAttribute(
                FORM,
                institutions
                        .childrenCount(institutionId, shown.atDay(1))
                        .map(c -> new ChildrenCountForm(shown, c.children02(), c.children35(), c.version()))
                        .orElseGet(() -> new ChildrenCountForm(shown, null, null, null)));
        return page(model, institution);
    }

    @PostMapping("/institutioner/{institutionId}/boernetal")
    String record(
            @PathVariable UUID institutionId,
            @Valid @ModelAttribute(FORM) ChildrenCountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Institution institution = institutions.editable(institutionId);
        if (errors.hasErrors()) {
            return page(model, institution);
        }
        YearMonth month = Objects.requireNonNull(form.month());
        redirect.addAttribute("maaned", month.toString());
        try {
            institutions.recordChildren(
                    institutionId,
                    month.atDay(1),
                    Objects.requireNonNull(form.children02()),
                    Objects.requireNonNull(form.children35()),
                    form.version());
            flash.success(redirect, "institution.children.form.saved", monthText(month), institution.name());
        } catch (OptimisticLockingFailureException e) {
            if (form.version() == null) {
                flash.error(redirect, "institution.children.form.exists", monthText(month));
            } else {
                flash.error(redirect, "error.conflict");
            }
        }
        return "redirect:/institutioner/" + institutionId + "/boernetal";
    }

    private String page(Model model, Institution institution) {
        model.addAttribute("institution", institution);
        model.addAttribute("counts", institutions.childrenCounts(institution.id()));
        return "institution/children";
    }

    private static String monthText(YearMonth month) {
        return month.format(DateTimeFormatter.ofPattern("MMMM yyyy", LocaleContextHolder.getLocale()));
    }
}
