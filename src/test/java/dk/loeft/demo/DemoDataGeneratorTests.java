package dk.loeft.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.demo.SyntheticKommune.ChildrenCountRow;
import dk.loeft.demo.SyntheticKommune.EducationRow;
import dk.loeft.demo.SyntheticKommune.EmploymentRow;
import dk.loeft.demo.SyntheticKommune.InstitutionRow;
import dk.loeft.demo.SyntheticKommune.StaffRow;
import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.Ownership;
import dk.loeft.staff.Education;
import dk.loeft.staff.SpecialFunction;
import dk.loeft.staff.StaffRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTests {

    private static final SyntheticKommune ROEDOVRE = DemoDataGenerator.generate(DemoKommuner.ROEDOVRE);
    private static final SyntheticKommune DRAGOER = DemoDataGenerator.generate(DemoKommuner.DRAGOER);
    private static final LocalDate TODAY = DemoDataStatistics.LAST_MONTH;

    @Test
    void theSameSpecGivesTheSameRowsEveryTime() {
        assertThat(DemoDataGenerator.generate(DemoKommuner.ROEDOVRE)).isEqualTo(ROEDOVRE);
        assertThat(DemoDataGenerator.generate(DemoKommuner.DRAGOER)).isEqualTo(DRAGOER);
    }

    @Test
    void anotherSeedGivesOtherPeople() {
        KommuneSpec s = DemoKommuner.DRAGOER;
        var reseeded = new KommuneSpec(
                s.kommuneCode(),
                s.city(),
                s.postalCode(),
                s.employeePrefix(),
                s.seed() + 1,
                s.areaNames(),
                s.streets(),
                s.daycareCentres(),
                s.selfGoverning(),
                s.poolSchemes(),
                s.dagplejere(),
                s.sfos(),
                s.understaffedCentres(),
                s.specialists());

        SyntheticKommune other = DemoDataGenerator.generate(reseeded);

        assertThat(other.staff()).isNotEqualTo(DRAGOER.staff());
        assertThat(other.institutions()).hasSameSizeAs(DRAGOER.institutions());
    }

    @Test
    void idsAreUniqueWithinAndAcrossKommuner() {
        List<UUID> ids = Stream.of(ROEDOVRE, DRAGOER)
                .flatMap(k -> Stream.of(
                        k.areas().stream().map(a -> a.id()),
                        k.institutions().stream().map(InstitutionRow::id),
                        k.staff().stream().map(StaffRow::id),
                        k.childrenCounts().stream().map(ChildrenCountRow::id)))
                .flatMap(s -> s)
                .toList();
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        assertThat(ROEDOVRE.staff())
                .allSatisfy(s -> assertThat(s.employeeNumber()).matches("R\\d{5}"));
        assertThat(DRAGOER.staff())
                .allSatisfy(s -> assertThat(s.employeeNumber()).matches("D\\d{5}"));
        assertThat(ROEDOVRE.staff().stream().map(StaffRow::employeeNumber).distinct())
                .hasSameSizeAs(ROEDOVRE.staff());
    }

    @Test
    void roedovreHasItsRealNumberOfDagtilbudInFourDistricts() {
        var stats = new DemoDataStatistics(ROEDOVRE);
        List<InstitutionRow> centres = ROEDOVRE.institutions().stream()
                .filter(i -> i.kind().isDaycareCentre())
                .toList();

        assertThat(centres).hasSize(25);
        assertThat(centres)
                .extracting(InstitutionRow::kind)
                .contains(InstitutionKind.VUGGESTUE, InstitutionKind.BOERNEHAVE, InstitutionKind.INTEGRERET);
        assertThat(centres.stream().filter(i -> i.ownership() == Ownership.SELVEJENDE))
                .hasSize(2);
        assertThat(centres.stream().filter(i -> i.ownership() == Ownership.PULJEORDNING))
                .hasSize(1);
        assertThat(stats.ofKind(InstitutionKind.DAGPLEJE)).hasSize(1);
        assertThat(stats.ofKind(InstitutionKind.SFO)).hasSize(1);
        assertThat(ROEDOVRE.areas()).hasSize(4);
        assertThat(centres).allSatisfy(i -> assertThat(i.areaId()).isNotNull());
        assertThat(ROEDOVRE.institutions()).allSatisfy(i -> {
            assertThat(i.postalCode()).isEqualTo("2610");
            assertThat(i.city()).isEqualTo("Rødovre");
            assertThat(i.street()).matches(".+ \\d+");
        });
        assertThat(ROEDOVRE.staff()).hasSizeBetween(560, 640);
        assertThat(stats.activeAt(i -> i.kind() == InstitutionKind.DAGPLEJE, TODAY).stream()
                        .filter(e -> stats.staffById().get(e.staffId()).role() == StaffRole.DAGPLEJER))
                .hasSize(35);
        assertThat(DRAGOER.institutions().stream().filter(i -> i.kind().isDaycareCentre()))
                .hasSize(8);
        assertThat(DRAGOER.staff()).hasSizeBetween(160, 200);
    }

    @Test
    void staffInDaginstitutionerAreAboutHalfPaedagogerATenthAssistantsAndAThirdHelpers() {
        for (SyntheticKommune kommune : List.of(ROEDOVRE, DRAGOER)) {
            Map<StaffRole, Double> mix = new DemoDataStatistics(kommune).roleMixInDaycareCentres(TODAY);
            double paedagoger = mix.get(StaffRole.PAEDAGOG) + mix.get(StaffRole.LEDER) + mix.get(StaffRole.SOUSCHEF);
            assertThat(paedagoger).isBetween(0.48, 0.60);
            assertThat(mix.get(StaffRole.PAEDAGOGISK_ASSISTENT)).isBetween(0.07, 0.14);
            assertThat(mix.get(StaffRole.PAEDAGOGMEDHJAELPER)).isBetween(0.28, 0.38);
        }
    }

    @Test
    void everyDaginstitutionHasOneLeaderNow() {
        for (SyntheticKommune kommune : List.of(ROEDOVRE, DRAGOER)) {
            var stats = new DemoDataStatistics(kommune);
            for (InstitutionRow institution : kommune.institutions()) {
                long leaders = stats.activeAt(i -> i.equals(institution), TODAY).stream()
                        .filter(e -> stats.staffById().get(e.staffId()).role() == StaffRole.LEDER)
                        .count();
                assertThat(leaders).as(institution.name()).isOne();
            }
        }
    }

    @Test
    void educationsMatchTheRoles() {
        for (SyntheticKommune kommune : List.of(ROEDOVRE, DRAGOER)) {
            Map<UUID, Set<Education>> educations = kommune.educations().stream()
                    .collect(Collectors.groupingBy(
                            EducationRow::staffId, Collectors.mapping(EducationRow::education, Collectors.toSet())));
            Set<UUID> withModules =
                    kommune.diplomaModules().stream().map(m -> m.staffId()).collect(Collectors.toSet());
            for (StaffRow person : kommune.staff()) {
                Set<Education> held = educations.getOrDefault(person.id(), Set.of());
                switch (person.role()) {
                    case PAEDAGOG, SOUSCHEF -> assertThat(held).contains(Education.PAEDAGOG);
                    case LEDER -> {
                        assertThat(held).contains(Education.PAEDAGOG);
                        assertThat(withModules).contains(person.id());
                    }
                    case PAEDAGOGISK_ASSISTENT -> assertThat(held).containsAnyOf(Education.PAU, Education.PGU);
                    case PAEDAGOGMEDHJAELPER, ANDET ->
                        assertThat(held).doesNotContain(Education.PAEDAGOG, Education.PAU, Education.PGU);
                    case DAGPLEJER -> assertThat(held).doesNotContain(Education.PAEDAGOG);
                }
            }
            assertThat(kommune.educations()).allSatisfy(e -> {
                assertThat(e.completedYear()).isLessThanOrEqualTo(2025);
                if (e.education() == Education.PGU) {
                    assertThat(e.completedYear()).isLessThan(2009);
                }
                if (e.education() == Education.PAU) {
                    assertThat(e.completedYear()).isGreaterThanOrEqualTo(2009);
                }
            });
            assertThat(kommune.diplomaModules())
                    .allSatisfy(m -> assertThat(m.ects()).isIn(5, 10));
            assertThat(kommune.educations().stream().filter(e -> e.education() == Education.GYMNASIAL))
                    .isNotEmpty();
        }
    }

    @Test
    void peopleHoursAndDatesAreWithinRealisticBounds() {
        for (SyntheticKommune kommune : List.of(ROEDOVRE, DRAGOER)) {
            Map<UUID, StaffRow> staff = new DemoDataStatistics(kommune).staffById();
            assertThat(kommune.staff()).allSatisfy(s -> {
                assertThat(s.birthDate().getYear()).isBetween(1962, 2004);
                assertThat(s.priorExperienceMonths()).isNotNegative();
            });
            assertThat(kommune.employments()).allSatisfy(e -> {
                assertThat(e.weeklyHours()).isBetween(new BigDecimal("25"), new BigDecimal("37"));
                assertThat(e.startDate().getYear()).isBetween(2005, 2026);
                assertThat(e.startDate())
                        .isAfter(staff.get(e.staffId()).birthDate().plusYears(18));
            });
            long mostlyFullTime = kommune.employments().stream()
                    .filter(e -> e.weeklyHours().compareTo(new BigDecimal("30")) >= 0)
                    .count();
            assertThat(mostlyFullTime).isGreaterThan(kommune.employments().size() * 3L / 4);
            assertThat(kommune.staff().stream()
                            .map(StaffRow::priorExperienceMonths)
                            .distinct())
                    .hasSizeGreaterThan(50);
        }
    }

    @Test
    void aFewPeopleHaveLeftAndAFewHaveMovedInstitution() {
        for (SyntheticKommune kommune : List.of(ROEDOVRE, DRAGOER)) {
            Map<UUID, List<EmploymentRow>> byPerson =
                    kommune.employments().stream().collect(Collectors.groupingBy(EmploymentRow::staffId));
            List<List<EmploymentRow>> moved =
                    byPerson.values().stream().filter(e -> e.size() == 2).toList();
            long left = byPerson.values().stream()
                    .filter(e -> e.stream().allMatch(x -> x.endDate() != null))
                    .count();

            assertThat(moved).hasSizeBetween(2, 15).allSatisfy(pair -> {
                EmploymentRow earlier = pair.stream()
                        .filter(e -> e.endDate() != null)
                        .findFirst()
                        .orElseThrow();
                EmploymentRow later = pair.stream()
                        .filter(e -> e.endDate() == null)
                        .findFirst()
                        .orElseThrow();
                assertThat(earlier.institutionId()).isNotEqualTo(later.institutionId());
                assertThat(earlier.endDate()).isEqualTo(later.startDate().minusDays(1));
            });
            assertThat(left).isBetween(2L, 15L);
            assertThat(kommune.employments().stream().filter(e -> e.endDate() != null))
                    .allSatisfy(e -> assertThat(e.endDate()).isBefore(DemoDataGenerator.LATEST_START));
        }
    }

    @Test
    void specialFunctionsAreCarriedByAFewPedagogicalStaff() {
        for (SyntheticKommune kommune : List.of(ROEDOVRE, DRAGOER)) {
            Map<UUID, StaffRow> staff = new DemoDataStatistics(kommune).staffById();
            Map<SpecialFunction, Long> counts = kommune.functions().stream()
                    .collect(Collectors.groupingBy(f -> f.function(), Collectors.counting()));
            assertThat(counts.get(SpecialFunction.PAEDAGOGFAGLIG_SPECIALIST)).isBetween(1L, 2L);
            assertThat(counts.get(SpecialFunction.PRAKTIKVEJLEDER)).isPositive();
            assertThat(counts.get(SpecialFunction.FAGLIG_FYRTAARN)).isPositive();
            assertThat(kommune.functions())
                    .allSatisfy(f -> assertThat(staff.get(f.staffId()).role())
                            .isIn(StaffRole.PAEDAGOG, StaffRole.PAEDAGOGISK_ASSISTENT));
        }
    }

    @Test
    void educationCoverageVariesBetweenInstitutionsAndIsAboutSixtyPercentPerKommune() {
        for (SyntheticKommune kommune : List.of(ROEDOVRE, DRAGOER)) {
            var stats = new DemoDataStatistics(kommune);
            List<Double> perCentre = kommune.institutions().stream()
                    .filter(i -> i.kind().isDaycareCentre())
                    .map(i -> stats.coverage(x -> x.equals(i), TODAY))
                    .toList();

            assertThat(perCentre).allSatisfy(c -> assertThat(c).isBetween(0.40, 0.92));
            assertThat(perCentre.stream().mapToDouble(c -> c).min().orElseThrow())
                    .isLessThan(0.52);
            assertThat(perCentre.stream().mapToDouble(c -> c).max().orElseThrow())
                    .isGreaterThan(0.82);
            assertThat(stats.coverage(i -> i.kind().isDagtilbud(), TODAY)).isBetween(0.60, 0.65);
        }
    }

    @Test
    void childrenAreCountedForTwelveMonthsInTheBandsTheKindTakes() {
        for (SyntheticKommune kommune : List.of(ROEDOVRE, DRAGOER)) {
            Map<UUID, List<ChildrenCountRow>> counts =
                    kommune.childrenCounts().stream().collect(Collectors.groupingBy(ChildrenCountRow::institutionId));
            for (InstitutionRow institution : kommune.institutions()) {
                List<ChildrenCountRow> rows = counts.getOrDefault(institution.id(), List.of());
                if (institution.kind() == InstitutionKind.SFO) {
                    assertThat(rows).isEmpty();
                    continue;
                }
                assertThat(rows)
                        .extracting(ChildrenCountRow::month)
                        .containsExactly(Stream.iterate(LocalDate.of(2025, 12, 1), m -> m.plusMonths(1))
                                .limit(12)
                                .toArray(LocalDate[]::new));
                assertThat(rows).allSatisfy(c -> {
                    switch (institution.kind()) {
                        case VUGGESTUE, DAGPLEJE -> {
                            assertThat(c.children02()).isPositive();
                            assertThat(c.children35()).isZero();
                        }
                        case BOERNEHAVE -> {
                            assertThat(c.children02()).isZero();
                            assertThat(c.children35()).isPositive();
                        }
                        default -> {
                            assertThat(c.children02()).isPositive();
                            assertThat(c.children35()).isPositive();
                        }
                    }
                });
            }
        }
    }

    @Test
    void theDagplejeHasAboutFourChildrenUnderThreePerDagplejer() {
        for (SyntheticKommune kommune : List.of(ROEDOVRE, DRAGOER)) {
            var stats = new DemoDataStatistics(kommune);
            InstitutionRow dagpleje = stats.ofKind(InstitutionKind.DAGPLEJE).getFirst();
            kommune.childrenCounts().stream()
                    .filter(c -> c.institutionId().equals(dagpleje.id()))
                    .forEach(c -> {
                        long carers = stats.activeAt(i -> i.equals(dagpleje), c.month()).stream()
                                .filter(e -> stats.staffById().get(e.staffId()).role() == StaffRole.DAGPLEJER)
                                .count();
                        assertThat(c.children35()).isZero();
                        assertThat(c.children02().doubleValue() / carers).isBetween(3.5, 4.0);
                    });
        }
    }

    @Test
    void mostDaginstitutionerMeetMinimumStaffingButTwoOrThreeInRoedovreFallShortInSomeMonths() {
        assertThat(institutionsShortOfStaff(ROEDOVRE))
                .hasSizeBetween(2, 3)
                .allSatisfy((name, months) -> assertThat(months).isBetween(1L, 4L));
        assertThat(institutionsShortOfStaff(DRAGOER)).isEmpty();
    }

    @Test
    void childrenCountsVaryOnlyMildlyFromMonthToMonth() {
        Map<UUID, List<ChildrenCountRow>> counts =
                ROEDOVRE.childrenCounts().stream().collect(Collectors.groupingBy(ChildrenCountRow::institutionId));
        counts.values().forEach(rows -> {
            double min = rows.stream().mapToDouble(this::total).min().orElseThrow();
            double max = rows.stream().mapToDouble(this::total).max().orElseThrow();
            assertThat(min / max).isGreaterThan(0.8);
            assertThat(min).isNotEqualTo(max);
        });
    }

    @Test
    void aSyntheticKommuneOfAnySizeCanBeGenerated() {
        KommuneSpec spec = KommuneSpec.synthetic(101, "København", 42L, 300, 120);

        SyntheticKommune kommune = DemoDataGenerator.generate(spec);

        assertThat(kommune.institutions()).hasSize(301);
        assertThat(kommune.areas()).hasSize(38);
        assertThat(kommune.staff()).hasSizeBetween(5_500, 7_500);
        assertThat(kommune.childrenCounts()).hasSize(301 * 12);
        assertThat(kommune.institutions().stream().map(InstitutionRow::name).distinct())
                .hasSize(301);
        assertThat(DemoDataGenerator.generate(spec)).isEqualTo(kommune);
    }

    private double total(ChildrenCountRow c) {
        return c.children02().doubleValue() + c.children35().doubleValue();
    }

    /** Daginstitutioner with months where 0-2 / 3 + 3-5 / 6 exceeds the pedagogical FTE, by name. */
    private static Map<String, Long> institutionsShortOfStaff(SyntheticKommune kommune) {
        var stats = new DemoDataStatistics(kommune);
        Map<UUID, InstitutionRow> institutions =
                kommune.institutions().stream().collect(Collectors.toMap(InstitutionRow::id, i -> i));
        return kommune.childrenCounts().stream()
                .filter(c -> institutions.get(c.institutionId()).kind().isDaycareCentre())
                .filter(c -> !stats.meetsMinimumStaffing(institutions.get(c.institutionId()), c))
                .collect(Collectors.groupingBy(
                        c -> institutions.get(c.institutionId()).name(), Collectors.counting()));
    }
}
