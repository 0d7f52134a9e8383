package dk.loeft.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ValuesTests {

    @Test
    void readsDanishAndIsoDates() throws Exception {
        assertThat(Values.date("14-03-1988")).isEqualTo(LocalDate.of(1988, 3, 14));
        assertThat(Values.date("14.03.1988")).isEqualTo(LocalDate.of(1988, 3, 14));
        assertThat(Values.date("4/3/1988")).isEqualTo(LocalDate.of(1988, 3, 4));
        assertThat(Values.date("1988-03-14")).isEqualTo(LocalDate.of(1988, 3, 14));
        assertThat(Values.date("1988-03-14 00:00:00")).isEqualTo(LocalDate.of(1988, 3, 14));
    }

    @Test
    void tellsAnImpossibleDateFromAMalformedOne() {
        assertThatThrownBy(() -> Values.date("31-02-1990"))
                .isInstanceOfSatisfying(
                        Values.BadValue.class, e -> assertThat(e.malformed).isFalse());
        assertThatThrownBy(() -> Values.date("14-03-88"))
                .isInstanceOfSatisfying(
                        Values.BadValue.class, e -> assertThat(e.malformed).isTrue());
        assertThatThrownBy(() -> Values.date("14-03.1988"))
                .isInstanceOfSatisfying(
                        Values.BadValue.class, e -> assertThat(e.malformed).isTrue());
        assertThatThrownBy(() -> Values.date("marts 1988"))
                .isInstanceOfSatisfying(
                        Values.BadValue.class, e -> assertThat(e.malformed).isTrue());
    }

    @Test
    void readsMonthsAndRefusesDatesOtherThanTheFirst() throws Exception {
        assertThat(Values.month("08-2026")).isEqualTo(YearMonth.of(2026, 8));
        assertThat(Values.month("8.2026")).isEqualTo(YearMonth.of(2026, 8));
        assertThat(Values.month("2026-08")).isEqualTo(YearMonth.of(2026, 8));
        assertThat(Values.month("01-08-2026")).isEqualTo(YearMonth.of(2026, 8));
        assertThat(Values.month("2026-08-01")).isEqualTo(YearMonth.of(2026, 8));
        assertThatThrownBy(() -> Values.month("02-08-2026"))
                .isInstanceOfSatisfying(
                        Values.BadValue.class, e -> assertThat(e.malformed).isFalse());
        assertThatThrownBy(() -> Values.month("13-2026"))
                .isInstanceOfSatisfying(
                        Values.BadValue.class, e -> assertThat(e.malformed).isFalse());
    }

    @Test
    void readsDecimalCommaPointAndThousandsSeparators() throws Exception {
        assertThat(Values.decimal("32,5")).isEqualByComparingTo("32.5");
        assertThat(Values.decimal("32.5")).isEqualByComparingTo("32.5");
        assertThat(Values.decimal("1.234,50")).isEqualByComparingTo("1234.5");
        assertThat(Values.decimal("1,234.50")).isEqualByComparingTo("1234.5");
        assertThat(Values.decimal(" 37 ")).isEqualByComparingTo("37");
        assertThatThrownBy(() -> Values.decimal("1,2,3")).isInstanceOf(Values.BadValue.class);
        assertThatThrownBy(() -> Values.decimal("37 timer")).isInstanceOf(Values.BadValue.class);
        assertThat(Values.integer("2015")).isEqualTo(2015);
        assertThat(Values.integer("2015,0")).isEqualTo(2015);
        assertThatThrownBy(() -> Values.integer("12,5")).isInstanceOf(Values.BadValue.class);
    }

    @Test
    void recognisesCprNumbersButNotDatesOrOtherNumbers() {
        assertThat(Values.looksLikeCpr("140388-1234")).isTrue();
        assertThat(Values.looksLikeCpr("1403881234")).isTrue();
        assertThat(Values.looksLikeCpr("14-03-1988")).isFalse();
        assertThat(Values.looksLikeCpr("9913881234")).as("no 99th day").isFalse();
        assertThat(Values.looksLikeCpr("1499881234")).as("no 99th month").isFalse();
        assertThat(Values.looksLikeCpr("40123")).isFalse();
    }

    @Test
    void normalisesLabelsWithDanishLettersCaseAndPunctuation() {
        assertThat(Values.normaliseLabel("Pædagogisk  Assistent")).isEqualTo("paedagogisk assistent");
        assertThat(Values.normaliseLabel("PAEDAGOGISK_ASSISTENT")).isEqualTo("paedagogisk assistent");
        assertThat(Values.normaliseLabel("Social- og sundhedsassistent")).isEqualTo("social og sundhedsassistent");
        assertThat(Values.normaliseLabel("faglig fyrtårn")).isEqualTo("faglig fyrtaarn");
    }
}
