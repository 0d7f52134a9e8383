package dk.loeft.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiTokenTests {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void aNewTokenIsActiveAndHasNeverBeenUsed() {
        ApiToken token = ApiToken.issue(175, " Løn ", "hash", "forvaltning", NOW);
        assertThat(token.isActive()).isTrue();
        assertThat(token.name()).isEqualTo("Løn");
        assertThat(token.lastUsedAt()).isNull();
        assertThat(token.shouldRecordUse(NOW)).isTrue();
    }

    @Test
    void aUseIsWrittenAgainOnlyWhenAMinuteHasPassed() {
        ApiToken token =
                new ApiToken(java.util.UUID.randomUUID(), 175, "Løn", "hash", "f", NOW, NOW.minusSeconds(59), null, 0);
        assertThat(token.shouldRecordUse(NOW)).isFalse();
        assertThat(token.shouldRecordUse(NOW.plusSeconds(1))).isTrue();
    }

    @Test
    void revokingIsFinalAndKeepsTheFirstRevocationTime() {
        ApiToken token = ApiToken.issue(175, "Løn", "hash", "f", NOW);
        token.revoke(NOW);
        token.revoke(NOW.plusSeconds(60));
        assertThat(token.isActive()).isFalse();
        assertThat(token.revokedAt()).isEqualTo(NOW);
    }

    @Test
    void aTokenNeedsAName() {
        assertThatThrownBy(() -> ApiToken.issue(175, " ", "hash", "f", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theHashIsTheHexSha256OfTheToken() {
        assertThat(ApiTokenService.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
