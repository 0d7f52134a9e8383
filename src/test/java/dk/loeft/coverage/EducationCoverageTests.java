package dk.loeft.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EducationCoverageTests {

    @Test
    void oneFullTimeEquivalentIsThirtySevenWeeklyHours() {
        assertThat(EducationCoverage.fte(new BigDecimal("37"))).isEqualByComparingTo("1");
        assertThat(EducationCoverage.fte(new BigDecimal("18.5"))).isEqualByComparingTo("0.5");
        assertThat(EducationCoverage.fte(new BigDecimal("30"))).isEqualByComparingTo("0.8108");
    }

    @Test
    void coverageIsEducatedOverPedagogicalFte() {
        var coverage = coverage("74", "111");

        assertThat(coverage.educatedFte()).isEqualByComparingTo("2");
        assertThat(coverage.pedagogicalFte()).isEqualByComparingTo("3");
        assertThat(coverage.share()).isEqualByComparingTo("0.666667");
    }

    @Test
    void theGapIsTheEducatedFteMissingToReachTheTarget() {
        // 10 FTE pedagogical, 6 educated, target 85 %: 8,5 − 6 = 2,5 FTE missing
        var coverage = coverage("222", "370");

        assertThat(coverage.missingFte(new BigDecimal("0.85"))).isEqualByComparingTo("2.5");
        assertThat(coverage.meets(new BigDecimal("0.85"))).isFalse();
        assertThat(coverage.meets(new BigDecimal("0.60"))).isTrue();
        assertThat(coverage.missingFte(new BigDecimal("0.60"))).isZero();
    }

    @Test
    void exactlyOnTargetMeetsItWithNothingMissing() {
        var coverage = coverage("314.5", "370");

        assertThat(coverage.meets(new BigDecimal("0.85"))).isTrue();
        assertThat(coverage.missingFte(new BigDecimal("0.85"))).isZero();
    }

    @Test
    void withoutPedagogicalStaffThereIsNoShareAndNothingMissing() {
        assertThat(EducationCoverage.NONE.share()).isNull();
        assertThat(EducationCoverage.NONE.meets(new BigDecimal("0.85"))).isTrue();
        assertThat(EducationCoverage.NONE.missingFte(new BigDecimal("0.85"))).isZero();
    }

    @Test
    void hoursAddUpExactly() {
        var sum = coverage("10.25", "20.5").plus(coverage("3", "7.75"));

        assertThat(sum).isEqualTo(coverage("13.25", "28.25"));
    }

    @Test
    void educatedHoursCannotExceedThePedagogicalHours() {
        assertThatThrownBy(() -> coverage("38", "37")).isInstanceOf(IllegalArgumentException.class);
    }

    private static EducationCoverage coverage(String educated, String pedagogical) {
        return new EducationCoverage(new BigDecimal(educated), new BigDecimal(pedagogical));
    }
}
