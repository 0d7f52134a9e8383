package dk.loeft.catalog.web;

import dk.loeft.catalog.Catalog;
import dk.loeft.catalog.Provider;
import dk.loeft.catalog.ProviderKind;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.platform.web.Flash;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forvaltning's providers (udbydere): list, create and edit. */
@Controller
class ProviderController {

    static final String FORM = "providerForm";

    private final Catalog catalog;
    private final Flash flash;

    ProviderController(Catalog catalog, Flash flash) {
        this.catalog = catalog;
        this.flash = flash;
    }

    record ProviderForm(
            @NotBlank(message = "{catalog.error.providerName}")
            @Size(max = 200, message = "{catalog.form.size}")
            @Nullable
            String name,

            @NotNull(message = "{catalog.form.providerKind.required}") @Nullable
            ProviderKind kind,

            @Email(message = "{catalog.form.email}") @Size(max = 200, message = "{catalog.form.size}") @Nullable
            String email,

            @Nullable Integer version) {}

    @GetMapping("/katalog/udbydere")
    String list(Model model) {
        admin();
        model.addAttribute("providers", catalog.providers());
        return "catalog/providers";
    }

    @GetMapping("/katalog/udbydere/ny")
    String newProvider(Model model) {
        admin();
        model.addAttribute(FORM, new ProviderForm(null, null, null, null));
        return form(model, null);
    }

    @PostMapping("/katalog/udbydere/ny")
    String create(
            @Valid @ModelAttribute(FORM) ProviderForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        admin();
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            Provider created = catalog.createProvider(
                    String.valueOf(form.name()), Objects.requireNonNull(form.kind()), form.email());
            flash.success(redirect, "catalog.provider.created", created.name());
            return "redirect:/katalog/udbydere";
        } catch (RuleViolationException e) {
            errors.rejectValue("name", e.messageKey(), e.arguments(), null);
        }
        return form(model, null);
    }

    @GetMapping("/katalog/udbydere/{providerId}/rediger")
    String edit(@PathVariable UUID providerId, Model model) {
        admin();
        Provider provider = catalog.provider(providerId);
        model.addAttribute(
                FORM, new ProviderForm(provider.name(), provider.kind(), provider.email(), provider.version()));
        return form(model, provider);
    }

    @PostMapping("/katalog/udbydere/{providerId}/rediger")
    String update(
            @PathVariable UUID providerId,
            @Valid @ModelAttribute(FORM) ProviderForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        admin();
        Provider provider = catalog.provider(providerId);
        if (errors.getTarget() != null && form.version() == null) {
            errors.reject("catalog.form.version.missing");
        }
        if (errors.hasErrors()) {
            return form(model, provider);
        }
        try {
            catalog.updateProvider(
                    providerId,
                    Objects.requireNonNull(form.version()),
                    String.valueOf(form.name()),
                    Objects.requireNonNull(form.kind()),
                    form.email());
            flash.success(redirect, "catalog.provider.saved", String.valueOf(form.name()));
            return "redirect:/katalog/udbydere";
        } catch (OptimisticLockingFailureException e) {
            flash.error(redirect, "error.conflict");
            return "redirect:/katalog/udbydere/" + providerId + "/rediger";
        } catch (RuleViolationException e) {
            errors.rejectValue("name", e.messageKey(), e.arguments(), null);
        }
        return form(model, provider);
    }

    private String form(Model model, @Nullable Provider provider) {
        model.addAttribute("provider", provider);
        model.addAttribute("kinds", ProviderKind.values());
        return "catalog/provider-form";
    }

    private static void admin() {
        if (!Tenancy.currentUser().map(u -> u.is(Role.KOMMUNE_ADMIN)).orElse(false)) {
            throw new AccessDeniedException("Kun forvaltningen");
        }
    }
}
