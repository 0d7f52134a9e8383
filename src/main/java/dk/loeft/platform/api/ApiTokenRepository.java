package dk.loeft.platform.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** The api_token table has no row-level security: every query here names the kommune itself. */
interface ApiTokenRepository extends ListCrudRepository<ApiToken, UUID> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByKommuneCodeOrderByCreatedAtDesc(int kommuneCode);

    Optional<ApiToken> findByIdAndKommuneCode(UUID id, int kommuneCode);
}
