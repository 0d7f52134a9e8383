package dk.loeft.funding.api;

import dk.loeft.funding.AllocationKey;
import dk.loeft.funding.AllocationLine;
import dk.loeft.funding.AllocationStatus;
import dk.loeft.funding.AllocationView;
import dk.loeft.funding.CostCategory;
import dk.loeft.funding.FundingRound;
import dk.loeft.funding.GrantTotal;
import dk.loeft.funding.KeyRow;
import dk.loeft.funding.RoundRules;
import dk.loeft.funding.RoundSource;
import dk.loeft.funding.RoundYear;
import dk.loeft.funding.SourceStatus;
import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.Ownership;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The funding API's records: amounts are whole kroner. */
final class FundingApiModels {

    private FundingApiModels() {}

    record YearAmount(
            int year,
            @PositiveOrZero long amountKroner,
            @PositiveOrZero long oneOffKroner) {}

    record Source(
            @NotBlank String field,
            @NotNull SourceStatus status,
            @NotBlank String reference) {}

    record RoundResponse(
            UUID id,
            String name,
            int firstYear,
            int lastYear,
            List<YearAmount> years,
            long totalKroner,
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
            List<Source> sources,
            int version) {

        static RoundResponse of(FundingRound r) {
            return new RoundResponse(
                    r.id(),
                    r.name(),
                    r.firstYear(),
                    r.lastYear(),
                    r.years().stream()
                            .map(y -> new YearAmount(y.year(), y.amountOere() / 100, y.oneOffOere() / 100))
                            .toList(),
                    r.totalOere() / 100,
                    r.keyAgeFrom(),
                    r.keyAgeTo(),
                    r.keyReferenceYear(),
                    r.startWindowFrom(),
                    r.startWindowTo(),
                    r.completionDeadline(),
                    r.informalCapPercent(),
                    r.eligibleCosts(),
                    r.wagesEligibleFrom(),
                    r.substitutesEligibleFrom(),
                    r.eligibleKinds(),
                    r.eligibleOwnerships(),
                    r.priceLevelYear(),
                    r.localPlanRequired(),
                    r.sources().stream()
                            .map(s -> new Source(s.field(), s.status(), s.reference()))
                            .toList(),
                    r.version());
        }
    }

    record RoundRequest(
            @NotBlank String name,
            @NotNull @Valid List<YearAmount> years,
            int keyAgeFrom,
            int keyAgeTo,
            int keyReferenceYear,
            @Nullable LocalDate startWindowFrom,
            @Nullable LocalDate startWindowTo,
            @Nullable LocalDate completionDeadline,
            @NotNull BigDecimal informalCapPercent,
            @NotNull Set<CostCategory> eligibleCosts,
            @Nullable LocalDate wagesEligibleFrom,
            @Nullable LocalDate substitutesEligibleFrom,
            @NotNull Set<InstitutionKind> eligibleKinds,
            @NotNull Set<Ownership> eligibleOwnerships,
            int priceLevelYear,
            boolean localPlanRequired,
            @NotNull @Valid List<Source> sources,
            @NotNull Integer version) {

        RoundRules rules() {
            return new RoundRules(
                    name,
                    years.stream()
                            .map(y -> new RoundYear(y.year(), y.amountKroner() * 100, y.oneOffKroner() * 100))
                            .toList(),
                    keyAgeFrom,
                    keyAgeTo,
                    keyReferenceYear,
                    startWindowFrom,
                    startWindowTo,
                    completionDeadline,
                    informalCapPercent,
                    eligibleCosts,
                    wagesEligibleFrom,
                    substitutesEligibleFrom,
                    eligibleKinds,
                    eligibleOwnerships,
                    priceLevelYear,
                    localPlanRequired,
                    sources.stream()
                            .map(s -> new RoundSource(s.field(), s.status(), s.reference()))
                            .toList());
        }
    }

    record KeyResponse(
            UUID id,
            String name,
            int ageFrom,
            int ageTo,
            int referenceYear,
            String source,
            String fileName,
            long totalChildren,
            String importedBy,
            Instant importedAt,
            List<KeyRowResponse> rows) {

        static KeyResponse of(AllocationKey k, List<KeyRow> rows) {
            return new KeyResponse(
                    k.id(),
                    k.name(),
                    k.ageFrom(),
                    k.ageTo(),
                    k.referenceYear(),
                    k.source(),
                    k.fileName(),
                    k.totalChildren(),
                    k.importedBy(),
                    k.importedAt(),
                    rows.stream()
                            .map(r -> new KeyRowResponse(r.kommuneCode(), r.kommuneName(), r.children()))
                            .toList());
        }
    }

    record KeyRowResponse(int kommuneCode, String kommuneName, long children) {}

    record KeyImportResponse(@Nullable UUID keyId, List<String> problems) {}

    record AllocationRequest(@NotNull UUID roundId, @NotNull UUID keyId, int firstYear, int lastYear) {}

    record VersionRequest(@NotNull Integer version) {}

    record AllocationResponse(
            UUID id,
            UUID roundId,
            String roundName,
            UUID keyId,
            String keyName,
            int number,
            int firstYear,
            int lastYear,
            AllocationStatus status,
            String createdBy,
            Instant createdAt,
            @Nullable String publishedBy,
            @Nullable Instant publishedAt,
            Map<Integer, Long> yearTotalsKroner,
            long totalKroner,
            List<LineResponse> lines,
            int version) {

        static AllocationResponse of(AllocationView v) {
            var s = v.summary();
            Map<Integer, Long> totals = new java.util.TreeMap<>();
            v.yearTotalsOere().forEach((y, a) -> totals.put(y, a / 100));
            return new AllocationResponse(
                    s.id(),
                    s.roundId(),
                    s.roundName(),
                    s.keyId(),
                    s.keyName(),
                    s.number(),
                    s.firstYear(),
                    s.lastYear(),
                    s.status(),
                    s.createdBy(),
                    s.createdAt(),
                    s.publishedBy(),
                    s.publishedAt(),
                    totals,
                    v.totalOere() / 100,
                    v.lines().stream().map(LineResponse::of).toList(),
                    s.version());
        }
    }

    record LineResponse(
            int kommuneCode, String kommuneName, long children, BigDecimal share, Map<Integer, Long> amountsKroner) {

        static LineResponse of(AllocationLine l) {
            Map<Integer, Long> amounts = new java.util.TreeMap<>();
            l.amountsOere().forEach((y, a) -> amounts.put(y, a / 100));
            return new LineResponse(l.kommuneCode(), l.kommuneName(), l.children(), l.share(), amounts);
        }
    }

    record GrantResponse(int kommuneCode, UUID roundId, String roundName, int year, long amountKroner) {

        static GrantResponse of(GrantTotal g) {
            return new GrantResponse(g.kommuneCode(), g.roundId(), g.roundName(), g.year(), g.amountOere() / 100);
        }
    }
}
