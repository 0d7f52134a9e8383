package dk.loeft.funding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of a kommune's actual expenditure (forbrug), as booked: never changed; a wrong line is
 * reversed by a correction line with the opposite amount ({@code corrects} names the wrong one,
 * {@code correctedBy} the correction). Imported lines name their import.
 */
public record ExpenditureEntry(
        UUID id,
        int kommuneCode,
        LocalDate bookedOn,
        long amountOere,
        CostCategory category,
        String voucher,
        @Nullable String initiative,
        @Nullable String note,
        @Nullable UUID corrects,
        @Nullable UUID correctedBy,
        @Nullable UUID importJob,
        String recordedBy,
        Instant recordedAt) {

    /** Whether the line can still be reversed: it is no correction itself and has not been corrected. */
    public boolean correctable() {
        return corrects == null && correctedBy == null;
    }
}
