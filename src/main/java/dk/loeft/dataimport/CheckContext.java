package dk.loeft.dataimport;

import dk.loeft.funding.BookedVoucher;
import dk.loeft.funding.LedgerRound;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What checking a file needs to know beyond the file: today, the kommune's institution numbers,
 * and for expenditure the pool's rounds and the vouchers the kommune has already booked.
 */
record CheckContext(
        LocalDate today,
        Set<String> institutionNumbers,
        List<LedgerRound> rounds,
        Map<String, BookedVoucher> vouchers) {

    CheckContext(LocalDate today, Set<String> institutionNumbers) {
        this(today, institutionNumbers, List.of(), Map.of());
    }
}
