package dk.loeft.dataimport;

import static dk.loeft.dataimport.Checking.check;
import static dk.loeft.dataimport.Checking.errors;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ChildrenCountCheckTests {

    @Test
    void readsMonthsInEveryAcceptedFormAndDecimalCommas() {
        Checked<ChildrenCountCheck.Line> checked = check(new ChildrenCountCheck(), """
                institutionsnummer;måned;børn 0-2 år;børn 3-5 år
                I1;08-2026;32,5;61
                I1;9.2026;0;1.234,5
                I1;2026-10;12.25;0
                I1;01-11-2026;1;2
                I1;2026-12-01;1;2
                """, "I1");

        assertThat(errors(checked)).isEmpty();
        assertThat(checked.items())
                .extracting(ChildrenCountCheck.Line::month)
                .containsExactly(
                        YearMonth.of(2026, 8),
                        YearMonth.of(2026, 9),
                        YearMonth.of(2026, 10),
                        YearMonth.of(2026, 11),
                        YearMonth.of(2026, 12));
        assertThat(checked.items().getFirst().children02()).isEqualByComparingTo("32.5");
        assertThat(checked.items().get(1).children35()).isEqualByComparingTo(new BigDecimal("1234.5"));
        assertThat(checked.items().get(2).children02()).isEqualByComparingTo("12.25");
    }

    @Test
    void reportsNegativeCountsDaysOtherThanTheFirstDuplicatesAndUnknownInstitutions() {
        Checked<ChildrenCountCheck.Line> checked = check(new ChildrenCountCheck(), """
                institutionsnummer;måned;børn 0-2 år;børn 3-5 år
                I1;08-2026;-1;61
                I1;15-08-2026;1;1
                I1;august;1;1
                I1;08-2026;3;4
                I9;08-2026;3;4
                I1;01-1999;3;
                """, "I1");

        assertThat(errors(checked))
                .containsExactly(
                        "Række 2, kolonne 'børn 0-2 år': '-1' er ikke et muligt antal børn (fra 0 og op).",
                        "Række 3, kolonne 'måned': '15-08-2026' er ikke den 1. i en måned. Børnetal gælder en hel måned.",
                        "Række 4, kolonne 'måned': 'august' er ikke en gyldig måned. Skriv måneden som mm-åååå eller"
                                + " datoen for den 1. i måneden.",
                        "Række 5, kolonne 'måned': børnetallet for institution 'I1' i 08-2026 står også i række 2.",
                        "Række 6, kolonne 'institutionsnummer': institutionsnummer 'I9' findes ikke i kommunen."
                                + " Importér institutionen først.",
                        "Række 7, kolonne 'måned': måneden '01-1999' ligger uden for det mulige (årene 2000 til"
                                + " 2031).",
                        "Række 7, kolonne 'børn 3-5 år': skal udfyldes.");
    }
}
