package dk.loeft.platform.users;

import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.api.ApiTokenService;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.security.UserAccount;
import dk.loeft.platform.security.UserAccountRepository;
import dk.loeft.platform.tenancy.Tenancy;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may manage which accounts, in one place. The user tables have no row-level security, so
 * every query here is scoped by hand: a kommune's forvaltning sees and changes only its own
 * kommune's accounts (never another kommune's, never a national one); the ministry sees only the
 * national accounts and may create a kommune's first forvaltning account.
 */
@Service
@Transactional(readOnly = true)
class UserAdminService {

    static final int MIN_PASSWORD_LENGTH = 12;
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final JdbcClient jdbc;
    private final Clock clock;

    UserAdminService(UserAccountRepository accounts, PasswordEncoder passwords, JdbcClient jdbc, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The accounts the signed-in administrator manages, sorted by username, in one query. */
    List<UserRow> users() {
        LoeftUser admin = requireAdministrator();
        String select = """
                select u.id, u.username, u.display_name, u.role, u.enabled, u.locked_until,
                       s.name as staff_name, s.employee_number,
                       (select string_agg(i.name, ', ' order by i.name)
                          from user_institution ui join institution i on i.id = ui.institution_id
                         where ui.user_account = u.id) as institutions
                  from user_account u
                  left join staff_member s on s.id = u.staff_id
                """;
        if (admin.isNational()) {
            return jdbc.sql(select + " where u.role = 'NATIONAL' order by u.username")
                    .query(UserRow.class)
                    .list();
        }
        return jdbc.sql(select + " where u.kommune_code = :kommune order by u.username")
                .param("kommune", admin.kommuneCode())
                .query(UserRow.class)
                .list();
    }

    /** An account the signed-in administrator manages, or not found. */
    UserAccount get(UUID id) {
        LoeftUser admin = requireAdministrator();
        return (admin.isNational()
                        ? accounts.findById(id).filter(a -> a.role() == Role.NATIONAL)
                        : accounts.findByIdAndKommuneCode(id, admin.kommuneCode()))
                .orElseThrow(NotFoundException::new);
    }

    /** The roles the signed-in administrator may give when creating an account. */
    List<Role> assignableRoles() {
        LoeftUser admin = requireAdministrator();
        return admin.isNational()
                ? List.of(Role.NATIONAL, Role.KOMMUNE_ADMIN)
                : List.of(Role.KOMMUNE_ADMIN, Role.FINANCE, Role.LEADER, Role.STAFF);
    }

    /** The kommune's institutions, to choose a leader's from (empty for the ministry). */
    List<Choice> institutionChoices() {
        LoeftUser admin = requireAdministrator();
        if (admin.isNational()) {
            return List.of();
        }
        return jdbc.sql(
                        "select id::text as value, name as label from institution where kommune_code = :k order by name")
                .param("k", admin.kommuneCode())
                .query(Choice.class)
                .list();
    }

    /** For the ministry: the kommuner that have no forvaltning account yet. */
    List<Choice> kommunerWithoutAdministrator() {
        LoeftUser admin = requireAdministrator();
        if (!admin.isNational()) {
            return List.of();
        }
        return jdbc.sql("""
                        select k.code::text as value, k.name as label from kommune k
                         where not exists (select 1 from user_account u
                                            where u.kommune_code = k.code and u.role = 'KOMMUNE_ADMIN')
                         order by k.name""").query(Choice.class).list();
    }

    @Transactional
    UserAccount create(NewUser command) {
        LoeftUser admin = requireAdministrator();
        String username = command.username().trim().toLowerCase();
        if (!USERNAME.matcher(username).matches()) {
            throw new RuleViolationException("users.error.username.pattern");
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new RuleViolationException("users.error.username.taken", username);
        }
        if (!assignableRoles().contains(command.role())) {
            throw new AccessDeniedException("Rollen kan ikke tildeles af denne administrator");
        }
        requirePasswordPolicy(command.password());
        Integer kommune = kommuneOfNewAccount(admin, command);
        Assignment assignment = kommune == null
                ? new Assignment(Set.of(), null)
                : assignment(kommune, command.role(), command.institutionIds(), command.employeeNumber());
        return accounts.save(UserAccount.create(
                username,
                passwords.encode(command.password()),
                requireDisplayName(command.displayName()),
                command.role(),
                kommune,
                assignment.institutionIds(),
                assignment.staffId(),
                clock.instant()));
    }

    private @Nullable Integer kommuneOfNewAccount(LoeftUser admin, NewUser command) {
        if (!admin.isNational()) {
            return admin.kommuneCode();
        }
        if (command.role() == Role.NATIONAL) {
            return null;
        }
        Integer kommune = command.kommuneCode();
        if (kommune == null) {
            throw new RuleViolationException("users.error.kommune.required");
        }
        boolean withoutAdministrator =
                kommunerWithoutAdministrator().stream().anyMatch(c -> c.value().equals(kommune.toString()));
        if (!withoutAdministrator) {
            throw new RuleViolationException("users.error.kommune.has.admin");
        }
        return kommune;
    }

    /** New display name and role (with a leader's institutions or a staff member's record). */
    @Transactional
    UserAccount update(
            UUID id,
            int expectedVersion,
            String displayName,
            Role role,
            Set<UUID> institutionIds,
            @Nullable String employeeNumber) {
        UserAccount account = get(id);
        expectVersion(account, expectedVersion);
        account.rename(requireDisplayName(displayName));
        if (account.role() != Role.NATIONAL) {
            if (role != account.role()) {
                requireNotSelf(account, "users.error.self.role");
            }
            if (!assignableRoles().contains(role) || role == Role.NATIONAL) {
                throw new AccessDeniedException("Rollen kan ikke tildeles af denne administrator");
            }
            Assignment assignment =
                    assignment(Objects.requireNonNull(account.kommuneCode()), role, institutionIds, employeeNumber);
            account.changeRole(role, assignment.institutionIds(), assignment.staffId());
        } else if (role != Role.NATIONAL) {
            throw new RuleViolationException("users.error.national.role");
        }
        return accounts.save(account);
    }

    @Transactional
    UserAccount disable(UUID id, int expectedVersion) {
        UserAccount account = get(id);
        expectVersion(account, expectedVersion);
        requireNotSelf(account, "users.error.self.disable");
        account.disable();
        return accounts.save(account);
    }

    @Transactional
    UserAccount enable(UUID id, int expectedVersion) {
        UserAccount account = get(id);
        expectVersion(account, expectedVersion);
        account.enable();
        return accounts.save(account);
    }

    @Transactional
    UserAccount setPassword(UUID id, int expectedVersion, String password) {
        UserAccount account = get(id);
        expectVersion(account, expectedVersion);
        requirePasswordPolicy(password);
        account.changePassword(passwords.encode(password));
        return accounts.save(account);
    }

    /** The employee number of a staff account's record, for the edit form. */
    @Nullable
    String employeeNumberOf(UserAccount account) {
        if (account.staffId() == null) {
            return null;
        }
        return jdbc.sql("select employee_number from staff_member where id = :id")
                .param("id", account.staffId())
                .query(String.class)
                .optional()
                .orElse(null);
    }

    Instant now() {
        return clock.instant();
    }

    /** A leader gets institutions of the kommune, a staff account its staff record; others neither. */
    private Assignment assignment(int kommune, Role role, Set<UUID> institutionIds, @Nullable String employeeNumber) {
        return switch (role) {
            case LEADER -> {
                if (institutionIds.isEmpty()) {
                    throw new RuleViolationException("users.error.institutions.required");
                }
                Set<UUID> own = new HashSet<>();
                jdbc.sql("select id from institution where kommune_code = :k and id in (:ids)")
                        .param("k", kommune)
                        .param("ids", List.copyOf(institutionIds))
                        .query(UUID.class)
                        .list()
                        .forEach(own::add);
                if (!own.equals(institutionIds)) {
                    throw new RuleViolationException("users.error.institutions.unknown");
                }
                yield new Assignment(own, null);
            }
            case STAFF -> {
                if (employeeNumber == null || employeeNumber.isBlank()) {
                    throw new RuleViolationException("users.error.employeenumber.required");
                }
                UUID staffId = jdbc.sql("select id from staff_member where kommune_code = :k and employee_number = :n")
                        .param("k", kommune)
                        .param("n", employeeNumber.trim())
                        .query(UUID.class)
                        .optional()
                        .orElseThrow(() -> new RuleViolationException(
                                "users.error.employeenumber.unknown", employeeNumber.trim()));
                yield new Assignment(Set.of(), staffId);
            }
            case NATIONAL, KOMMUNE_ADMIN, FINANCE -> new Assignment(Set.of(), null);
        };
    }

    private static void expectVersion(UserAccount account, int expected) {
        if (account.version() != expected) {
            throw new OptimisticLockingFailureException("User " + account.id() + " was changed by someone else");
        }
    }

    private static void requireNotSelf(UserAccount account, String messageKey) {
        if (Tenancy.currentUser()
                .map(LoeftUser::id)
                .filter(account.id()::equals)
                .isPresent()) {
            throw new RuleViolationException(messageKey);
        }
    }

    private static void requirePasswordPolicy(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH || password.isBlank()) {
            throw new RuleViolationException("users.error.password.length", MIN_PASSWORD_LENGTH);
        }
    }

    private static String requireDisplayName(String displayName) {
        if (displayName.isBlank()) {
            throw new RuleViolationException("users.error.displayname.required");
        }
        return displayName.trim();
    }

    /** The forvaltning of a kommune (a person, not an API token) or the ministry. */
    private static LoeftUser requireAdministrator() {
        LoeftUser user = Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
        boolean administrator = user.is(Role.NATIONAL) || user.is(Role.KOMMUNE_ADMIN);
        if (!administrator || ApiTokenService.isTokenPrincipal(user)) {
            throw new AccessDeniedException("Kun forvaltningen og ministeriet administrerer brugere");
        }
        return user;
    }

    /** A new account as the form gives it. */
    record NewUser(
            String username,
            String displayName,
            Role role,
            @Nullable Integer kommuneCode,
            Set<UUID> institutionIds,
            @Nullable String employeeNumber,
            String password) {}

    /** One line of the user list. */
    record UserRow(
            UUID id,
            String username,
            String displayName,
            Role role,
            boolean enabled,
            @Nullable Instant lockedUntil,
            @Nullable String staffName,
            @Nullable String employeeNumber,
            @Nullable String institutions) {}

    /** A value and its label for a select or a checkbox list. */
    record Choice(String value, String label) {}

    private record Assignment(
            Set<UUID> institutionIds, @Nullable UUID staffId) {}
}
