package dk.loeft.funding;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface AllocationRepository extends ListCrudRepository<Allocation, UUID> {

    List<Allocation> findByRoundIdOrderByNumberDesc(UUID roundId);
}
