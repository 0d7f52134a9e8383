package dk.loeft.funding;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface FundingRoundRepository extends ListCrudRepository<FundingRound, UUID> {}
