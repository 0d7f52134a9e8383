package dk.loeft.staff;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface StaffRepository extends ListCrudRepository<StaffMember, UUID> {

    Optional<StaffMember> findByIdAndKommuneCode(UUID id, int kommuneCode);

    Optional<StaffMember> findByKommuneCodeAndEmployeeNumber(int kommuneCode, String employeeNumber);
}
