package dk.loeft.institution;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface InstitutionRepository extends ListCrudRepository<Institution, UUID> {

    Optional<Institution> findByIdAndKommuneCode(UUID id, int kommuneCode);

    Optional<Institution> findByKommuneCodeAndNumber(int kommuneCode, String number);

    List<Institution> findByKommuneCodeOrderByName(int kommuneCode);
}
