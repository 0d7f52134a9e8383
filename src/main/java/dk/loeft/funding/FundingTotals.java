package dk.loeft.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each kommune's money from the pool summed from its ledger: granted (grants and corrections) in a
 * year and in total, and spent (actual expenditure, corrections included). A read model for the
 * national view; it sees the rows the caller's tenancy lets it see (the ministry: all).
 */
@Component
@Transactional(readOnly = true)
public class FundingTotals {

    private final JdbcClient jdbc;

    FundingTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One kommune's sums in øre. */
    public record Totals(long grantedInYearOere, long grantedOere, long spentOere) {

        public static final Totals NONE = new Totals(0, 0, 0);

        public Totals plus(Totals other) {
            return new Totals(
                    grantedInYearOere + other.grantedInYearOere,
                    grantedOere + other.grantedOere,
                    spentOere + other.spentOere);
        }

        /** Spent as a share of everything granted (0.25 = 25 %), or null when nothing is granted. */
        public @Nullable BigDecimal spendRate() {
            if (grantedOere <= 0) {
                return null;
            }
            return BigDecimal.valueOf(spentOere).divide(BigDecimal.valueOf(grantedOere), 10, RoundingMode.HALF_UP);
        }
    }

    /** The sums per kommune code, grants counted for {@code year} and in total; kommuner without entries are absent. */
    public Map<Integer, Totals> perKommune(int year) {
        Map<Integer, Totals> totals = new HashMap<>();
        jdbc.sql("""
                        select kommune_code,
                               coalesce(sum(amount_oere) filter (where entry = 'G' and year = :year), 0) as granted_in_year,
                               coalesce(sum(amount_oere) filter (where entry = 'G'), 0) as granted,
                               coalesce(sum(amount_oere) filter (where entry = 'E'), 0) as spent
                          from (select kommune_code, year, amount_oere, 'G' as entry from grant_entry
                                union all
                                select kommune_code, null, amount_oere, 'E' from expenditure) ledger
                         group by kommune_code""").param("year", year).query(rs -> {
            totals.put(
                    rs.getInt("kommune_code"),
                    new Totals(rs.getLong("granted_in_year"), rs.getLong("granted"), rs.getLong("spent")));
        });
        return totals;
    }
}
