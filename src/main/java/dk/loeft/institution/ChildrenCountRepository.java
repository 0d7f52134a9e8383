package dk.loeft.institution;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface ChildrenCountRepository extends ListCrudRepository<ChildrenCount, UUID> {

    List<ChildrenCount> findByInstitutionIdOrderByMonthDesc(UUID institutionId);

    Optional<ChildrenCount> findByInstitutionIdAndMonth(UUID institutionId, LocalDate month);
}
