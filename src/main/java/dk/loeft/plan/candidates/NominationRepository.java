package dk.loeft.plan.candidates;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface NominationRepository extends ListCrudRepository<Nomination, UUID> {}
