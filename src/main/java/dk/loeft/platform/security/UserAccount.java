package dk.loeft.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's login (brugerkonto): created by a kommune admin for their own kommune (or by the
 * ministry), with one role. Repeated failed logins lock it for a while; an admin can disable it.
 */
@Table("user_account")
public class UserAccount {

    static final int MAX_FAILED_LOGINS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final @Id UUID id;
    private final String username;
    private String passwordHash;
    private String displayName;
    private Role role;
    private final @Nullable Integer kommuneCode;
    private @Nullable UUID staffId;
    private boolean enabled;
    private int failedLogins;
    private @Nullable Instant lockedUntil;
    private final Instant createdAt;

    @MappedCollection(idColumn = "user_account")
    private Set<InstitutionRef> institutions;

    private @Version int version;

    @PersistenceCreator
    UserAccount(
            UUID id,
            String username,
            String passwordHash,
            String displayName,
            Role role,
            @Nullable Integer kommuneCode,
            @Nullable UUID staffId,
            boolean enabled,
            int failedLogins,
            @Nullable Instant lockedUntil,
            Instant createdAt,
            Set<InstitutionRef> institutions,
            int version) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.kommuneCode = kommuneCode;
        this.staffId = staffId;
        this.enabled = enabled;
        this.failedLogins = failedLogins;
        this.lockedUntil = lockedUntil;
        this.createdAt = createdAt;
        this.institutions = new HashSet<>(institutions);
        this.version = version;
    }

    public static UserAccount create(
            String username,
            String passwordHash,
            String displayName,
            Role role,
            @Nullable Integer kommuneCode,
            Set<UUID> institutionIds,
            @Nullable UUID staffId,
            Instant now) {
        if ((role == Role.NATIONAL) != (kommuneCode == null)) {
            throw new IllegalArgumentException("Only the national role is without a kommune");
        }
        var account = new UserAccount(
                UUID.randomUUID(),
                username.trim().toLowerCase(),
                passwordHash,
                displayName,
                role,
                kommuneCode,
                staffId,
                true,
                0,
                null,
                now,
                Set.of(),
                0);
        account.assignInstitutions(institutionIds);
        return account;
    }

    public void changeRole(Role newRole, Set<UUID> institutionIds, @Nullable UUID newStaffId) {
        if (newRole == Role.NATIONAL || role == Role.NATIONAL) {
            throw new IllegalArgumentException("The national role cannot be given or taken");
        }
        this.role = newRole;
        this.staffId = newStaffId;
        assignInstitutions(institutionIds);
    }

    private void assignInstitutions(Set<UUID> institutionIds) {
        institutions = new HashSet<>();
        institutionIds.forEach(i -> institutions.add(new InstitutionRef(i)));
    }

    public void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    /** A wrong password: after {@value #MAX_FAILED_LOGINS} in a row the account locks for a while. */
    public void recordFailedLogin(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
        }
    }

    /** Clears the failed-login count; returns whether anything changed (and so needs saving). */
    public boolean recordSuccessfulLogin() {
        boolean changed = failedLogins != 0 || lockedUntil != null;
        failedLogins = 0;
        lockedUntil = null;
        return changed;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    LoeftUser toPrincipal(Instant now, @Nullable String kommuneName) {
        return new LoeftUser(
                id,
                username,
                passwordHash,
                displayName,
                role,
                kommuneCode,
                kommuneName,
                institutionIds(),
                staffId,
                enabled,
                isLocked(now),
                version);
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public @Nullable Integer kommuneCode() {
        return kommuneCode;
    }

    public @Nullable UUID staffId() {
        return staffId;
    }

    public boolean enabled() {
        return enabled;
    }

    public @Nullable Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int version() {
        return version;
    }

    public Set<UUID> institutionIds() {
        Set<UUID> ids = new HashSet<>();
        institutions.forEach(i -> ids.add(i.institutionId()));
        return Set.copyOf(ids);
    }

    @Table("user_institution")
    record InstitutionRef(UUID institutionId) {}
}
