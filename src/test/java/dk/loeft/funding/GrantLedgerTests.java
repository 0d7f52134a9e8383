package dk.loeft.funding;

import static dk.loeft.funding.LedgerRounds.ROUND_2023;
import static dk.loeft.funding.LedgerRounds.ROUND_2024;
import static dk.loeft.funding.LedgerRounds.SEEDED;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The ledger arithmetic on Rødovre's grants from its plan (seed 001): 533.000 + 1.030.000 + 976.000 kr. */
class GrantLedgerTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static final List<GrantLedger.Grant> ROEDOVRE = List.of(
            new GrantLedger.Grant(ROUND_2023, 2023, kr(533_000)),
            new GrantLedger.Grant(ROUND_2024, 2024, kr(1_030_000)),
            new GrantLedger.Grant(ROUND_2024, 2025, kr(976_000)));

    static final Map<Integer, BigDecimal> FLAT = IntStream.rangeClosed(2023, 2030)
            .boxed()
            .collect(java.util.stream.Collectors.toMap(y -> y, y -> new BigDecimal("100.000")));

    static long kr(long kroner) {
        return kroner * 100;
    }

    static GrantLedger.Spend spend(String on, long oere, CostCategory category) {
        return new GrantLedger.Spend(LocalDate.parse(on), oere, category);
    }

    @Test
    void roedovresThreeYearlyGrantsAddUpTo2539000Kroner() {
        GrantLedger ledger = GrantLedger.of(SEEDED, ROEDOVRE, List.of(), FLAT, TODAY);

        assertThat(ledger.totals().grantedOere()).isEqualTo(kr(2_539_000));
        assertThat(ledger.years())
                .extracting(GrantLedger.Year::year)
                .containsExactly(2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030);
        assertThat(ledger.years())
                .extracting(GrantLedger.Year::grantedOere)
                .containsExactly(kr(533_000), kr(1_030_000), kr(976_000), 0L, 0L, 0L, 0L, 0L);
        assertThat(ledger.years().getLast().remainingOere()).isEqualTo(kr(2_539_000));
    }

    @Test
    void whatApprovedPlansCommitIsShownPerYearAndLeavesTheRestUncommitted() {
        List<GrantLedger.Commitment> plan = List.of(
                new GrantLedger.Commitment(ROUND_2023, 2023, kr(137_000)),
                new GrantLedger.Commitment(ROUND_2024, 2024, kr(1_005_500)),
                new GrantLedger.Commitment(ROUND_2024, 2025, kr(672_500)));

        GrantLedger ledger = GrantLedger.of(SEEDED, ROEDOVRE, plan, List.of(), FLAT, TODAY);

        assertThat(ledger.years().subList(0, 3))
                .extracting(GrantLedger.Year::committedOere, GrantLedger.Year::uncommittedOere)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(kr(137_000), kr(396_000)),
                        org.assertj.core.groups.Tuple.tuple(kr(1_005_500), kr(24_500)),
                        org.assertj.core.groups.Tuple.tuple(kr(672_500), kr(303_500)));
        assertThat(ledger.totals().committedOere()).isEqualTo(kr(1_815_000));
        assertThat(ledger.totals().uncommittedOere()).isEqualTo(kr(724_000));
        assertThat(ledger.totals().remainingOere())
                .as("committing is not spending")
                .isEqualTo(kr(2_539_000));
    }

    @Test
    void theInformalCapIsTenPercentOfEachYearlyGrant() {
        GrantLedger ledger = GrantLedger.of(SEEDED, ROEDOVRE, List.of(), FLAT, TODAY);

        assertThat(ledger.informal().subList(0, 3))
                .extracting(GrantLedger.Informal::capOere)
                .containsExactly(kr(53_300), kr(103_000), kr(97_600));
        assertThat(ledger.totals().informalCapOere()).isEqualTo(kr(253_900));
    }

    @Test
    void informalSpendingAboveTheCapOfTheYearsSoFarIsFlagged() {
        List<GrantLedger.Spend> spending = List.of(
                spend("2023-10-01", kr(53_300), CostCategory.UFORMEL),
                spend("2024-03-01", kr(103_000), CostCategory.UFORMEL),
                spend("2024-04-01", 1, CostCategory.UFORMEL),
                spend("2024-05-01", kr(500_000), CostCategory.DELTAGERBETALING));

        GrantLedger ledger = GrantLedger.of(SEEDED, ROEDOVRE, spending, FLAT, TODAY);

        assertThat(ledger.informal().get(0).over()).isFalse();
        assertThat(ledger.informal().get(1).over()).isTrue();
        assertThat(ledger.informal().get(1).cumulativeSpentOere()).isEqualTo(kr(156_300) + 1);
        assertThat(ledger.informal().get(2).over())
                .as("2025's cap makes room again")
                .isFalse();
        assertThat(ledger.totals().informalOver()).isFalse();
    }

    @Test
    void grantsAreAdjustedFromTheRoundsPriceLevelToTheYearsPricesToWholeOere() {
        Map<Integer, BigDecimal> index = new java.util.HashMap<>(FLAT);
        index.put(2023, new BigDecimal("100.000"));
        index.put(2024, new BigDecimal("103.333"));
        index.put(2025, new BigDecimal("105.557"));

        GrantLedger ledger = GrantLedger.of(SEEDED, ROEDOVRE, List.of(), index, TODAY);

        GrantLedger.Year y2024 = ledger.years().get(1);
        GrantLedger.Year y2025 = ledger.years().get(2);
        assertThat(ledger.years().get(0).adjustedOere()).isEqualTo(kr(533_000));
        assertThat(y2024.adjustedOere()).isEqualTo(106_432_990L); // 1.030.000 × 103,333 / 100 = 1.064.329,90 kr.
        assertThat(y2024.priceAdjustmentOere()).isEqualTo(3_432_990L);
        assertThat(y2025.adjustedOere()).isEqualTo(103_023_632L); // 976.000 × 105,557 / 100 = 1.030.236,32 kr.
        assertThat(ledger.totals().adjustedOere()).isEqualTo(kr(533_000) + 106_432_990L + 103_023_632L);
        assertThat(ledger.rounds().get(1).adjustedOere()).isEqualTo(106_432_990L + 103_023_632L);
    }

    @Test
    void adjustingRoundsHalfUpToWholeOere() {
        assertThat(GrantLedger.adjust(5, new BigDecimal("50"), new BigDecimal("100")))
                .isEqualTo(3L);
        assertThat(GrantLedger.adjust(333, new BigDecimal("100.5"), new BigDecimal("100")))
                .isEqualTo(335L);
        assertThat(GrantLedger.adjust(kr(976_000), new BigDecimal("101.234"), new BigDecimal("99.876")))
                .isEqualTo(98_927_054L); // 97.600.000 × 101,234 / 99,876 = 98.927.053,546...
        assertThat(GrantLedger.adjust(100, null, BigDecimal.TEN)).isNull();
    }

    @Test
    void aYearWithoutAnIndexIsNotAdjustedAndSaysSo() {
        Map<Integer, BigDecimal> index = new java.util.HashMap<>(FLAT);
        index.remove(2025);

        GrantLedger ledger = GrantLedger.of(SEEDED, ROEDOVRE, List.of(), index, TODAY);

        assertThat(ledger.years().get(2).indexMissing()).isTrue();
        assertThat(ledger.years().get(2).adjustedOere()).isEqualTo(kr(976_000));
        assertThat(ledger.years().get(1).indexMissing()).isFalse();
    }

    @Test
    void whatIsLeftAtTheEndOfAYearIsCarriedIntoTheNext() {
        List<GrantLedger.Spend> spending = List.of(
                spend("2023-09-15", kr(200_000), CostCategory.DELTAGERBETALING),
                spend("2024-02-01", kr(900_000), CostCategory.LOEN),
                spend("2024-06-01", -kr(50_000), CostCategory.LOEN),
                spend("2025-12-31", kr(1_000_000), CostCategory.DELTAGERBETALING));

        GrantLedger ledger = GrantLedger.of(SEEDED, ROEDOVRE, spending, FLAT, TODAY);

        GrantLedger.Year y2023 = ledger.years().get(0);
        GrantLedger.Year y2024 = ledger.years().get(1);
        GrantLedger.Year y2025 = ledger.years().get(2);
        GrantLedger.Year y2026 = ledger.years().get(3);
        assertThat(y2023.carriedInOere()).isZero();
        assertThat(y2023.remainingOere()).isEqualTo(kr(333_000));
        assertThat(y2024.carriedInOere()).isEqualTo(kr(333_000));
        assertThat(y2024.spentOere()).isEqualTo(kr(850_000));
        assertThat(y2024.remainingOere()).isEqualTo(kr(513_000));
        assertThat(y2025.remainingOere()).isEqualTo(kr(489_000));
        assertThat(y2026.carriedInOere()).isEqualTo(kr(489_000));
        assertThat(ledger.years().getLast().remainingOere()).isEqualTo(kr(489_000));
        assertThat(ledger.totals().remainingOere()).isEqualTo(kr(489_000));
    }

    @Test
    void spendingIsAttributedToTheOldestRoundFirstAndTheRestIsExpectedToBeRepaid() {
        List<GrantLedger.Spend> spending = List.of(
                spend("2023-09-15", kr(400_000), CostCategory.DELTAGERBETALING),
                spend("2025-01-15", kr(200_000), CostCategory.LOEN));

        GrantLedger ledger = GrantLedger.of(SEEDED, ROEDOVRE, spending, FLAT, TODAY);

        assertThat(ledger.rounds()).hasSize(2);
        GrantLedger.RoundEnd first = ledger.rounds().get(0);
        GrantLedger.RoundEnd second = ledger.rounds().get(1);
        assertThat(first.round().id()).isEqualTo(ROUND_2023);
        assertThat(first.usedOere()).isEqualTo(kr(533_000));
        assertThat(first.repayOere()).isZero();
        assertThat(second.usedOere()).isEqualTo(kr(67_000));
        assertThat(second.repayOere()).isEqualTo(kr(1_939_000));
        assertThat(second.expected()).as("today is before 31.7.2030").isTrue();
    }

    @Test
    void aRoundTakesOnlySpendingBookedByItsDeadlineAndAfterItTheRepaymentIsFinal() {
        UUID early = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        List<LedgerRound> rounds = List.of(
                LedgerRounds.round(early, "Tidlig", 2023, 2023, "2025-07-31", 2023),
                LedgerRounds.round(late, "Sen", 2024, 2024, "2030-07-31", 2023));
        List<GrantLedger.Grant> grants =
                List.of(new GrantLedger.Grant(early, 2023, kr(100)), new GrantLedger.Grant(late, 2024, kr(200)));
        List<GrantLedger.Spend> spending = List.of(
                spend("2024-05-01", kr(60), CostCategory.DELTAGERBETALING),
                spend("2025-07-31", kr(10), CostCategory.DELTAGERBETALING),
                spend("2025-08-01", kr(80), CostCategory.DELTAGERBETALING));

        GrantLedger ledger = GrantLedger.of(rounds, grants, spending, FLAT, TODAY);

        assertThat(ledger.rounds().get(0).usedOere()).isEqualTo(kr(70));
        assertThat(ledger.rounds().get(0).repayOere()).isEqualTo(kr(30));
        assertThat(ledger.rounds().get(0).expected()).isFalse();
        assertThat(ledger.rounds().get(1).usedOere()).isEqualTo(kr(80));
        assertThat(ledger.rounds().get(1).repayOere()).isEqualTo(kr(120));
        assertThat(ledger.rounds().get(1).expected()).isTrue();
    }

    @Test
    void spendingBeyondTheGrantsIsNotAttributedToAnyRound() {
        List<GrantLedger.Spend> spending = List.of(spend("2026-01-10", kr(3_000_000), CostCategory.DELTAGERBETALING));

        GrantLedger ledger = GrantLedger.of(SEEDED, ROEDOVRE, spending, FLAT, TODAY);

        assertThat(ledger.totals().usedOere()).isEqualTo(kr(2_539_000));
        assertThat(ledger.totals().repayOere()).isZero();
        assertThat(ledger.totals().unattributedOere()).isEqualTo(kr(461_000));
        assertThat(ledger.totals().remainingOere()).isEqualTo(-kr(461_000));
    }

    @Test
    void withoutGrantsTheSpendingIsStillShownYearByYear() {
        List<GrantLedger.Spend> spending = List.of(spend("2024-03-01", kr(1_000), CostCategory.UFORMEL));

        GrantLedger ledger = GrantLedger.of(SEEDED, List.of(), spending, FLAT, TODAY);

        assertThat(ledger.rounds()).isEmpty();
        assertThat(ledger.years().getFirst().year()).isEqualTo(2024);
        assertThat(ledger.years().getLast().year()).isEqualTo(2030);
        assertThat(ledger.totals().remainingOere()).isEqualTo(-kr(1_000));
    }

    @Test
    void theLinesAlwaysAddUpToTheTotals() {
        Random random = new Random(20261123);
        for (int run = 0; run < 200; run++) {
            Map<Integer, BigDecimal> index = new java.util.HashMap<>();
            for (int y = 2023; y <= 2030; y++) {
                index.put(y, BigDecimal.valueOf(90_000 + random.nextInt(30_000), 3));
            }
            List<GrantLedger.Grant> grants = new ArrayList<>();
            for (int y = 2023; y <= 2025; y++) {
                grants.add(
                        new GrantLedger.Grant(y == 2023 ? ROUND_2023 : ROUND_2024, y, random.nextLong(1, 200_000_000)));
            }
            if (random.nextBoolean()) {
                grants.add(new GrantLedger.Grant(ROUND_2024, 2024, -random.nextLong(1, 1_000_000)));
            }
            List<GrantLedger.Spend> spending = new ArrayList<>();
            for (int i = 0; i < random.nextInt(40); i++) {
                LocalDate on = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(365 * 8 + 30));
                long amount = random.nextLong(1, 40_000_000) * (random.nextInt(10) == 0 ? -1 : 1);
                spending.add(new GrantLedger.Spend(on, amount, CostCategory.values()[random.nextInt(7)]));
            }

            GrantLedger ledger = GrantLedger.of(SEEDED, grants, spending, index, TODAY);
            GrantLedger.Totals t = ledger.totals();

            assertThat(ledger.years().stream()
                            .mapToLong(GrantLedger.Year::grantedOere)
                            .sum())
                    .isEqualTo(grants.stream()
                            .mapToLong(GrantLedger.Grant::amountOere)
                            .sum())
                    .isEqualTo(ledger.rounds().stream()
                            .mapToLong(GrantLedger.RoundEnd::grantedOere)
                            .sum())
                    .isEqualTo(t.grantedOere());
            assertThat(ledger.rounds().stream()
                            .mapToLong(GrantLedger.RoundEnd::adjustedOere)
                            .sum())
                    .isEqualTo(t.adjustedOere());
            assertThat(ledger.years().stream()
                            .mapToLong(GrantLedger.Year::spentOere)
                            .sum())
                    .isEqualTo(spending.stream()
                            .mapToLong(GrantLedger.Spend::amountOere)
                            .sum())
                    .isEqualTo(t.spentOere());
            assertThat(t.usedOere() + t.unattributedOere()).isEqualTo(t.spentOere());
            assertThat(t.usedOere() + t.repayOere()).isEqualTo(t.adjustedOere());
            assertThat(ledger.years().getLast().remainingOere())
                    .isEqualTo(t.remainingOere())
                    .isEqualTo(t.repayOere() - t.unattributedOere());
            for (int i = 1; i < ledger.years().size(); i++) {
                assertThat(ledger.years().get(i).carriedInOere())
                        .isEqualTo(ledger.years().get(i - 1).remainingOere());
            }
            assertThat(ledger.informal().getLast().cumulativeSpentOere()).isEqualTo(t.informalSpentOere());
        }
    }
}
