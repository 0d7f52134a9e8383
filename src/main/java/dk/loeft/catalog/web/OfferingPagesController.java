package dk.loeft.catalog.web;

import dk.loeft.catalog.Catalog;
import dk.loeft.catalog.Framework;
import dk.loeft.catalog.FrameworkCheck;
import dk.loeft.catalog.Frameworks;
import dk.loeft.catalog.Offering;
import dk.loeft.catalog.OfferingFilter;
import dk.loeft.catalog.OfferingKind;
import dk.loeft.catalog.OfferingStatus;
import dk.loeft.catalog.PlanInitiative;
import dk.loeft.institution.Institution;
import dk.loeft.institution.InstitutionService;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.platform.web.Flash;
import dk.loeft.staff.StaffRole;
import dk.loeft.staff.StaffService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * The catalogue's pages: the forvaltning's list of offerings with filters, an offering with all its
 * facts and its frame check (publish, cancel, choose frames), and the published courses for
 * everyone in the kommune.
 */
@Controller
class OfferingPagesController {

    private final Catalog catalog;
    private final Frameworks frameworks;
    private final InstitutionService institutions;
    private final StaffService staff;
    private final DemandTexts texts;
    private final Flash flash;

    OfferingPagesController(
            Catalog catalog,
            Frameworks frameworks,
            InstitutionService institutions,
            StaffService staff,
            DemandTexts texts,
            Flash flash) {
        this.catalog = catalog;
        this.frameworks = frameworks;
        this.institutions = institutions;
        this.staff = staff;
        this.texts = texts;
        this.flash = flash;
    }

    /** A checked frame as the page shows it: each demand with the offering's figure. */
    record CheckView(Framework framework, List<Row> rows, long missed) {

        record Row(String label, String source, String expected, String actual, boolean met) {}
    }

    record CancelForm(
            @NotBlank(message = "{catalog.error.cancelReason}")
            @Size(max = 1000, message = "{catalog.form.size}")
            @Nullable
            String reason,

            @NotNull(message = "{catalog.form.version.missing}") @Nullable
            Integer version) {}

    @GetMapping("/katalog")
    String list(
            @RequestParam(required = false) @Nullable OfferingStatus status,
            @RequestParam(name = "type", required = false) @Nullable OfferingKind kind,
            @RequestParam(name = "udbyder", required = false) @Nullable UUID provider,
            @RequestParam(name = "indsats", required = false) @Nullable UUID initiative,
            Model model) {
        admin();
        List<PlanInitiative> initiatives = catalog.planInitiatives();
        model.addAttribute("offerings", catalog.offerings(new OfferingFilter(status, kind, provider, initiative)));
        model.addAttribute("providers", catalog.providers());
        model.addAttribute("initiatives", initiatives);
        model.addAttribute("initiativeNames", names(initiatives));
        model.addAttribute("statuses", OfferingStatus.values());
        model.addAttribute("kinds", OfferingKind.values());
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("provider", provider);
        model.addAttribute("initiative", initiative);
        return "catalog/offerings";
    }

    @GetMapping("/katalog/{offeringId}")
    String offering(@PathVariable UUID offeringId, Model model) {
        LoeftUser user = user();
        Offering offering = catalog.offering(offeringId);
        boolean admin = user.is(Role.KOMMUNE_ADMIN);
        Map<UUID, String> institutionNames = institutions.institutionsOf(offering.kommuneCode()).stream()
                .collect(Collectors.toMap(Institution::id, Institution::name));
        model.addAttribute("offering", offering);
        model.addAttribute("admin", admin);
        model.addAttribute("cancellation", catalog.cancellation(offeringId).orElse(null));
        model.addAttribute("initiativeNames", names(catalog.planInitiatives()));
        model.addAttribute(
                "quotas",
                offering.quotas().entrySet().stream()
                        .filter(e -> institutionNames.containsKey(e.getKey()))
                        .map(e -> Map.entry(institutionNames.get(e.getKey()), e.getValue()))
                        .sorted(Map.Entry.comparingByKey())
                        .toList());
        model.addAttribute(
                "checks", frameworks.check(offeringId).stream().map(this::view).toList());
        model.addAttribute("frameworks", admin ? frameworks.frameworks() : List.of());
        model.addAttribute(
                "chosen",
                frameworks.chosenFor(offeringId).stream().map(Framework::id).collect(Collectors.toSet()));
        model.addAttribute("mayApply", offering.published() && (user.is(Role.STAFF) || user.is(Role.LEADER)));
        return "catalog/offering";
    }

    @PostMapping("/katalog/{offeringId}/offentliggoer")
    String publish(@PathVariable UUID offeringId, @RequestParam int version, RedirectAttributes redirect) {
        try {
            Offering published = catalog.publish(offeringId, version);
            flash.success(redirect, "catalog.offering.published", published.title());
        } catch (OptimisticLockingFailureException e) {
            flash.error(redirect, "error.conflict");
        } catch (RuleViolationException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/katalog/" + offeringId;
    }

    @PostMapping("/katalog/{offeringId}/rammer")
    String chooseFrameworks(
            @PathVariable UUID offeringId,
            @RequestParam(name = "framework", required = false) @Nullable List<UUID> chosen,
            RedirectAttributes redirect) {
        try {
            frameworks.choose(offeringId, chosen == null ? List.of() : chosen);
            flash.success(redirect, "catalog.framework.chosen");
        } catch (RuleViolationException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/katalog/" + offeringId + "#rammer";
    }

    @GetMapping("/katalog/{offeringId}/aflys")
    String cancelForm(@PathVariable UUID offeringId, Model model) {
        admin();
        Offering offering = catalog.offering(offeringId);
        model.addAttribute("cancelForm", new CancelForm(null, offering.version()));
        return cancelPage(model, offering);
    }

    @PostMapping("/katalog/{offeringId}/aflys")
    String cancel(
            @PathVariable UUID offeringId,
            @Valid @ModelAttribute("cancelForm") CancelForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        admin();
        Offering offering = catalog.offering(offeringId);
        if (errors.hasErrors()) {
            return cancelPage(model, offering);
        }
        try {
            catalog.cancel(offeringId, java.util.Objects.requireNonNull(form.version()), String.valueOf(form.reason()));
            flash.success(redirect, "catalog.offering.cancelled", offering.title());
            return "redirect:/katalog/" + offeringId;
        } catch (OptimisticLockingFailureException e) {
            flash.error(redirect, "error.conflict");
            return "redirect:/katalog/" + offeringId;
        } catch (RuleViolationException e) {
            errors.reject(e.messageKey(), e.arguments(), null);
        }
        return cancelPage(model, offering);
    }

    /** Published courses for everyone in the kommune, with whether the signed-in person is in each target group. */
    @GetMapping("/kurser")
    String courses(Model model) {
        LoeftUser user = user();
        if (user.isNational()) {
            throw new AccessDeniedException("Kurserne læses i kommunen");
        }
        StaffRole role = ownRole(user);
        model.addAttribute(
                "offerings",
                catalog.offerings(new OfferingFilter(OfferingStatus.PUBLISHED, null, null, null)).stream()
                        .sorted(java.util.Comparator.comparing(Offering::startDate))
                        .toList());
        model.addAttribute("role", role);
        model.addAttribute("mayApply", user.is(Role.STAFF) || user.is(Role.LEADER));
        return "catalog/courses";
    }

    private String cancelPage(Model model, Offering offering) {
        model.addAttribute("offering", offering);
        return "catalog/cancel";
    }

    private CheckView view(FrameworkCheck check) {
        return new CheckView(
                check.framework(),
                check.results().stream()
                        .map(r -> new CheckView.Row(
                                r.demand().label(),
                                r.demand().source(),
                                texts.expected(r.demand()),
                                texts.actual(r.demand(), r.actual()),
                                r.met()))
                        .toList(),
                check.missed());
    }

    /** The post of the signed-in person: their staff record's, or a leader's. */
    private @Nullable StaffRole ownRole(LoeftUser user) {
        if (user.staffId() != null) {
            return staff.get(user.staffId()).role();
        }
        return user.is(Role.LEADER) ? StaffRole.LEDER : null;
    }

    private static Map<UUID, String> names(List<PlanInitiative> initiatives) {
        return initiatives.stream().collect(Collectors.toMap(PlanInitiative::id, PlanInitiative::name, (a, b) -> a));
    }

    private static LoeftUser user() {
        return Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
    }

    private static void admin() {
        if (!user().is(Role.KOMMUNE_ADMIN)) {
            throw new AccessDeniedException("Kun forvaltningen");
        }
    }
}
