package dk.loeft.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MinimumStaffingTests {

    @Test
    void sixHundredChildrenUnderThreeAndTwelveHundredOverThreeRequireFourHundredFte() {
        assertThat(MinimumStaffing.requiredFte(new BigDecimal("600"), new BigDecimal("1200")))
                .isEqualByComparingTo("400");
    }

    @Test
    void oneChildUnderThreeWeighsTwiceAChildOverThree() {
        assertThat(MinimumStaffing.requiredFte(new BigDecimal("3"), BigDecimal.ZERO))
                .isEqualByComparingTo("1");
        assertThat(MinimumStaffing.requiredFte(BigDecimal.ZERO, new BigDecimal("6")))
                .isEqualByComparingTo("1");
        assertThat(MinimumStaffing.requiredFte(new BigDecimal("1"), new BigDecimal("1")))
                .isEqualByComparingTo("0.5");
    }

    @Test
    void fullTimeConvertedChildrenMayBeFractions() {
        assertThat(MinimumStaffing.requiredFte(new BigDecimal("10.5"), new BigDecimal("7.25")))
                .isEqualByComparingTo("4.7083");
    }

    @Test
    void exactlyTheRequiredStaffIsNotShortButAnyLessIs() {
        assertThat(MinimumStaffing.isShort(new BigDecimal("400"), new BigDecimal("400")))
                .isFalse();
        assertThat(MinimumStaffing.margin(new BigDecimal("400"), new BigDecimal("400")))
                .isZero();
        assertThat(MinimumStaffing.isShort(new BigDecimal("399.9999"), new BigDecimal("400")))
                .isTrue();
        assertThat(MinimumStaffing.margin(new BigDecimal("399.9999"), new BigDecimal("400")))
                .isEqualByComparingTo("-0.0001");
    }

    @Test
    void rejectsNegativeChildren() {
        assertThatThrownBy(() -> MinimumStaffing.requiredFte(new BigDecimal("-1"), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAnnualAverageComparesSumsOverTheMonths() {
        var average = new StaffingAverage(4, new BigDecimal("40"), new BigDecimal("39.9"));

        assertThat(average.averageRequiredFte()).isEqualByComparingTo("10");
        assertThat(average.averageActualFte()).isEqualByComparingTo("9.975");
        assertThat(average.averageMargin()).isEqualByComparingTo("-0.025");
        assertThat(average.isShort()).isTrue();
        assertThat(new StaffingAverage(4, new BigDecimal("40"), new BigDecimal("40")).isShort())
                .isFalse();
    }
}
