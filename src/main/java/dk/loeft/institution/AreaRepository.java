package dk.loeft.institution;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface AreaRepository extends ListCrudRepository<Area, UUID> {

    List<Area> findByKommuneCodeOrderByName(int kommuneCode);

    Optional<Area> findByKommuneCodeAndName(int kommuneCode, String name);
}
