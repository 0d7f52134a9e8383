package dk.loeft.enrolment.web;

import dk.loeft.catalog.Catalog;
import dk.loeft.catalog.Offering;
import dk.loeft.enrolment.Application;
import dk.loeft.enrolment.Applications;
import dk.loeft.enrolment.EnrolmentOverview;
import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.platform.web.Flash;
import dk.loeft.staff.StaffMember;
import dk.loeft.staff.StaffService;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Comparator;
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
 * Applying (/ansoegninger/ny?udbud=…, linked from the catalogue), one application with its
 * conditions and the decision for the stage that awaits it (/ansoegninger/{id}), and the list of
 * applications waiting for the signed-in leader or forvaltning (/ansoegninger).
 */
@Controller
class ApplicationController {

    private final Applications applications;
    private final EnrolmentOverview overview;
    private final Catalog catalog;
    private final StaffService staff;
    private final Flash flash;

    ApplicationController(
            Applications applications, EnrolmentOverview overview, Catalog catalog, StaffService staff, Flash flash) {
        this.applications = applications;
        this.overview = overview;
        this.catalog = catalog;
        this.staff = staff;
        this.flash = flash;
    }

    @GetMapping("/ansoegninger")
    String list(Model model) {
        LoeftUser user = currentUser();
        if (user.is(Role.STAFF)) {
            return "redirect:/mig/kurser";
        }
        model.addAttribute("awaiting", overview.awaitingDecision());
        model.addAttribute("leader", user.is(Role.LEADER));
        if (user.is(Role.LEADER)) {
            model.addAttribute("applications", overview.applicationsOfMyStaff());
            model.addAttribute("courses", overview.coursesOfMyStaff());
            model.addAttribute("absences", overview.absencesAhead());
            model.addAttribute("weeks", EnrolmentOverview.ABSENCE_WEEKS);
        }
        return "enrolment/applications";
    }

    @GetMapping("/ansoegninger/ny")
    String form(@RequestParam(required = false) @Nullable UUID udbud, Model model) {
        requireApplicant();
        model.addAttribute("form", new ApplicationForm(udbud, null, null, null, null, null));
        return form(model, udbud);
    }

    @PostMapping("/ansoegninger/ny")
    String apply(
            @Valid @ModelAttribute("form") ApplicationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LoeftUser user = requireApplicant();
        UUID person = person(user, form, errors);
        if (errors.hasErrors() || person == null) {
            return form(model, form.udbud());
        }
        try {
            Application saved = applications.apply(person, form.choices(), form.motivation());
            flash.success(redirect, "enrolment.application.sent");
            return "redirect:/ansoegninger/" + saved.id();
        } catch (RuleViolationException e) {
            errors.reject(e.messageKey(), e.arguments(), e.messageKey());
            return form(model, form.udbud());
        }
    }

    @GetMapping("/ansoegninger/{applicationId}")
    String application(@PathVariable UUID applicationId, Model model) {
        model.addAttribute("view", applications.view(applicationId));
        model.addAttribute("form", new DecisionForm(0, null, null, null));
        return "enrolment/application";
    }

    @PostMapping("/ansoegninger/{applicationId}/afgoerelse")
    String decide(
            @PathVariable UUID applicationId,
            @Valid @ModelAttribute("form") DecisionForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        Applications.ApplicationView view = applications.view(applicationId);
        if (view.mayDecide() == null) {
            throw new AccessDeniedException("Ikke din beslutning");
        }
        String back = "redirect:/ansoegninger/" + applicationId;
        if (errors.hasErrors()) {
            flash.error(
                    redirect,
                    errors.hasFieldErrors("approve")
                            ? "enrolment.application.error.decision"
                            : "enrolment.application.error.reasonLength");
            return back;
        }
        try {
            Application decided = applications.decide(
                    applicationId,
                    form.version(),
                    view.mayDecide(),
                    Boolean.TRUE.equals(form.approve()),
                    form.reason(),
                    form.ownBudgetReason());
            flash.success(redirect, "enrolment.application.decided." + decided.status(), view.personName());
        } catch (RuleViolationException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
        } catch (OptimisticLockingFailureException e) {
            flash.error(redirect, "error.conflict");
        }
        return back;
    }

    @PostMapping("/ansoegninger/{applicationId}/tilbagetraek")
    String withdraw(@PathVariable UUID applicationId, @RequestParam int version, RedirectAttributes redirect) {
        try {
            applications.withdraw(applicationId, version);
            flash.success(redirect, "enrolment.application.withdrawn");
        } catch (RuleViolationException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
        } catch (OptimisticLockingFailureException e) {
            flash.error(redirect, "error.conflict");
        }
        return "redirect:/ansoegninger/" + applicationId;
    }

    private String form(Model model, @Nullable UUID first) {
        LoeftUser user = currentUser();
        LocalDate today = applications.today();
        List<Offering> open = catalog.offerings().stream()
                .filter(o -> o.published() && applications.openForApplications(o, today))
                .sorted(Comparator.comparing(Offering::startDate).thenComparing(Offering::title))
                .toList();
        Offering chosen = first == null ? null : catalog.offering(first);
        model.addAttribute("offerings", open);
        model.addAttribute("chosen", chosen);
        model.addAttribute("role", user.role().name());
        if (user.is(Role.STAFF) && chosen != null) {
            model.addAttribute("eligibility", applications.eligibility(Objects.requireNonNull(user.staffId()), chosen));
        }
        if (user.is(Role.LEADER)) {
            model.addAttribute(
                    "people",
                    staff.employedAt(user.institutionIds(), today).stream()
                            .sorted(Comparator.comparing(StaffMember::name))
                            .toList());
        }
        return "enrolment/application-form";
    }

    /** Whom the application is for: oneself, one of the leader's staff, or an employee number of the kommune. */
    private @Nullable UUID person(LoeftUser user, ApplicationForm form, BindingResult errors) {
        return switch (user.role()) {
            case STAFF -> user.staffId();
            case LEADER -> {
                if (form.staffId() == null) {
                    errors.rejectValue("staffId", "enrolment.application.error.person");
                }
                yield form.staffId();
            }
            case KOMMUNE_ADMIN -> {
                String number = form.employeeNumber() == null
                        ? ""
                        : form.employeeNumber().strip();
                UUID found = number.isEmpty()
                        ? null
                        : staff.findByEmployeeNumber(user.kommuneCode(), number)
                                .map(StaffMember::id)
                                .orElse(null);
                if (found == null && !errors.hasFieldErrors("employeeNumber")) {
                    errors.rejectValue("employeeNumber", "enrolment.application.error.employeeNumberUnknown");
                }
                yield found;
            }
            case NATIONAL, FINANCE -> throw new AccessDeniedException("Kan ikke søge");
        };
    }

    private static LoeftUser requireApplicant() {
        LoeftUser user = currentUser();
        if (!user.is(Role.STAFF) && !user.is(Role.LEADER) && !user.is(Role.KOMMUNE_ADMIN)) {
            throw new AccessDeniedException("Kun medarbejdere, ledere og forvaltningen kan søge");
        }
        if (user.is(Role.STAFF) && user.staffId() == null) {
            throw new NotFoundException();
        }
        return user;
    }

    private static LoeftUser currentUser() {
        return Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
    }
}
