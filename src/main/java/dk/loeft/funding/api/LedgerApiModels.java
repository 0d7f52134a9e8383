package dk.loeft.funding.api;

import dk.loeft.funding.CostCategory;
import dk.loeft.funding.ExpenditureEntry;
import dk.loeft.funding.GrantLedger;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The records the ledger API reads and writes. Amounts are whole øre ({@code ...Oere}), as on the page. */
final class LedgerApiModels {

    private LedgerApiModels() {}

    /** The kommune's ledger: per calendar year, per round at its deadline, the informal cap, and the totals. */
    record LedgerResponse(
            int kommuneCode,
            List<YearResponse> years,
            List<RoundResponse> rounds,
            List<InformalResponse> informal,
            TotalsResponse totals,
            String note) {

        static LedgerResponse of(int kommuneCode, GrantLedger ledger, String note) {
            return new LedgerResponse(
                    kommuneCode,
                    ledger.years().stream().map(YearResponse::of).toList(),
                    ledger.rounds().stream().map(RoundResponse::of).toList(),
                    ledger.informal().stream().map(InformalResponse::of).toList(),
                    TotalsResponse.of(ledger.totals()),
                    note);
        }
    }

    record YearResponse(
            int year,
            @Nullable BigDecimal priceIndex,
            boolean priceIndexMissing,
            long grantedOere,
            long priceAdjustmentOere,
            long adjustedOere,
            long committedOere,
            long uncommittedOere,
            long carriedInOere,
            long spentOere,
            long remainingOere) {

        static YearResponse of(GrantLedger.Year y) {
            return new YearResponse(
                    y.year(),
                    y.index(),
                    y.indexMissing(),
                    y.grantedOere(),
                    y.priceAdjustmentOere(),
                    y.adjustedOere(),
                    y.committedOere(),
                    y.uncommittedOere(),
                    y.carriedInOere(),
                    y.spentOere(),
                    y.remainingOere());
        }
    }

    record RoundResponse(
            UUID roundId,
            String name,
            @Nullable LocalDate completionDeadline,
            int priceLevelYear,
            long grantedOere,
            long adjustedOere,
            long usedOere,
            long repayOere,
            boolean repayIsExpected) {

        static RoundResponse of(GrantLedger.RoundEnd r) {
            return new RoundResponse(
                    r.round().id(),
                    r.round().name(),
                    r.round().completionDeadline(),
                    r.round().priceLevelYear(),
                    r.grantedOere(),
                    r.adjustedOere(),
                    r.usedOere(),
                    r.repayOere(),
                    r.expected());
        }
    }

    record InformalResponse(
            int year,
            long grantOere,
            long capOere,
            long spentOere,
            long cumulativeCapOere,
            long cumulativeSpentOere,
            boolean overCap) {

        static InformalResponse of(GrantLedger.Informal i) {
            return new InformalResponse(
                    i.year(),
                    i.grantOere(),
                    i.capOere(),
                    i.spentOere(),
                    i.cumulativeCapOere(),
                    i.cumulativeSpentOere(),
                    i.over());
        }
    }

    record TotalsResponse(
            long grantedOere,
            long priceAdjustmentOere,
            long adjustedOere,
            long committedOere,
            long uncommittedOere,
            long spentOere,
            long remainingOere,
            long usedOere,
            long repayOere,
            long unattributedOere,
            long informalCapOere,
            long informalSpentOere,
            boolean informalOverCap) {

        static TotalsResponse of(GrantLedger.Totals t) {
            return new TotalsResponse(
                    t.grantedOere(),
                    t.priceAdjustmentOere(),
                    t.adjustedOere(),
                    t.committedOere(),
                    t.uncommittedOere(),
                    t.spentOere(),
                    t.remainingOere(),
                    t.usedOere(),
                    t.repayOere(),
                    t.unattributedOere(),
                    t.informalCapOere(),
                    t.informalSpentOere(),
                    t.informalOver());
        }
    }

    /** An expenditure to book: the amount in kroner with at most two decimals (12500.50). */
    record ExpenditureRequest(
            @NotNull(message = "{api.validation.required}") @Nullable
            LocalDate bookedOn,

            @NotNull(message = "{api.validation.required}") @Nullable
            BigDecimal amount,

            @NotNull(message = "{api.validation.required}") @Nullable
            CostCategory costCategory,

            @NotBlank(message = "{api.validation.required}")
            @Size(max = 40, message = "{api.validation.size.max}")
            @Nullable
            String voucher,

            @Size(max = 200, message = "{api.validation.size.max}") @Nullable
            String initiative,

            @Size(max = 200, message = "{api.validation.size.max}") @Nullable
            String note) {}

    /** Why a line is reversed (optional). */
    record CorrectionRequest(
            @Size(max = 200, message = "{api.validation.size.max}") @Nullable
            String note) {}

    record ExpenditureResponse(
            UUID id,
            LocalDate bookedOn,
            long amountOere,
            CostCategory costCategory,
            String voucher,
            @Nullable String initiative,
            @Nullable String note,
            @Nullable UUID corrects,
            @Nullable UUID correctedBy,
            @Nullable UUID importId,
            String recordedBy,
            Instant recordedAt) {

        static ExpenditureResponse of(ExpenditureEntry e) {
            return new ExpenditureResponse(
                    e.id(),
                    e.bookedOn(),
                    e.amountOere(),
                    e.category(),
                    e.voucher(),
                    e.initiative(),
                    e.note(),
                    e.corrects(),
                    e.correctedBy(),
                    e.importJob(),
                    e.recordedBy(),
                    e.recordedAt());
        }
    }
}
