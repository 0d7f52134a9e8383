package dk.loeft.catalog.web;

import dk.loeft.catalog.Catalog;
import dk.loeft.catalog.Delivery;
import dk.loeft.catalog.Format;
import dk.loeft.catalog.Offering;
import dk.loeft.catalog.OfferingDetails;
import dk.loeft.catalog.OfferingKind;
import dk.loeft.catalog.OfferingModule;
import dk.loeft.institution.InstitutionService;
import dk.loeft.plan.InitiativeKind;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.platform.web.Flash;
import dk.loeft.staff.StaffRole;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forvaltning creates and edits offerings; saving leads to the offering's page. */
@Controller
class OfferingFormController {

    static final String FORM = "offeringForm";

    private final Catalog catalog;
    private final InstitutionService institutions;
    private final Flash flash;

    OfferingFormController(Catalog catalog, InstitutionService institutions, Flash flash) {
        this.catalog = catalog;
        this.institutions = institutions;
        this.flash = flash;
    }

    @GetMapping("/katalog/ny")
    String newOffering(Model model) {
        editor();
        model.addAttribute(FORM, OfferingForm.empty());
        return form(model, null);
    }

    @PostMapping("/katalog/ny")
    String create(
            @Valid @ModelAttribute(FORM) OfferingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        editor();
        Optional<OfferingDetails> details = details(form, errors);
        if (errors.hasErrors() || details.isEmpty()) {
            return form(model, null);
        }
        try {
            Offering created = catalog.create(details.get());
            flash.success(redirect, "catalog.offering.created", created.title());
            return "redirect:/katalog/" + created.id();
        } catch (RuleViolationException e) {
            errors.reject(e.messageKey(), e.arguments(), null);
        }
        return form(model, null);
    }

    @GetMapping("/katalog/{offeringId}/rediger")
    String edit(@PathVariable UUID offeringId, Model model) {
        editor();
        Offering offering = catalog.offering(offeringId);
        model.addAttribute(FORM, OfferingForm.of(offering));
        return form(model, offering);
    }

    @PostMapping("/katalog/{offeringId}/rediger")
    String update(
            @PathVariable UUID offeringId,
            @Valid @ModelAttribute(FORM) OfferingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        editor();
        Offering offering = catalog.offering(offeringId);
        if (errors.getTarget() != null && form.version() == null) {
            errors.reject("catalog.form.version.missing");
        }
        Optional<OfferingDetails> details = details(form, errors);
        if (errors.hasErrors() || details.isEmpty()) {
            return form(model, offering);
        }
        try {
            catalog.update(offeringId, Objects.requireNonNull(form.version()), details.get());
            flash.success(redirect, "catalog.offering.saved", details.get().title());
            return "redirect:/katalog/" + offeringId;
        } catch (OptimisticLockingFailureException e) {
            flash.error(redirect, "error.conflict");
            return "redirect:/katalog/" + offeringId + "/rediger";
        } catch (RuleViolationException e) {
            errors.reject(e.messageKey(), e.arguments(), null);
        }
        return form(model, offering);
    }

    /** The details the form describes, or empty with every problem rejected on its field. */
    private static Optional<OfferingDetails> details(OfferingForm f, BindingResult errors) {
        if (errors.getTarget() == null) {
            return Optional.empty();
        }
        Optional<Long> price = Kroner.oere(f.price());
        if (price.isEmpty()) {
            errors.rejectValue("price", "catalog.form.price.number");
        }
        Optional<BigDecimal> hours = Kroner.parse(f.hoursPerLearningDay())
                .filter(h -> h.compareTo(BigDecimal.valueOf(24)) <= 0
                        && h.stripTrailingZeros().scale() <= 2);
        if (hours.isEmpty()) {
            errors.rejectValue("hoursPerLearningDay", "catalog.form.hours.number");
        }
        List<OfferingModule> modules = modules(f, errors);
        List<OfferingDetails.NewSession> sessions = sessions(f, errors);
        Map<UUID, Integer> quotas = quotas(f, errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new OfferingDetails(
                Objects.requireNonNull(f.providerId()),
                Objects.requireNonNull(f.title()),
                Objects.requireNonNull(f.kind()),
                f.programme(),
                f.planInitiative(),
                Boolean.TRUE.equals(f.tailored()),
                Objects.requireNonNull(f.delivery()),
                f.place() == null ? "" : f.place(),
                Objects.requireNonNull(f.startDate()),
                Objects.requireNonNull(f.endDate()),
                f.applicationDeadline(),
                f.cancellationDeadline(),
                Objects.requireNonNull(f.capacity()),
                f.minimumParticipants() == null ? 0 : f.minimumParticipants(),
                price.orElseThrow(),
                f.targetRoles() == null ? java.util.Set.of() : f.targetRoles(),
                f.targetGroup() == null ? "" : f.targetGroup(),
                f.description() == null ? "" : f.description(),
                new Format(
                        f.learningDays() == null ? 0 : f.learningDays(),
                        hours.orElseThrow(),
                        f.teachingHours() == null ? 0 : f.teachingHours(),
                        f.supervisions() == null ? 0 : f.supervisions(),
                        Boolean.TRUE.equals(f.exam()),
                        Boolean.TRUE.equals(f.completionDocument())),
                modules,
                sessions,
                quotas));
    }

    private static List<OfferingModule> modules(OfferingForm f, BindingResult errors) {
        List<OfferingModule> modules = new ArrayList<>();
        for (int i = 0; i < OfferingForm.rows(f.moduleName(), f.moduleEcts()); i++) {
            String name = OfferingForm.at(f.moduleName(), i);
            String ects = OfferingForm.at(f.moduleEcts(), i);
            if (name.isEmpty() && ects.isEmpty()) {
                continue;
            }
            Integer points = integer(ects);
            if (name.isEmpty() || points == null || points < 1 || points > 60) {
                errors.rejectValue("moduleName", "catalog.form.module.row", new Object[] {i + 1}, null);
            } else {
                modules.add(new OfferingModule(name, points));
            }
        }
        return modules;
    }

    private static List<OfferingDetails.NewSession> sessions(OfferingForm f, BindingResult errors) {
        List<OfferingDetails.NewSession> sessions = new ArrayList<>();
        int rows = OfferingForm.rows(
                f.sessionDate(), f.sessionFrom(), f.sessionTo(), f.sessionPlace(), f.sessionTitle(), f.sessionId());
        for (int i = 0; i < rows; i++) {
            String date = OfferingForm.at(f.sessionDate(), i);
            String from = OfferingForm.at(f.sessionFrom(), i);
            String to = OfferingForm.at(f.sessionTo(), i);
            String place = OfferingForm.at(f.sessionPlace(), i);
            String title = OfferingForm.at(f.sessionTitle(), i);
            if (date.isEmpty() && from.isEmpty() && to.isEmpty() && place.isEmpty() && title.isEmpty()) {
                continue;
            }
            try {
                LocalDate day = LocalDate.parse(date);
                var starts = day.atTime(LocalTime.parse(from))
                        .atZone(OfferingForm.DANISH)
                        .toInstant();
                var ends = day.atTime(LocalTime.parse(to))
                        .atZone(OfferingForm.DANISH)
                        .toInstant();
                String id = OfferingForm.at(f.sessionId(), i);
                sessions.add(new OfferingDetails.NewSession(
                        id.isEmpty() ? null : UUID.fromString(id), starts, ends, place, title));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                errors.rejectValue("sessionDate", "catalog.form.session.row", new Object[] {i + 1}, null);
            }
        }
        return sessions;
    }

    private static Map<UUID, Integer> quotas(OfferingForm f, BindingResult errors) {
        Map<UUID, Integer> quotas = new LinkedHashMap<>();
        for (int i = 0; i < OfferingForm.rows(f.quotaInstitution(), f.quotaSeats()); i++) {
            String institution = OfferingForm.at(f.quotaInstitution(), i);
            String seats = OfferingForm.at(f.quotaSeats(), i);
            if (institution.isEmpty() && (seats.isEmpty() || seats.equals("0"))) {
                continue;
            }
            Integer count = integer(seats);
            UUID id = uuid(institution);
            if (id == null || count == null || count < 1 || quotas.containsKey(id)) {
                errors.rejectValue("quotaInstitution", "catalog.form.quota.row", new Object[] {i + 1}, null);
            } else {
                quotas.put(id, count);
            }
        }
        return quotas;
    }

    private static @Nullable Integer integer(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void editor() {
        LoeftUser user = Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
        if (!user.is(Role.KOMMUNE_ADMIN)) {
            throw new AccessDeniedException("Kun forvaltningen redigerer kataloget");
        }
    }

    private String form(Model model, @Nullable Offering offering) {
        LoeftUser user = Tenancy.currentUser().orElseThrow();
        OfferingForm form = (OfferingForm) model.getAttribute(FORM);
        model.addAttribute("offering", offering);
        model.addAttribute("providers", catalog.providers());
        model.addAttribute("initiatives", catalog.planInitiatives());
        model.addAttribute("institutions", institutions.institutionsOf(user.kommuneCode()));
        model.addAttribute("kinds", OfferingKind.values());
        model.addAttribute("programmes", InitiativeKind.values());
        model.addAttribute("deliveries", Delivery.values());
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("rows", form == null ? FormRows.of(OfferingForm.empty()) : FormRows.of(form));
        return "catalog/offering-form";
    }
}
