package dk.loeft.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.Ownership;
import dk.loeft.platform.RuleViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class FundingRoundTests {

    private static FundingRound round2024() {
        return new FundingRound(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Tildeling 2024-2025",
                2024,
                2025,
                0,
                5,
                2024,
                LocalDate.of(2023, 8, 1),
                LocalDate.of(2026, 7, 31),
                LocalDate.of(2030, 7, 31),
                new BigDecimal("10.00"),
                new String[] {"DELTAGERBETALING", "UFORMEL"},
                LocalDate.of(2023, 12, 1),
                null,
                new String[] {"VUGGESTUE", "DAGPLEJE"},
                new String[] {"KOMMUNAL"},
                2023,
                false,
                Set.of(new RoundYear(2024, 19_590_000_000L, 0), new RoundYear(2025, 19_590_000_000L, 0)),
                Set.of(new RoundSource("informalCap", SourceStatus.SECONDARY, "BUPL Fyn")),
                3);
    }

    private static RoundRules change(FundingRound round, UnaryOperator<RoundRules> edit) {
        return edit.apply(round.rules());
    }

    @Test
    void readsItsRulesAsTypedValues() {
        FundingRound round = round2024();
        assertThat(round.eligibleCosts()).containsExactly(CostCategory.DELTAGERBETALING, CostCategory.UFORMEL);
        assertThat(round.isEligible(InstitutionKind.DAGPLEJE, Ownership.KOMMUNAL))
                .isTrue();
        assertThat(round.isEligible(InstitutionKind.SFO, Ownership.KOMMUNAL)).isFalse();
        assertThat(round.isEligible(InstitutionKind.VUGGESTUE, Ownership.PRIVAT))
                .isFalse();
        assertThat(round.totalOere()).isEqualTo(39_180_000_000L);
        assertThat(round.source("informalCap")).isPresent();
    }

    @Test
    void acceptsAChangeOfEveryValueAndSource() {
        FundingRound round = round2024();
        RoundRules rules = change(
                round,
                r -> new RoundRules(
                        "Ny",
                        List.of(new RoundYear(2024, 100, 0), new RoundYear(2025, 200, 300)),
                        1,
                        6,
                        2025,
                        null,
                        null,
                        null,
                        new BigDecimal("7.5"),
                        EnumSet.of(CostCategory.VIKAR),
                        null,
                        LocalDate.of(2026, 1, 1),
                        EnumSet.of(InstitutionKind.INTEGRERET),
                        EnumSet.of(Ownership.SELVEJENDE),
                        2026,
                        true,
                        List.of(new RoundSource("oneOff", SourceStatus.ASSUMED, "Antaget"))));
        round.change(rules);
        assertThat(round.rules()).isEqualTo(rules);
    }

    @Test
    void refusesAStartWindowThatEndsBeforeItBegins() {
        FundingRound round = round2024();
        RoundRules rules = change(
                round,
                r -> new RoundRules(
                        r.name(),
                        r.years(),
                        r.keyAgeFrom(),
                        r.keyAgeTo(),
                        r.keyReferenceYear(),
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2025, 1, 1),
                        r.completionDeadline(),
                        r.informalCapPercent(),
                        r.eligibleCosts(),
                        r.wagesEligibleFrom(),
                        r.substitutesEligibleFrom(),
                        r.eligibleKinds(),
                        r.eligibleOwnerships(),
                        r.priceLevelYear(),
                        r.localPlanRequired(),
                        r.sources()));
        assertThatThrownBy(() -> round.change(rules))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("funding.round.error.window");
    }

    @Test
    void refusesACapOutside0To100Percent() {
        FundingRound round = round2024();
        for (String cap : List.of("-0.01", "100.01")) {
            RoundRules rules = change(
                    round,
                    r -> new RoundRules(
                            r.name(),
                            r.years(),
                            r.keyAgeFrom(),
                            r.keyAgeTo(),
                            r.keyReferenceYear(),
                            r.startWindowFrom(),
                            r.startWindowTo(),
                            r.completionDeadline(),
                            new BigDecimal(cap),
                            r.eligibleCosts(),
                            r.wagesEligibleFrom(),
                            r.substitutesEligibleFrom(),
                            r.eligibleKinds(),
                            r.eligibleOwnerships(),
                            r.priceLevelYear(),
                            r.localPlanRequired(),
                            r.sources()));
            assertThatThrownBy(() -> round.change(rules)).hasMessage("funding.round.error.cap");
        }
    }

    @Test
    void refusesYearsOutsideTheRoundOrMissingOnes() {
        FundingRound round = round2024();
        for (List<RoundYear> years : List.of(
                List.of(new RoundYear(2024, 100, 0)),
                List.of(new RoundYear(2024, 100, 0), new RoundYear(2026, 100, 0)),
                List.of(new RoundYear(2024, 100, 0), new RoundYear(2024, 200, 0)))) {
            RoundRules rules = change(
                    round,
                    r -> new RoundRules(
                            r.name(),
                            years,
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
                            r.sources()));
            assertThatThrownBy(() -> round.change(rules)).isInstanceOf(RuleViolationException.class);
        }
    }

    @Test
    void refusesAnEmptyTargetGroupOrNoEligibleCosts() {
        FundingRound round = round2024();
        RoundRules noKinds = change(
                round,
                r -> new RoundRules(
                        r.name(),
                        r.years(),
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
                        EnumSet.noneOf(InstitutionKind.class),
                        r.eligibleOwnerships(),
                        r.priceLevelYear(),
                        r.localPlanRequired(),
                        r.sources()));
        assertThatThrownBy(() -> round.change(noKinds)).hasMessage("funding.round.error.targetGroup");
        RoundRules noCosts = change(
                round,
                r -> new RoundRules(
                        r.name(),
                        r.years(),
                        r.keyAgeFrom(),
                        r.keyAgeTo(),
                        r.keyReferenceYear(),
                        r.startWindowFrom(),
                        r.startWindowTo(),
                        r.completionDeadline(),
                        r.informalCapPercent(),
                        EnumSet.noneOf(CostCategory.class),
                        r.wagesEligibleFrom(),
                        r.substitutesEligibleFrom(),
                        r.eligibleKinds(),
                        r.eligibleOwnerships(),
                        r.priceLevelYear(),
                        r.localPlanRequired(),
                        r.sources()));
        assertThatThrownBy(() -> round.change(noCosts)).hasMessage("funding.round.error.costs");
    }

    @Test
    void aStaleVersionIsAConflict() {
        assertThatThrownBy(() -> round2024().expectVersion(2))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
    }

    @Test
    void amountsMustBeWholeKroner() {
        assertThatThrownBy(() -> new RoundYear(2024, 150, 0)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new RoundYear(2024, -100, 0)).isInstanceOf(RuleViolationException.class);
    }
}
