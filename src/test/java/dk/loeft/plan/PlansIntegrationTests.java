package dk.loeft.plan;

import static dk.loeft.testing.TestUsers.actingAs;
import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.finance;
import static dk.loeft.testing.TestUsers.leader;
import static dk.loeft.testing.TestUsers.national;
import static dk.loeft.testing.TestUsers.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.loeft.IntegrationTest;
import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.staff.StaffRole;
import dk.loeft.testing.PlanFixture;
import dk.loeft.testing.RoedovrePlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class PlansIntegrationTests {

    static final int K = 210;
    static final int OTHER = 217;
    static final Approval BY_COMMITTEE =
            new Approval(ApprovingBody.UDVALG, "Børne- og Skoleudvalget", LocalDate.of(2024, 6, 18), "Sag 24/1");

    @Autowired
    Plans plans;

    @Autowired
    dk.loeft.funding.LedgerService ledgers;

    @Autowired
    JdbcClient jdbc;

    <T> T asAdmin(Supplier<T> work) {
        return actingAs(admin(K), work);
    }

    void asAdmin(Runnable work) {
        actingAs(admin(K), work);
    }

    PlanVersionState current(UUID plan) {
        return asAdmin(() -> plans.current(plan));
    }

    Plans.LineInput line(int year, long kroner, UUID round) {
        return new Plans.LineInput(
                year,
                CostType.TRANSPORT,
                "Befordring",
                BigDecimal.TEN,
                kroner * 100,
                FundingSourceKind.POOL,
                round,
                null);
    }

    @Test
    void aPlanMadeFromContentReadsBackWhole() {
        UUID plan = PlanFixture.draft(plans, K);
        PlanContent stored = asAdmin(() -> plans.content(plan, 1));
        PlanContent expected = RoedovrePlan.content();
        assertThat(stored.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(stored.kommuneCode()).isEqualTo(K);
        assertThat(stored.initiatives()).isEqualTo(expected.initiatives());
        assertThat(stored.commonCosts()).isEqualTo(expected.commonCosts());
        assertThat(stored.goals()).isEqualTo(expected.goals());
        assertThat(stored.totalOere()).isEqualTo(expected.totalOere());
        assertThat(asAdmin(() -> plans.versionsOf(K))).anyMatch(v -> v.planId().equals(plan));
    }

    @Test
    void aStaleFormIsAConflictAndChangesNothing() {
        UUID plan = PlanFixture.draft(plans, K);
        int lock = current(plan).lock();
        asAdmin(() -> plans.saveCostLine(plan, lock, null, null, line(2024, 1_000, RoedovrePlan.ROUND_2024)));
        long total = current(plan).content().totalOere();

        assertThatThrownBy(() -> asAdmin(
                        () -> plans.saveCostLine(plan, lock, null, null, line(2025, 500, RoedovrePlan.ROUND_2024))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(current(plan).content().totalOere()).isEqualTo(total);
        assertThat(current(plan).lock()).isEqualTo(lock + 1);
    }

    @Test
    void badInputIsRefusedInDanishAndChangesNothing() {
        UUID plan = PlanFixture.draft(plans, K);
        UUID otherPlan = PlanFixture.draft(plans, OTHER);
        UUID otherInitiative = UUID.randomUUID();
        actingAs(
                admin(OTHER),
                () -> plans.saveInitiative(
                        otherPlan,
                        0,
                        initiative(otherInitiative, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 1)),
                        false));
        PlanVersionState before = current(plan);
        int lock = before.lock();

        List<Runnable> bad = List.of(
                () -> plans.saveCostLine(
                        plan,
                        lock,
                        null,
                        null,
                        new Plans.LineInput(
                                2024,
                                CostType.BOOKS,
                                "Bøger",
                                new BigDecimal("-1"),
                                500_000,
                                FundingSourceKind.OWN_BUDGET,
                                null,
                                null)),
                () -> plans.saveCostLine(plan, lock, null, null, line(2026, 100, RoedovrePlan.ROUND_2024)),
                () -> plans.saveCostLine(plan, lock, null, null, line(2024, 100, RoedovrePlan.ROUND_2023)),
                () -> plans.saveCostLine(plan, lock, otherInitiative, null, line(2024, 100, RoedovrePlan.ROUND_2024)),
                () -> plans.saveInitiative(
                        plan,
                        lock,
                        initiative(UUID.randomUUID(), LocalDate.of(2024, 8, 1), LocalDate.of(2024, 1, 1)),
                        false),
                () -> plans.changeTexts(plan, lock, new Plans.Texts("Plan", 2025, 2024, "", "", "")));
        List<String> keys = List.of(
                "plans.error.line.negative",
                "plans.error.line.year",
                "plans.error.line.roundYear",
                "plans.error.initiative.unknown",
                "plans.error.initiative.dates",
                "plans.error.years");
        for (int i = 0; i < bad.size(); i++) {
            Runnable attempt = bad.get(i);
            assertThatThrownBy(() -> asAdmin(attempt))
                    .isInstanceOf(RuleViolationException.class)
                    .extracting(e -> ((RuleViolationException) e).messageKey())
                    .isEqualTo(keys.get(i));
        }
        assertThat(current(plan).content()).isEqualTo(before.content());
        assertThat(current(plan).lock()).isEqualTo(lock);
    }

    @Test
    void anApprovedVersionIsFrozenInTheServiceAndInTheDatabase() {
        UUID plan = PlanFixture.draft(plans, K);
        asAdmin(() -> plans.submit(plan, current(plan).lock()));
        asAdmin(() -> plans.approve(plan, current(plan).lock(), BY_COMMITTEE));
        PlanVersionState approved = current(plan);
        assertThat(approved.content().status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(approved.content().approval()).isEqualTo(BY_COMMITTEE);

        assertThatThrownBy(() -> asAdmin(() -> plans.saveCostLine(
                        plan, approved.lock(), null, null, line(2024, 100, RoedovrePlan.ROUND_2024))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("plans.error.notDraft");
        Tenancy.runAs(Integer.toString(K), () -> {
            assertThatThrownBy(() -> jdbc.sql("""
                            update plan_cost_line set unit_price_oere = 1
                             where version_id = (select id from plan_version where plan_id = :p)""").param("p", plan).update())
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("frozen");
            assertThatThrownBy(() -> jdbc.sql("update plan_version set title = 'Ændret' where plan_id = :p")
                            .param("p", plan)
                            .update())
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("frozen");
            assertThatThrownBy(() -> jdbc.sql(
                                    "delete from plan_goal where version_id = (select id from plan_version where plan_id = :p)")
                            .param("p", plan)
                            .update())
                    .isInstanceOf(DataAccessException.class);
        });
        assertThat(current(plan).content()).isEqualTo(approved.content());
    }

    @Test
    void aRevisionIsANewDraftAndItsApprovalSupersedesTheFirst() {
        UUID plan = PlanFixture.draft(plans, K);
        asAdmin(() -> plans.submit(plan, current(plan).lock()));
        asAdmin(() -> plans.approve(plan, current(plan).lock(), BY_COMMITTEE));

        int second = asAdmin(() -> plans.revise(plan, current(plan).lock()));
        assertThat(second).isEqualTo(2);
        PlanContent copy = current(plan).content();
        assertThat(copy.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(copy.initiatives())
                .isEqualTo(asAdmin(() -> plans.content(plan, 1)).initiatives());

        UUID m7 = RoedovrePlan.lineId("m7");
        asAdmin(() -> plans.saveCostLine(
                plan,
                current(plan).lock(),
                RoedovrePlan.MERIT,
                m7,
                new Plans.LineInput(
                        2025,
                        CostType.TUITION,
                        "To semestre, 20 studerende",
                        BigDecimal.valueOf(40),
                        700_000,
                        FundingSourceKind.POOL,
                        RoedovrePlan.ROUND_2024,
                        null)));
        asAdmin(() -> plans.removeCostLine(plan, current(plan).lock(), RoedovrePlan.lineId("a4")));
        UUID added = UUID.randomUUID();
        asAdmin(() -> plans.saveInitiative(
                plan,
                current(plan).lock(),
                initiative(added, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 1)),
                false));
        asAdmin(() -> plans.changeTexts(
                plan,
                current(plan).lock(),
                new Plans.Texts(
                        copy.title(),
                        2023,
                        2025,
                        copy.background() + " Revideret.",
                        copy.involvement(),
                        copy.evaluation())));

        PlanChanges changes = asAdmin(() -> plans.changes(plan, 1, 2));
        assertThat(changes.texts())
                .extracting(PlanChanges.TextChange::labelKey)
                .containsExactly("plans.field.background");
        assertThat(changes.initiatives()).singleElement().satisfies(c -> {
            assertThat(c.change()).isEqualTo(PlanChanges.Change.ADDED);
            assertThat(c.name()).isEqualTo("Sprogkursus");
        });
        assertThat(changes.lines())
                .extracting(PlanChanges.LineChange::change, l -> (l.after() != null ? l.after() : l.before()).id())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(PlanChanges.Change.CHANGED, m7),
                        org.assertj.core.groups.Tuple.tuple(PlanChanges.Change.REMOVED, RoedovrePlan.lineId("a4")));
        assertThat(changes.totals())
                .filteredOn(t -> t.year() == 2025)
                .singleElement()
                .satisfies(t -> assertThat(t.differenceOere()).isEqualTo(2 * 700_000 - 30_000_00));

        asAdmin(() -> plans.submit(plan, current(plan).lock()));
        asAdmin(() -> plans.approve(plan, current(plan).lock(), BY_COMMITTEE));
        assertThat(asAdmin(() -> plans.content(plan, 1)).status()).isEqualTo(PlanStatus.SUPERSEDED);
        assertThat(asAdmin(() -> plans.content(plan, 1)).approval()).isEqualTo(BY_COMMITTEE);
        assertThat(asAdmin(() -> plans.content(plan, 2)).status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(asAdmin(() -> plans.history(plan)))
                .extracting(PlanVersionSummary::versionNo, PlanVersionSummary::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, PlanStatus.APPROVED),
                        org.assertj.core.groups.Tuple.tuple(1, PlanStatus.SUPERSEDED));
    }

    @Test
    void theApprovedVersionsCommitTheirPoolLinesPerRoundAndYear() {
        int kommune = 219;
        UUID plan = PlanFixture.draft(plans, kommune);
        java.util.function.IntFunction<Long> committedIn =
                year -> actingAs(finance(kommune), () -> ledgers.ledger(kommune)).years().stream()
                        .filter(y -> y.year() == year)
                        .mapToLong(dk.loeft.funding.GrantLedger.Year::committedOere)
                        .sum();
        assertThat(committedIn.apply(2024)).isZero();
        actingAs(admin(kommune), () -> plans.submit(plan, 0));
        actingAs(admin(kommune), () -> plans.approve(plan, 1, BY_COMMITTEE));

        assertThat(committedIn.apply(2023)).isEqualTo(137_000_00L);
        assertThat(committedIn.apply(2024)).isEqualTo(1_005_500_00L);
        assertThat(committedIn.apply(2025)).isEqualTo(672_500_00L);

        List<KommunePlanStatus> national = actingAs(national(), () -> plans.statusPerKommune());
        assertThat(national).hasSize(98);
        assertThat(national)
                .filteredOn(s -> s.kommuneCode() == kommune)
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.status()).isEqualTo(PlanStatus.APPROVED);
                    assertThat(s.approvedVersionNo()).isEqualTo(1);
                    assertThat(s.approvedOn()).isEqualTo(BY_COMMITTEE.date());
                });
    }

    @Test
    void leadersReadStaffAndOtherKommunerDoNotAndOnlyTheForvaltningWrites() {
        UUID plan = PlanFixture.draft(plans, K);
        assertThat(actingAs(leader(K), () -> plans.content(plan, 1)).kommuneCode())
                .isEqualTo(K);
        assertThat(actingAs(national(), () -> plans.content(plan, 1)).kommuneCode())
                .isEqualTo(K);
        assertThatThrownBy(() -> actingAs(staff(K, null), () -> plans.content(plan, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actingAs(admin(OTHER), () -> plans.content(plan, 1)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> actingAs(leader(K), () -> plans.submit(plan, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actingAs(
                        finance(K), () -> plans.changeTexts(plan, 0, new Plans.Texts("X", 2023, 2025, "", "", ""))))
                .isInstanceOf(AccessDeniedException.class);
        actingAs(finance(K), () -> plans.saveCostLine(plan, 0, null, null, line(2024, 100, RoedovrePlan.ROUND_2024)));
        assertThat(current(plan).lock()).isEqualTo(1);
    }

    @Test
    void aViolationBlocksSubmitWithItsDanishText() {
        // The rule policies come from their own module; with none registered there are no violations.
        UUID plan = PlanFixture.draft(plans, K);
        PlanContent content = current(plan).content();
        assertThat(asAdmin(() -> plans.findings(content))).noneMatch(Finding::violation);
    }

    static PlannedInitiative initiative(UUID id, LocalDate start, LocalDate end) {
        TreeMap<Integer, Integer> intake = new TreeMap<>();
        intake.put(start.getYear(), 12);
        return new PlannedInitiative(
                id,
                "Sprogkursus",
                InitiativeKind.AMU,
                false,
                "Medhjælpere",
                Set.of(StaffRole.PAEDAGOGMEDHJAELPER),
                "SOSU H",
                start,
                end,
                1,
                intake,
                "",
                List.of());
    }
}
