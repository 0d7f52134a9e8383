package dk.loeft.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.IntegrationTest;
import dk.loeft.institution.Institution;
import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.InstitutionService;
import dk.loeft.staff.Education;
import dk.loeft.staff.StaffRole;
import dk.loeft.staff.StaffService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A small kommune (Aalborg, 851, untouched by the demo data) with four institutions and staff whose
 * figures are worked out by hand below; the service must arrive at the same numbers.
 *
 * <pre>
 * Solsikken (integreret, area Øst)          hours  educated?
 *   P1 pædagog, pædagog 2010                  37    yes
 *   P2 medhjælper, PAU 2025                   30    from 2025
 *   P3 medhjælper, none, ended 14.02.2025     32    no
 *   P4 assistent, PAU 2026, from 01.03.2025   25    not in 2025
 *   P5 køkken (ANDET), pædagog 2000           37    not pedagogical staff
 *   P6 pædagog, pædagog 2015 (also 17 h at Mariehønen) 20  yes
 * Mariehønen (vuggestue, area Øst): P6 17 (yes), P7 medhjælper none 37 (no)
 * Dagplejen Nord (dagpleje, no area): D1 dagplejer none 48, D2 dagplejer PAU 2019 48
 * SFO Skolen (SFO, area Øst): S1 pædagog 30 — shown, but outside the KPI
 *
 * On 15.03.2025:
 *   Solsikken  pedagogical 37+30+25+20 = 112 h, educated 37+30+20 = 87 h → 77,7 %
 *   Mariehønen pedagogical 17+37 = 54 h, educated 17 h
 *   Dagplejen  pedagogical 96 h, educated 48 h
 *   Kommune    pedagogical 262 h = 7,0811 FTE, educated 152 h = 4,1081 FTE → 58,0 %
 *   Missing to 85 %: (0,85 × 262 − 152) / 37 = 70,7 / 37 = 1,9108 FTE
 *   Staff in dagtilbud: P1 P2 P4 P5 P6 P7 D1 D2 = 8 people (P6 once)
 *
 * Solsikken month by month (measured on the last day):
 *   12.2024: pedagogical 37+30+32+20 = 119, educated 37+20 = 57 (P2's PAU is from 2025)
 *   01.2025: pedagogical 119, educated 87
 *   02.2025: pedagogical 87 (P3 left), educated 87 → 100 %
 *   03.2025: pedagogical 112, educated 87
 *
 * Minimum staffing (children 0-2 / 3 + 3-5 / 6):
 *   Solsikken 01 and 02.2025: 6 and 12 children → 2 + 2 = 4 FTE required; actual 119/37 = 3,2162
 *             and 87/37 = 2,3514 → short by 0,7838 and 1,6486
 *   Solsikken 03.2025: 3 and 6 children → 2 FTE required; actual 112/37 = 3,0270 → margin +1,0270
 *   Mariehønen 03.2025: 3 children 0-2 → 1 FTE required; actual 54/37 = 1,4595 → +0,4595
 *   Dagplejen 03.2025: 8 children, 2 dagplejere → 4 children per dagplejer (no ratio)
 *   SFO Skolen 03.2025: 30 children — not a dagtilbud, not counted
 *   Kommune 2025: required 4+4+2+1 = 11, actual 3,2162+2,3514+3,0270+1,4595 = 10,0541 over 3 months
 *             → averages 3,6667 required and 3,3514 actual: short
 * </pre>
 */
@IntegrationTest
class CoverageHandComputationIntegrationTests {

    static final int AALBORG = 851;

    @Autowired
    InstitutionService institutionService;

    @Autowired
    StaffService staffService;

    @Autowired
    CoverageService coverage;

    Institution solsikken;
    Institution mariehoenen;
    Institution dagplejen;
    Institution sfo;

    @BeforeEach
    void buildTheKommune() {
        var k = new TestKommune(AALBORG, institutionService, staffService);
        solsikken = k.institution("H-1", "Solsikken", InstitutionKind.INTEGRERET, "Øst");
        mariehoenen = k.institution("H-2", "Mariehønen", InstitutionKind.VUGGESTUE, "Øst");
        dagplejen = k.institution("H-3", "Dagplejen Nord", InstitutionKind.DAGPLEJE, null);
        sfo = k.institution("H-4", "SFO Skolen", InstitutionKind.SFO, "Øst");
        LocalDate long_ago = LocalDate.of(2020, 1, 1);
        k.person("P1", "Pia Pædagog", StaffRole.PAEDAGOG, m -> {
            m.addEducation(Education.PAEDAGOG, 2010);
            m.employ(solsikken.id(), hours(37), long_ago, null);
        });
        k.person("P2", "Per PAU", StaffRole.PAEDAGOGMEDHJAELPER, m -> {
            m.addEducation(Education.PAU, 2025);
            m.employ(solsikken.id(), hours(30), LocalDate.of(2024, 8, 1), null);
        });
        k.person("P3", "Pelle Medhjælper", StaffRole.PAEDAGOGMEDHJAELPER, m -> {
            m.addEducation(Education.GYMNASIAL, 2015);
            m.employ(solsikken.id(), hours(32), LocalDate.of(2023, 1, 1), LocalDate.of(2025, 2, 14));
        });
        k.person("P4", "Petra Assistent", StaffRole.PAEDAGOGISK_ASSISTENT, m -> {
            m.addEducation(Education.PAU, 2026);
            m.employ(solsikken.id(), hours(25), LocalDate.of(2025, 3, 1), null);
        });
        k.person("P5", "Palle Køkken", StaffRole.ANDET, m -> {
            m.addEducation(Education.PAEDAGOG, 2000);
            m.employ(solsikken.id(), hours(37), long_ago, null);
        });
        k.person("P6", "Pernille Pædagog", StaffRole.PAEDAGOG, m -> {
            m.addEducation(Education.PAEDAGOG, 2015);
            m.employ(solsikken.id(), hours(20), LocalDate.of(2024, 1, 1), null);
            m.employ(mariehoenen.id(), hours(17), LocalDate.of(2024, 1, 1), null);
        });
        k.person(
                "P7",
                "Pia Medhjælper",
                StaffRole.PAEDAGOGMEDHJAELPER,
                m -> m.employ(mariehoenen.id(), hours(37), LocalDate.of(2024, 6, 1), null));
        k.person(
                "D1",
                "Dorte Dagplejer",
                StaffRole.DAGPLEJER,
                m -> m.employ(dagplejen.id(), hours(48), LocalDate.of(2022, 1, 1), null));
        k.person("D2", "Ditte Dagplejer", StaffRole.DAGPLEJER, m -> {
            m.addEducation(Education.PAU, 2019);
            m.employ(dagplejen.id(), hours(48), LocalDate.of(2022, 1, 1), null);
        });
        k.person("S1", "Søren SFO", StaffRole.PAEDAGOG, m -> {
            m.addEducation(Education.PAEDAGOG, 2005);
            m.employ(sfo.id(), hours(30), long_ago, null);
        });
        k.children(solsikken, YearMonth.of(2025, 1), "6", "12");
        k.children(solsikken, YearMonth.of(2025, 2), "6", "12");
        k.children(solsikken, YearMonth.of(2025, 3), "3", "6");
        k.children(mariehoenen, YearMonth.of(2025, 3), "3", "0");
        k.children(dagplejen, YearMonth.of(2025, 3), "8", "0");
        k.children(sfo, YearMonth.of(2025, 3), "0", "30");
    }

    @Test
    void coverageOnADateMatchesTheHandComputation() {
        KommuneCoverage result =
                SignedIn.as(SignedIn.admin(AALBORG), () -> coverage.coverageOn(AALBORG, LocalDate.of(2025, 3, 15)));

        assertThat(line(result, "Solsikken").coverage()).isEqualTo(coverageOf("87", "112"));
        assertThat(line(result, "Solsikken").coverage().share()).isEqualByComparingTo("0.776786");
        assertThat(line(result, "Mariehønen").coverage()).isEqualTo(coverageOf("17", "54"));
        assertThat(line(result, "Dagplejen Nord").coverage()).isEqualTo(coverageOf("48", "96"));
        assertThat(line(result, "SFO Skolen").coverage()).isEqualTo(coverageOf("30", "30"));
        assertThat(line(result, "SFO Skolen").countsInKpi()).isFalse();

        EducationCoverage total = result.total();
        assertThat(total).isEqualTo(coverageOf("152", "262"));
        assertThat(total.pedagogicalFte()).isEqualByComparingTo("7.0811");
        assertThat(total.educatedFte()).isEqualByComparingTo("4.1081");
        assertThat(total.share()).isEqualByComparingTo("0.580153");
        assertThat(result.target()).isEqualByComparingTo("0.85");
        assertThat(total.missingFte(result.target())).isEqualByComparingTo("1.9108");
        assertThat(result.dagtilbudStaffCount()).isEqualTo(8);
        assertThat(line(result, "Solsikken").staffCount()).isEqualTo(5);

        assertThat(result.areas())
                .extracting(AreaCoverage::areaName, AreaCoverage::institutions, AreaCoverage::coverage)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Øst", 2, coverageOf("104", "166")),
                        org.assertj.core.groups.Tuple.tuple(null, 1, coverageOf("48", "96")));
        assertThat(result.belowTarget())
                .extracting(InstitutionCoverage::name)
                .containsExactly("Mariehønen", "Dagplejen Nord", "Solsikken");
    }

    @Test
    void coverageMonthByMonthMatchesTheHandComputation() {
        List<MonthlyCoverage> months = SignedIn.as(
                SignedIn.admin(AALBORG),
                () -> coverage.institutionCoverageByMonth(
                        solsikken.id(), YearMonth.of(2024, 12), YearMonth.of(2025, 3)));

        assertThat(months)
                .extracting(MonthlyCoverage::month, MonthlyCoverage::measuredOn, MonthlyCoverage::coverage)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                YearMonth.of(2024, 12), LocalDate.of(2024, 12, 31), coverageOf("57", "119")),
                        org.assertj.core.groups.Tuple.tuple(
                                YearMonth.of(2025, 1), LocalDate.of(2025, 1, 31), coverageOf("87", "119")),
                        org.assertj.core.groups.Tuple.tuple(
                                YearMonth.of(2025, 2), LocalDate.of(2025, 2, 28), coverageOf("87", "87")),
                        org.assertj.core.groups.Tuple.tuple(
                                YearMonth.of(2025, 3), LocalDate.of(2025, 3, 31), coverageOf("87", "112")));

        List<MonthlyCoverage> kommune = SignedIn.as(
                SignedIn.admin(AALBORG),
                () -> coverage.kommuneCoverageByMonth(AALBORG, YearMonth.of(2025, 3), YearMonth.of(2025, 3)));
        assertThat(kommune.getFirst().coverage()).isEqualTo(coverageOf("152", "262"));
    }

    @Test
    void minimumStaffingMatchesTheHandComputation() {
        KommuneStaffing staffing = SignedIn.as(SignedIn.admin(AALBORG), () -> coverage.staffing(AALBORG, 2025));

        assertThat(staffing.months()).hasSize(12);
        assertThat(staffing.daycareLines())
                .extracting(
                        l -> l.name() + " " + l.month(),
                        StaffingMonth::requiredFte,
                        StaffingMonth::actualFte,
                        StaffingMonth::margin,
                        StaffingMonth::isShort)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Mariehønen 2025-03", fte("1"), fte("1.4595"), fte("0.4595"), false),
                        org.assertj.core.groups.Tuple.tuple(
                                "Solsikken 2025-01", fte("4"), fte("3.2162"), fte("-0.7838"), true),
                        org.assertj.core.groups.Tuple.tuple(
                                "Solsikken 2025-02", fte("4"), fte("2.3514"), fte("-1.6486"), true),
                        org.assertj.core.groups.Tuple.tuple(
                                "Solsikken 2025-03", fte("2"), fte("3.0270"), fte("1.0270"), false));
        StaffingMonth dagpleje = staffing.childmindingLines().getFirst();
        assertThat(dagpleje.dagplejere()).isEqualTo(2);
        assertThat(dagpleje.childrenPerDagplejer()).isEqualByComparingTo("4");
        assertThat(dagpleje.isShort()).isFalse();
        assertThat(staffing.lines()).noneMatch(l -> l.institutionId().equals(sfo.id()));

        StaffingAverage average = staffing.annualAverage();
        assertThat(average.months()).isEqualTo(3);
        assertThat(average.requiredFteSum()).isEqualByComparingTo("11");
        assertThat(average.actualFteSum()).isEqualByComparingTo("10.0541");
        assertThat(average.averageRequiredFte()).isEqualByComparingTo("3.6667");
        assertThat(average.averageActualFte()).isEqualByComparingTo("3.3514");
        assertThat(average.isShort()).isTrue();
        assertThat(staffing.shortMonthsByInstitution()).containsExactly(java.util.Map.entry(solsikken.id(), 2L));
    }

    @Test
    void aLeaderSeesOnlyTheirOwnInstitutionsAndTheirTotal() {
        KommuneCoverage result = SignedIn.as(
                SignedIn.leader(AALBORG, Set.of(mariehoenen.id())),
                () -> coverage.coverageOn(AALBORG, LocalDate.of(2025, 3, 15)));

        assertThat(result.institutions()).extracting(InstitutionCoverage::name).containsExactly("Mariehønen");
        assertThat(result.total()).isEqualTo(coverageOf("17", "54"));
        assertThat(result.dagtilbudStaffCount()).isEqualTo(2);
    }

    private static InstitutionCoverage line(KommuneCoverage result, String name) {
        return result.institutions().stream()
                .filter(i -> i.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static EducationCoverage coverageOf(String educatedHours, String pedagogicalHours) {
        return new EducationCoverage(new BigDecimal(educatedHours), new BigDecimal(pedagogicalHours));
    }

    private static BigDecimal hours(int hours) {
        return BigDecimal.valueOf(hours);
    }

    private static BigDecimal fte(String value) {
        return new BigDecimal(value).setScale(4);
    }
}
