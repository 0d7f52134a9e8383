package dk.loeft.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.IntegrationTest;
import dk.loeft.institution.ChildrenCount;
import dk.loeft.institution.Institution;
import dk.loeft.institution.InstitutionService;
import dk.loeft.staff.Employment;
import dk.loeft.staff.StaffMember;
import dk.loeft.staff.StaffService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On whatever data kommune 175 (Rødovre) holds — the demo data when it is loaded, otherwise a
 * generated set — the SQL read models must agree with an independent computation from the
 * StaffMember aggregates: their employments, weekly hours, roles and educations.
 */
@IntegrationTest
class CoverageAgreesWithStaffAggregatesIntegrationTests {

    static final int ROEDOVRE = 175;

    @Autowired
    InstitutionService institutions;

    @Autowired
    StaffService staff;

    @Autowired
    CoverageService coverage;

    @Autowired
    JdbcClient jdbc;

    LocalDate today;
    List<Institution> all;
    List<StaffMember> members;

    @BeforeEach
    void loadTheKommune() {
        today = coverage.today();
        long existing = SignedIn.as(
                SignedIn.admin(ROEDOVRE), () -> jdbc.sql("select count(*) from staff_member where kommune_code = :k")
                        .param("k", ROEDOVRE)
                        .query(Long.class)
                        .single());
        if (existing == 0) {
            GeneratedKommune.generate(new TestKommune(ROEDOVRE, institutions, staff), today);
        }
        SignedIn.as(SignedIn.admin(ROEDOVRE), () -> {
            all = institutions.institutionsOf(ROEDOVRE);
            List<UUID> ids = jdbc.sql("select id from staff_member where kommune_code = :k")
                    .param("k", ROEDOVRE)
                    .query(UUID.class)
                    .list();
            members = ids.stream().map(staff::get).toList();
        });
        assertThat(members).isNotEmpty();
    }

    @Test
    void everyInstitutionsCoverageTodayEqualsTheSumOverItsStaff() {
        KommuneCoverage result = SignedIn.as(SignedIn.admin(ROEDOVRE), () -> coverage.coverageOn(ROEDOVRE, today));

        assertThat(result.institutions()).hasSize(all.size());
        for (InstitutionCoverage line : result.institutions()) {
            assertThat(line.coverage()).as(line.name()).isEqualTo(expected(Set.of(line.institutionId()), today));
            assertThat(line.staffCount())
                    .as(line.name())
                    .isEqualTo(staffAt(Set.of(line.institutionId()), today).size());
        }
        Set<UUID> dagtilbud = dagtilbudIds();
        assertThat(result.total()).isEqualTo(expected(dagtilbud, today));
        assertThat(result.dagtilbudStaffCount())
                .isEqualTo(staffAt(dagtilbud, today).size());
    }

    @Test
    void theKommuneFigureIsTheSumOfItsInstitutionsLines() {
        KommuneCoverage result = SignedIn.as(SignedIn.admin(ROEDOVRE), () -> coverage.coverageOn(ROEDOVRE, today));

        List<InstitutionCoverage> lines = result.dagtilbud();
        BigDecimal hours =
                lines.stream().map(l -> l.coverage().pedagogicalHours()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal educated =
                lines.stream().map(l -> l.coverage().educatedHours()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal fteOfLines =
                lines.stream().map(l -> l.coverage().pedagogicalFte()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(result.total().pedagogicalHours()).isEqualByComparingTo(hours);
        assertThat(result.total().educatedHours()).isEqualByComparingTo(educated);
        // each line's FTE is rounded to 4 decimals: the sum may differ by at most half a unit per line
        assertThat(result.total().pedagogicalFte().subtract(fteOfLines).abs())
                .isLessThanOrEqualTo(new BigDecimal("0.00005").multiply(BigDecimal.valueOf(lines.size())));
        BigDecimal areaHours = result.areas().stream()
                .map(a -> a.coverage().pedagogicalHours())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(areaHours).isEqualByComparingTo(hours);
    }

    @Test
    void everyMonthOfTheLastYearEqualsTheSumOverTheStaffOnItsMeasuringDate() {
        YearMonth from = coverage.firstRecentMonth();
        YearMonth to = coverage.currentMonth();
        List<MonthlyCoverage> months =
                SignedIn.as(SignedIn.admin(ROEDOVRE), () -> coverage.kommuneCoverageByMonth(ROEDOVRE, from, to));

        assertThat(months).extracting(MonthlyCoverage::month).isEqualTo(CoverageCalendar.months(from, to));
        for (MonthlyCoverage month : months) {
            LocalDate on = CoverageCalendar.measuredOn(month.month(), today);
            assertThat(month.measuredOn()).isEqualTo(on);
            assertThat(month.coverage()).as(month.month().toString()).isEqualTo(expected(dagtilbudIds(), on));
        }
        assertThat(months.getLast().coverage())
                .isEqualTo(SignedIn.as(SignedIn.admin(ROEDOVRE), () -> coverage.coverageOn(ROEDOVRE, today))
                        .total());
    }

    @Test
    void staffingOfTheYearEqualsChildrenCountsAndTheStaffOnEachMeasuringDate() {
        KommuneStaffing staffing =
                SignedIn.as(SignedIn.admin(ROEDOVRE), () -> coverage.staffing(ROEDOVRE, today.getYear()));
        Map<UUID, Map<LocalDate, ChildrenCount>> counts = new HashMap<>();
        SignedIn.as(SignedIn.admin(ROEDOVRE), () -> all.stream()
                .filter(i -> i.kind().isDagtilbud())
                .forEach(i -> institutions.childrenCounts(i.id()).forEach(c -> counts.computeIfAbsent(
                                i.id(), k -> new HashMap<>())
                        .put(c.month(), c))));
        long expectedLines = counts.values().stream()
                .flatMap(m -> m.keySet().stream())
                .filter(month -> month.getYear() == today.getYear() && !month.isAfter(today))
                .count();

        assertThat(staffing.lines()).hasSize((int) expectedLines);
        BigDecimal required = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;
        for (StaffingMonth line : staffing.lines()) {
            ChildrenCount count =
                    counts.get(line.institutionId()).get(line.month().atDay(1));
            LocalDate on = CoverageCalendar.measuredOn(line.month(), today);
            BigDecimal hours = expected(Set.of(line.institutionId()), on).pedagogicalHours();
            assertThat(line.children02()).isEqualByComparingTo(count.children02());
            assertThat(line.children35()).isEqualByComparingTo(count.children35());
            assertThat(line.pedagogicalHours())
                    .as(line.name() + " " + line.month())
                    .isEqualByComparingTo(hours);
            assertThat(line.requiredFte())
                    .isEqualByComparingTo(MinimumStaffing.requiredFte(count.children02(), count.children35()));
            assertThat(line.isShort())
                    .isEqualTo(line.kind().isDaycareCentre()
                            && EducationCoverage.fte(hours).compareTo(line.requiredFte()) < 0);
            if (line.kind().isDaycareCentre()) {
                required = required.add(line.requiredFte());
                actual = actual.add(EducationCoverage.fte(hours));
            }
        }
        assertThat(staffing.annualAverage().requiredFteSum()).isEqualByComparingTo(required);
        assertThat(staffing.annualAverage().actualFteSum()).isEqualByComparingTo(actual);
    }

    /** The coverage of the given institutions on a date, from the aggregates alone. */
    private EducationCoverage expected(Set<UUID> institutionIds, LocalDate on) {
        BigDecimal pedagogical = BigDecimal.ZERO;
        BigDecimal educated = BigDecimal.ZERO;
        for (StaffMember member : members) {
            if (!member.role().isPedagogical()) {
                continue;
            }
            BigDecimal hours = member.employments().stream()
                    .filter(e -> institutionIds.contains(e.institutionId()) && e.isActiveOn(on))
                    .map(Employment::weeklyHours)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            pedagogical = pedagogical.add(hours);
            if (member.isPedagogicallyEducatedIn(on.getYear())) {
                educated = educated.add(hours);
            }
        }
        return new EducationCoverage(educated, pedagogical);
    }

    private Set<UUID> staffAt(Set<UUID> institutionIds, LocalDate on) {
        Set<UUID> ids = new HashSet<>();
        members.forEach(m -> m.employments().stream()
                .filter(e -> institutionIds.contains(e.institutionId()) && e.isActiveOn(on))
                .findAny()
                .ifPresent(e -> ids.add(m.id())));
        return ids;
    }

    private Set<UUID> dagtilbudIds() {
        Set<UUID> ids = new HashSet<>();
        all.stream().filter(i -> i.kind().isDagtilbud()).forEach(i -> ids.add(i.id()));
        return ids;
    }
}
