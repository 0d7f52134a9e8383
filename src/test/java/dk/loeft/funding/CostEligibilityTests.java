package dk.loeft.funding;

import static dk.loeft.funding.LedgerRounds.SEEDED;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which costs the pool pays when (research §1.5, R5; wages from 1.12.2023, §1.6). */
class CostEligibilityTests {

    static CostEligibility.Breach breach(List<LedgerRound> rounds, CostCategory category, String on) {
        return CostEligibility.check(rounds, category, LocalDate.parse(on)).orElseThrow();
    }

    @Test
    void tuitionIsPaidFromTheFirstRoundsFirstYearUntilTheCompletionDeadline() {
        assertThat(CostEligibility.check(SEEDED, CostCategory.DELTAGERBETALING, LocalDate.of(2023, 1, 1)))
                .isEmpty();
        assertThat(CostEligibility.check(SEEDED, CostCategory.DELTAGERBETALING, LocalDate.of(2030, 7, 31)))
                .isEmpty();
        assertThat(breach(SEEDED, CostCategory.DELTAGERBETALING, "2022-12-31").messageKey())
                .isEqualTo("ledger.rule.noRound");
        assertThat(breach(SEEDED, CostCategory.DELTAGERBETALING, "2030-08-01").arguments())
                .containsExactly("01.08.2030");
    }

    @Test
    void wagesArePaidOnlyFromTheFirstOfDecember2023() {
        assertThat(breach(SEEDED, CostCategory.LOEN, "2023-11-30"))
                .isEqualTo(new CostEligibility.Breach("ledger.rule.wagesFrom", List.of("01.12.2023")));
        assertThat(CostEligibility.check(SEEDED, CostCategory.LOEN, LocalDate.of(2023, 12, 1)))
                .isEmpty();
    }

    @Test
    void theFormOffersTheCategoriesSomeRoundPaysInTheirOrder() {
        assertThat(CostEligibility.payable(SEEDED))
                .containsExactly(
                        CostCategory.DELTAGERBETALING,
                        CostCategory.STUDIEUDGIFTER,
                        CostCategory.UFORMEL,
                        CostCategory.ADMINISTRATION,
                        CostCategory.REVISION,
                        CostCategory.LOEN);
    }

    @Test
    void substitutesAreNotPaidWhileNoRoundSaysFromWhen() {
        assertThat(breach(SEEDED, CostCategory.VIKAR, "2025-01-01").messageKey())
                .isEqualTo("ledger.rule.substitutesNever");
    }

    @Test
    void substitutesArePaidFromTheRoundsDateForThem() {
        LedgerRound round = new LedgerRound(
                UUID.randomUUID(),
                "Med vikarer",
                2026,
                2030,
                LocalDate.of(2030, 7, 31),
                BigDecimal.TEN,
                EnumSet.of(CostCategory.DELTAGERBETALING),
                null,
                LocalDate.of(2026, 8, 1),
                2026);

        assertThat(breach(List.of(round), CostCategory.VIKAR, "2026-07-31"))
                .isEqualTo(new CostEligibility.Breach("ledger.rule.substitutesFrom", List.of("01.08.2026")));
        assertThat(CostEligibility.check(List.of(round), CostCategory.VIKAR, LocalDate.of(2026, 8, 1)))
                .isEmpty();
        assertThat(breach(List.of(round), CostCategory.LOEN, "2027-01-01").messageKey())
                .isEqualTo("ledger.rule.wagesNever");
        assertThat(breach(List.of(round), CostCategory.REVISION, "2027-01-01").messageKey())
                .isEqualTo("ledger.rule.category");
    }
}
