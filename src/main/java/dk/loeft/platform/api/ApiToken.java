package dk.loeft.platform.api;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An API key (API-nøgle) with which one kommune's integration (HR, payroll, BI) calls the API.
 * Created by the kommune's forvaltning, shown once and stored only as a SHA-256 hash; it acts with
 * the forvaltning's rights for that kommune until it is revoked (tilbagekaldt), which is final.
 */
@Table("api_token")
public class ApiToken {

    /** How often the last-used time is written at most: a busy integration must not write on every call. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final @Id UUID id;
    private final int kommuneCode;
    private final String name;
    private final String tokenHash;
    private final String createdBy;
    private final Instant createdAt;
    private @Nullable Instant lastUsedAt;
    private @Nullable Instant revokedAt;
    private @Version int version;

    @PersistenceCreator
    ApiToken(
            UUID id,
            int kommuneCode,
            String name,
            String tokenHash,
            String createdBy,
            Instant createdAt,
            @Nullable Instant lastUsedAt,
            @Nullable Instant revokedAt,
            int version) {
        this.id = id;
        this.kommuneCode = kommuneCode;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.lastUsedAt = lastUsedAt;
        this.revokedAt = revokedAt;
        this.version = version;
    }

    static ApiToken issue(int kommuneCode, String name, String tokenHash, String createdBy, Instant now) {
        if (name.isBlank()) {
            throw new IllegalArgumentException("An API token needs a name");
        }
        return new ApiToken(UUID.randomUUID(), kommuneCode, name.trim(), tokenHash, createdBy, now, null, null, 0);
    }

    /** Revokes the token for good; revoking twice changes nothing. */
    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    /** Whether a use now should be written down (never used, or last written over a minute ago). */
    boolean shouldRecordUse(Instant now) {
        return lastUsedAt == null || !lastUsedAt.plus(LAST_USED_RESOLUTION).isAfter(now);
    }

    public UUID id() {
        return id;
    }

    public int kommuneCode() {
        return kommuneCode;
    }

    public String name() {
        return name;
    }

    String tokenHash() {
        return tokenHash;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant lastUsedAt() {
        return lastUsedAt;
    }

    public @Nullable Instant revokedAt() {
        return revokedAt;
    }

    public int version() {
        return version;
    }
}
