package dk.loeft.funding;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What is already booked under a voucher (bilag): an import compares a repeated voucher with it. */
public record BookedVoucher(
        LocalDate bookedOn,
        long amountOere,
        CostCategory category,
        @Nullable String initiative) {}
