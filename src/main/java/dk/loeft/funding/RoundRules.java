package dk.loeft.funding;

import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.Ownership;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Every value of a round the ministry can change, with the sources, as one change (from the form or the API). */
public record RoundRules(
        String name,
        List<RoundYear> years,
        int keyAgeFrom,
        int keyAgeTo,
        int keyReferenceYear,
        @Nullable LocalDate startWindowFrom,
        @Nullable LocalDate startWindowTo,
        @Nullable LocalDate completionDeadline,
        BigDecimal informalCapPercent,
        Set<CostCategory> eligibleCosts,
        @Nullable LocalDate wagesEligibleFrom,
        @Nullable LocalDate substitutesEligibleFrom,
        Set<InstitutionKind> eligibleKinds,
        Set<Ownership> eligibleOwnerships,
        int priceLevelYear,
        boolean localPlanRequired,
        List<RoundSource> sources) {}
