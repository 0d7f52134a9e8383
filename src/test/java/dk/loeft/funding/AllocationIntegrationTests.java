package dk.loeft.funding;

import static dk.loeft.testing.TestUsers.actingAs;
import static dk.loeft.testing.TestUsers.national;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.loeft.IntegrationTest;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.tenancy.Tenancy;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class AllocationIntegrationTests {

    static final UUID ROUND_2023 = UUID.fromString("6b1f3c1e-2a41-4c55-9a0e-000000002023");
    static final UUID ROUND_2024 = UUID.fromString("6b1f3c1e-2a41-4c55-9a0e-000000002024");

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    FundingFixture funding;

    @BeforeEach
    void fixture() {
        funding = new FundingFixture(context);
    }

    @Test
    void theDemoGivesRoedovreExactlyItsRealGrantsFromSeed001() {
        Tenancy.runAs(Tenancy.ALL, () -> {
            assertThat(funding.booked(175, ROUND_2023, 2023)).isEqualTo(533_000_00L);
            assertThat(funding.booked(175, ROUND_2024, 2024)).isEqualTo(1_030_000_00L);
            assertThat(funding.booked(175, ROUND_2024, 2025)).isEqualTo(976_000_00L);
        });
    }

    @Test
    void publishingBooksGrantsThatSumExactlyToThePoolForEveryYear() {
        UUID key = funding.key("Sum-nøgle", funding.kommuner(code -> 1_000 + code * 7L % 913));
        Allocation allocation = funding.publish(key, 2026, 2030);

        Tenancy.runAs(Tenancy.ALL, () -> {
            for (int year = 2026; year <= 2030; year++) {
                long booked = jdbc.sql(
                                "select sum(amount_oere) from grant_entry where funding_round = :r and year = :y")
                        .param("r", FundingFixture.ROUND_2026)
                        .param("y", year)
                        .query(Long.class)
                        .single();
                assertThat(booked).as("year %d", year).isEqualTo(195_900_000_00L);
            }
            assertThat(jdbc.sql("select count(*) from grant_entry where allocation = :a")
                            .param("a", allocation.id())
                            .query(Long.class)
                            .single())
                    .isPositive();
        });
        AllocationView view = actingAs(national(), () -> funding.allocations.view(allocation.id()));
        assertThat(view.summary().status()).isEqualTo(AllocationStatus.PUBLISHED);
        assertThat(view.lines()).hasSize(98);
        view.yearTotalsOere().values().forEach(total -> assertThat(total).isEqualTo(195_900_000_00L));
    }

    @Test
    void republishingWithAnotherKeyBooksTheDifferencesAsCorrectionsAndSupersedesTheFirst() {
        UUID first = funding.key("Første nøgle", funding.kommuner(code -> 2_000));
        Allocation one = funding.publish(first, 2027, 2027);
        long roedovreBefore = Tenancy.runAs(Tenancy.ALL, () -> funding.booked(175, FundingFixture.ROUND_2026, 2027));

        UUID second = funding.key("Anden nøgle", funding.kommuner(code -> code == 175 ? 4_000 : 2_000));
        Allocation two = funding.publish(second, 2027, 2027);

        Tenancy.runAs(Tenancy.ALL, () -> {
            assertThat(jdbc.sql("select count(*) from grant_entry where allocation = :a and kind = 'CORRECTION'")
                            .param("a", two.id())
                            .query(Long.class)
                            .single())
                    .isEqualTo(98);
            assertThat(jdbc.sql("select count(*) from grant_entry where allocation = :a and kind = 'GRANT'")
                            .param("a", two.id())
                            .query(Long.class)
                            .single())
                    .isZero();
            long after = funding.booked(175, FundingFixture.ROUND_2026, 2027);
            AllocationView view = actingAs(national(), () -> funding.allocations.view(two.id()));
            long expected = view.lines().stream()
                    .filter(l -> l.kommuneCode() == 175)
                    .findFirst()
                    .orElseThrow()
                    .amountOere(2027);
            assertThat(after).isEqualTo(expected).isGreaterThan(roedovreBefore);
            long total = jdbc.sql("select sum(amount_oere) from grant_entry where funding_round = :r and year = 2027")
                    .param("r", FundingFixture.ROUND_2026)
                    .query(Long.class)
                    .single();
            assertThat(total).isEqualTo(195_900_000_00L);
        });
        assertThat(actingAs(national(), () -> funding.allocations.view(one.id()))
                        .summary()
                        .status())
                .isEqualTo(AllocationStatus.SUPERSEDED);
    }

    @Test
    void publishingTheSameFiguresAgainBooksNothing() {
        UUID key = funding.key("Samme nøgle", funding.kommuner(code -> 3_000));
        funding.publish(key, 2028, 2028);
        Allocation again = funding.publish(key, 2028, 2028);
        Tenancy.runAs(Tenancy.ALL, () -> assertThat(jdbc.sql("select count(*) from grant_entry where allocation = :a")
                        .param("a", again.id())
                        .query(Long.class)
                        .single())
                .isZero());
    }

    @Test
    void onlyOnePreviewPerRoundAtATime() {
        UUID key = funding.key("Forhåndsnøgle", funding.kommuner(code -> 10));
        Allocation preview = funding.allocate(key, 2029, 2029);
        assertThatThrownBy(() -> actingAs(
                        national(), () -> funding.allocations.create(FundingFixture.ROUND_2026, key, 2030, 2030)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("funding.allocation.error.previewExists");
        actingAs(national(), () -> funding.allocations.discard(preview.id(), preview.version()));
    }

    @Test
    void yearsOutsideTheRoundAreRefused() {
        UUID key = funding.key("Årsnøgle", funding.kommuner(code -> 10));
        funding.noPreview();
        assertThatThrownBy(() -> actingAs(
                        national(), () -> funding.allocations.create(FundingFixture.ROUND_2026, key, 2025, 2026)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aKommuneWithoutChildrenInTheKeyGetsNothing() {
        Map<Integer, Long> children = funding.kommuner(code -> code == 155 ? 0 : 500);
        Allocation allocation = funding.allocate(funding.key("Nul-nøgle", children), 2030, 2030);
        AllocationView view = actingAs(national(), () -> funding.allocations.view(allocation.id()));
        assertThat(view.lines().stream()
                        .filter(l -> l.kommuneCode() == 155)
                        .findFirst()
                        .orElseThrow()
                        .totalOere())
                .isZero();
        actingAs(national(), () -> funding.allocations.discard(allocation.id(), allocation.version()));
    }
}
