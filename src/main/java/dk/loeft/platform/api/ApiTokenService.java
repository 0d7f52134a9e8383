package dk.loeft.platform.api;

import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, lists, revokes and checks a kommune's API tokens. The table is not row-level secured,
 * so every method scopes by the signed-in forvaltning's kommune here, in one place.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokenService {

    /** Prefix of every token, so a leaked one is easy to recognise in logs and secret scanners. */
    static final String TOKEN_PREFIX = "loeft_";

    /** Usernames of token principals start with this; real usernames cannot contain a colon. */
    static final String PRINCIPAL_PREFIX = "api:";

    private final ApiTokenRepository tokens;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, JdbcClient jdbc, Clock clock) {
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new token for the signed-in forvaltning's kommune; the plain text is returned only here. */
    @Transactional
    public IssuedToken issue(String name) {
        LoeftUser admin = requireKommuneAdmin();
        String trimmed = name.trim();
        boolean taken = tokens.findByKommuneCodeOrderByCreatedAtDesc(admin.kommuneCode()).stream()
                .anyMatch(t -> t.isActive() && t.name().equalsIgnoreCase(trimmed));
        if (taken) {
            throw new RuleViolationException("api.token.error.name.taken", trimmed);
        }
        String plainText = newTokenText();
        ApiToken token = tokens.save(
                ApiToken.issue(admin.kommuneCode(), trimmed, hash(plainText), admin.getUsername(), clock.instant()));
        return new IssuedToken(token, plainText);
    }

    /** The kommune's tokens, newest first, revoked ones included (they show when they were revoked). */
    public List<ApiToken> tokensOfMyKommune() {
        return tokens.findByKommuneCodeOrderByCreatedAtDesc(
                requireKommuneAdmin().kommuneCode());
    }

    @Transactional
    public ApiToken revoke(UUID id) {
        LoeftUser admin = requireKommuneAdmin();
        ApiToken token = tokens.findByIdAndKommuneCode(id, admin.kommuneCode()).orElseThrow(NotFoundException::new);
        token.revoke(clock.instant());
        return tokens.save(token);
    }

    /**
     * The principal a presented token stands for: the forvaltning's rights in the token's kommune,
     * named "API: token name". Unknown and revoked tokens give nothing. Records the use, at most
     * once a minute, without touching the version (so a revoke at the same time never conflicts).
     */
    @Transactional
    public Optional<LoeftUser> authenticate(String presented) {
        if (!presented.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        Optional<ApiToken> found = tokens.findByTokenHash(hash(presented)).filter(ApiToken::isActive);
        found.ifPresent(this::recordUse);
        return found.map(ApiTokenService::principalOf);
    }

    /** Whether the principal is an integration's token rather than a person. */
    public static boolean isTokenPrincipal(LoeftUser user) {
        return user.getUsername().startsWith(PRINCIPAL_PREFIX);
    }

    private void recordUse(ApiToken token) {
        Instant now = clock.instant();
        if (token.shouldRecordUse(now)) {
            jdbc.sql("""
                            update api_token set last_used_at = :now
                             where id = :id and (last_used_at is null or last_used_at <= :cutoff)""")
                    .param("now", java.sql.Timestamp.from(now))
                    .param("cutoff", java.sql.Timestamp.from(now.minus(ApiToken.LAST_USED_RESOLUTION)))
                    .param("id", token.id())
                    .update();
        }
    }

    private static LoeftUser principalOf(ApiToken token) {
        return new LoeftUser(
                token.id(),
                PRINCIPAL_PREFIX + token.id(),
                null,
                "API: " + token.name(),
                Role.KOMMUNE_ADMIN,
                token.kommuneCode(),
                null,
                Set.of(),
                null,
                true,
                false,
                null);
    }

    private String newTokenText() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String plainText) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(plainText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static LoeftUser requireKommuneAdmin() {
        LoeftUser user = Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
        if (!user.is(Role.KOMMUNE_ADMIN) || isTokenPrincipal(user)) {
            throw new AccessDeniedException("Kun forvaltningen kan administrere kommunens API-nøgler");
        }
        return user;
    }

    /** A newly issued token with its plain text, which is shown once and never stored. */
    public record IssuedToken(ApiToken token, String plainText) {}
}
