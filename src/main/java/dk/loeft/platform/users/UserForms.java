package dk.loeft.platform.users;

import dk.loeft.platform.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The forms of the user administration pages. */
final class UserForms {

    private UserForms() {}

    /** A new account: a leader also gets institutions, a staff account an employee number. */
    record NewUserForm(
            @Nullable
            @NotBlank(message = "{users.form.username.required}")
            @Pattern(regexp = "(?i)|[a-z0-9][a-z0-9._-]{2,59}", message = "{users.form.username.pattern}")
            String username,

            @Nullable
            @NotBlank(message = "{users.form.displayname.required}")
            @Size(max = 200, message = "{users.form.displayname.size}")
            String displayName,

            @Nullable @NotNull(message = "{users.form.role.required}")
            Role role,

            @Nullable Integer kommuneCode,
            @Nullable List<UUID> institutionIds,

            @Nullable @Size(max = 30, message = "{users.form.employeenumber.size}")
            String employeeNumber,

            @Nullable
            @NotNull(message = "{users.form.password.required}")
            @Size(min = 12, max = 200, message = "{users.form.password.length}")
            String password,

            @Nullable String passwordRepeat) {

        static NewUserForm empty() {
            return new NewUserForm(null, null, null, null, List.of(), null, null, null);
        }
    }

    /** Display name and role of an existing account. */
    record DetailsForm(
            @Nullable
            @NotBlank(message = "{users.form.displayname.required}")
            @Size(max = 200, message = "{users.form.displayname.size}")
            String displayName,

            @Nullable @NotNull(message = "{users.form.role.required}")
            Role role,

            @Nullable List<UUID> institutionIds,

            @Nullable @Size(max = 30, message = "{users.form.employeenumber.size}")
            String employeeNumber,

            @Nullable Integer version) {}

    /** A new password, typed twice. */
    record PasswordForm(
            @Nullable
            @NotNull(message = "{users.form.password.required}")
            @Size(min = 12, max = 200, message = "{users.form.password.length}")
            String password,

            @Nullable String passwordRepeat,
            @Nullable Integer version) {}

    /** A new API token's name. */
    record TokenForm(
            @Nullable
            @NotBlank(message = "{users.token.form.name.required}")
            @Size(max = 100, message = "{users.token.form.name.size}")
            String name) {}
}
