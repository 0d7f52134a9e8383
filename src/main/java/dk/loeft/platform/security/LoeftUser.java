package dk.loeft.platform.security;

import dk.loeft.platform.tenancy.Tenancy;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person (or integration token) with the role and kommune that decide what they see,
 * and the kommune's name for the page header. A person signed in from an account carries the
 * account's version, so a change to the account (disabled, new role) reaches the session on its next
 * request; principals without one (integration tokens) are not tied to an account.
 */
public final class LoeftUser implements UserDetails, CredentialsContainer {

    private final UUID id;
    private final String username;
    private @Nullable String passwordHash;
    private final String displayName;
    private final Role role;
    private final @Nullable Integer kommuneCode;
    private final @Nullable String kommuneName;
    private final Set<UUID> institutionIds;
    private final @Nullable UUID staffId;
    private final boolean enabled;
    private final boolean locked;
    private final @Nullable Integer accountVersion;

    public LoeftUser(
            UUID id,
            String username,
            @Nullable String passwordHash,
            String displayName,
            Role role,
            @Nullable Integer kommuneCode,
            @Nullable String kommuneName,
            Set<UUID> institutionIds,
            @Nullable UUID staffId,
            boolean enabled,
            boolean locked,
            @Nullable Integer accountVersion) {
        if ((role == Role.NATIONAL) != (kommuneCode == null)) {
            throw new IllegalArgumentException("Only the national role is without a kommune");
        }
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.kommuneCode = kommuneCode;
        this.kommuneName = kommuneName;
        this.institutionIds = Set.copyOf(institutionIds);
        this.staffId = staffId;
        this.enabled = enabled;
        this.locked = locked;
        this.accountVersion = accountVersion;
    }

    public UUID id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public boolean is(Role candidate) {
        return role == candidate;
    }

    public boolean isNational() {
        return role == Role.NATIONAL;
    }

    /** The kommune the user belongs to; throws for the national role, which has none. */
    public int kommuneCode() {
        if (kommuneCode == null) {
            throw new IllegalStateException("The national role has no kommune");
        }
        return kommuneCode;
    }

    public @Nullable Integer kommuneCodeOrNull() {
        return kommuneCode;
    }

    /** The kommune's name as the page header shows it ("Rødovre Kommune"); null for the ministry and tokens. */
    public @Nullable String kommuneName() {
        return kommuneName;
    }

    /** The version of the account the user signed in with; null when not signed in from an account. */
    public @Nullable Integer accountVersion() {
        return accountVersion;
    }

    public Set<UUID> institutionIds() {
        return institutionIds;
    }

    public @Nullable UUID staffId() {
        return staffId;
    }

    /** Whether the user may see this institution of their own kommune. */
    public boolean mayViewInstitution(UUID institutionId) {
        return switch (role) {
            case NATIONAL, KOMMUNE_ADMIN, FINANCE -> true;
            case LEADER -> institutionIds.contains(institutionId);
            case STAFF -> false;
        };
    }

    /** Whether the user may change master data (institutions, staff, children) of their kommune. */
    public boolean mayEditMasterData() {
        return role == Role.KOMMUNE_ADMIN;
    }

    public String tenantScope() {
        return kommuneCode == null ? Tenancy.ALL : kommuneCode.toString();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LoeftUser that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "LoeftUser[" + username + ", " + role + ", " + kommuneCode + "]";
    }
}
