package dk.loeft.platform.users;

import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.security.UserAccount;
import dk.loeft.platform.users.UserForms.DetailsForm;
import dk.loeft.platform.users.UserForms.NewUserForm;
import dk.loeft.platform.users.UserForms.PasswordForm;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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

/** /brugere: the list of accounts, creating one, and changing one's role, status and password. */
@Controller
class UserAdminController {

    private final UserAdminService users;
    private final MessageSource messages;

    UserAdminController(UserAdminService users, MessageSource messages) {
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/brugere")
    String list(Model model) {
        model.addAttribute("users", users.users());
        model.addAttribute("now", users.now());
        return "users/list";
    }

    @GetMapping("/brugere/ny")
    String newUser(Model model) {
        model.addAttribute("newUserForm", NewUserForm.empty());
        return newForm(model);
    }

    @PostMapping("/brugere/ny")
    String create(
            @Valid @ModelAttribute("newUserForm") NewUserForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        List<Role> roles = users.assignableRoles();
        if (bound(errors) && form.password() != null && !form.password().equals(form.passwordRepeat())) {
            errors.rejectValue("passwordRepeat", "users.form.password.repeat");
        }
        if (errors.hasErrors()) {
            return newForm(model);
        }
        try {
            Role role = Objects.requireNonNull(form.role());
            if (!roles.contains(role)) {
                errors.rejectValue("role", "users.form.role.required");
                return newForm(model);
            }
            UserAccount created = users.create(new UserAdminService.NewUser(
                    String.valueOf(form.username()),
                    String.valueOf(form.displayName()),
                    role,
                    form.kommuneCode(),
                    new HashSet<>(orEmpty(form.institutionIds())),
                    form.employeeNumber(),
                    String.valueOf(form.password())));
            success(redirect, "users.form.created", created.username());
            return "redirect:/brugere";
        } catch (RuleViolationException e) {
            reject(errors, e, "username", "institutionIds", "employeeNumber", "kommuneCode", "password");
        }
        return newForm(model);
    }

    @GetMapping("/brugere/{userId}")
    String edit(@PathVariable UUID userId, Model model) {
        UserAccount account = users.get(userId);
        return editPage(model, account);
    }

    @PostMapping("/brugere/{userId}")
    String update(
            @PathVariable UUID userId,
            @Valid @ModelAttribute("detailsForm") DetailsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UserAccount account = users.get(userId);
        if (bound(errors) && form.version() == null) {
            errors.reject("institution.form.version.missing");
        }
        if (errors.hasErrors()) {
            return editPage(model, account);
        }
        try {
            UserAccount saved = users.update(
                    userId,
                    Objects.requireNonNull(form.version()),
                    String.valueOf(form.displayName()),
                    Objects.requireNonNull(form.role()),
                    new HashSet<>(orEmpty(form.institutionIds())),
                    form.employeeNumber());
            success(redirect, "users.form.saved", saved.username());
            return "redirect:/brugere";
        } catch (OptimisticLockingFailureException e) {
            return conflict(redirect, userId);
        } catch (RuleViolationException e) {
            reject(errors, e, "institutionIds", "employeeNumber");
        }
        return editPage(model, account);
    }

    @PostMapping("/brugere/{userId}/adgangskode")
    String setPassword(
            @PathVariable UUID userId,
            @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UserAccount account = users.get(userId);
        if (bound(errors) && form.password() != null && !form.password().equals(form.passwordRepeat())) {
            errors.rejectValue("passwordRepeat", "users.form.password.repeat");
        }
        if (bound(errors) && form.version() == null) {
            errors.reject("institution.form.version.missing");
        }
        if (errors.hasErrors()) {
            return editPage(model, account);
        }
        try {
            UserAccount saved =
                    users.setPassword(userId, Objects.requireNonNull(form.version()), String.valueOf(form.password()));
            success(redirect, "users.form.password.saved", saved.username());
            return "redirect:/brugere";
        } catch (OptimisticLockingFailureException e) {
            return conflict(redirect, userId);
        } catch (RuleViolationException e) {
            reject(errors, e, "password");
        }
        return editPage(model, account);
    }

    @PostMapping("/brugere/{userId}/deaktiver")
    String disable(@PathVariable UUID userId, @RequestParam int version, RedirectAttributes redirect) {
        users.get(userId);
        try {
            UserAccount saved = users.disable(userId, version);
            success(redirect, "users.form.disabled", saved.username());
            return "redirect:/brugere";
        } catch (OptimisticLockingFailureException e) {
            return conflict(redirect, userId);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", text(e.messageKey(), e.arguments()));
            return "redirect:/brugere/" + userId;
        }
    }

    @PostMapping("/brugere/{userId}/aktiver")
    String enable(@PathVariable UUID userId, @RequestParam int version, RedirectAttributes redirect) {
        users.get(userId);
        try {
            UserAccount saved = users.enable(userId, version);
            success(redirect, "users.form.enabled", saved.username());
            return "redirect:/brugere";
        } catch (OptimisticLockingFailureException e) {
            return conflict(redirect, userId);
        }
    }

    /** False when the form could not even be built from the request (a value of the wrong type). */
    private static boolean bound(BindingResult errors) {
        return errors.getTarget() != null;
    }

    private String conflict(RedirectAttributes redirect, UUID userId) {
        redirect.addFlashAttribute("flashError", text("error.conflict"));
        return "redirect:/brugere/" + userId;
    }

    /** Shows a broken rule at the field it concerns, if the form has that field, else at the top. */
    private static void reject(BindingResult errors, RuleViolationException e, String... formFields) {
        String key = e.messageKey();
        String field = key.startsWith("users.error.username")
                ? "username"
                : key.startsWith("users.error.institutions")
                        ? "institutionIds"
                        : key.startsWith("users.error.employeenumber")
                                ? "employeeNumber"
                                : key.startsWith("users.error.kommune")
                                        ? "kommuneCode"
                                        : key.startsWith("users.error.password") ? "password" : "";
        if (List.of(formFields).contains(field)) {
            errors.rejectValue(field, key, e.arguments(), null);
        } else {
            errors.reject(key, e.arguments(), null);
        }
    }

    private String newForm(Model model) {
        model.addAttribute("roles", users.assignableRoles());
        model.addAttribute("institutionChoices", users.institutionChoices());
        model.addAttribute("kommuneChoices", users.kommunerWithoutAdministrator());
        return "users/new";
    }

    private String editPage(Model model, UserAccount account) {
        if (!model.containsAttribute("detailsForm")) {
            model.addAttribute(
                    "detailsForm",
                    new DetailsForm(
                            account.displayName(),
                            account.role(),
                            List.copyOf(account.institutionIds()),
                            users.employeeNumberOf(account),
                            account.version()));
        }
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm(null, null, account.version()));
        }
        model.addAttribute("account", account);
        model.addAttribute("locked", account.isLocked(users.now()));
        model.addAttribute(
                "roles",
                account.role() == Role.NATIONAL
                        ? List.of(Role.NATIONAL)
                        : users.assignableRoles().stream()
                                .filter(r -> r != Role.NATIONAL)
                                .toList());
        model.addAttribute("institutionChoices", users.institutionChoices());
        return "users/edit";
    }

    private static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }

    private void success(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("flashSuccess", text(key, args));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
