package dk.loeft.funding;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An expenditure to register by hand: date, amount in øre (above 0), cost category, voucher (bilag), initiative, note. */
public record NewExpenditure(
        LocalDate bookedOn,
        long amountOere,
        CostCategory category,
        String voucher,
        @Nullable String initiative,
        @Nullable String note) {}
