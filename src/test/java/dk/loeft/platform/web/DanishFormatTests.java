package dk.loeft.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DanishFormatTests {

    private final DanishFormat danish = new DanishFormat();

    @Test
    void numbersUseDotForThousandsAndCommaForDecimals() {
        assertThat(danish.number(new BigDecimal("1234.5"), 1)).isEqualTo("1.234,5");
        assertThat(danish.integer(1234567)).isEqualTo("1.234.567");
        assertThat(danish.fte(new BigDecimal("7.0811"))).isEqualTo("7,1");
        assertThat(danish.fte(new BigDecimal("0.04"))).isEqualTo("0,0");
    }

    @Test
    void sharesArePercentWithOneDecimalAndASpace() {
        assertThat(danish.percent(new BigDecimal("0.623"))).isEqualTo("62,3 %");
        assertThat(danish.percent(new BigDecimal("0.580153"))).isEqualTo("58,0 %");
        assertThat(danish.percent(BigDecimal.ONE)).isEqualTo("100,0 %");
    }

    @Test
    void marginsCarryTheirSign() {
        assertThat(danish.signed(new BigDecimal("1.027"))).isEqualTo("+1,0");
        assertThat(danish.signed(new BigDecimal("-0.7838"))).isEqualTo("−0,8");
        assertThat(danish.signed(new BigDecimal("-0.01"))).isEqualTo("0,0");
    }

    @Test
    void amountsInOereAreShownAsKroner() {
        assertThat(danish.kroner(53_300_000L)).isEqualTo("533.000 kr.");
        assertThat(danish.kroner(1_250L)).isEqualTo("12,50 kr.");
        assertThat(danish.kroner(null)).isEqualTo("–");
    }

    @Test
    void datesAndMonthsAreDanish() {
        assertThat(danish.date(LocalDate.of(2026, 11, 23))).isEqualTo("23.11.2026");
        assertThat(danish.month(YearMonth.of(2026, 11))).isEqualTo("november 2026");
    }

    @Test
    void missingValuesShowADash() {
        assertThat(danish.percent(null)).isEqualTo("–");
        assertThat(danish.date(null)).isEqualTo("–");
    }
}
