package dk.loeft.platform.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface UserAccountRepository extends ListCrudRepository<UserAccount, UUID> {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findByKommuneCodeOrderByUsername(Integer kommuneCode);

    Optional<UserAccount> findByIdAndKommuneCode(UUID id, Integer kommuneCode);
}
