package dk.loeft.dataimport;

import static dk.loeft.dataimport.Checking.TODAY;
import static dk.loeft.dataimport.Checking.errors;
import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.funding.BookedVoucher;
import dk.loeft.funding.CostCategory;
import dk.loeft.funding.LedgerRounds;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpenditureCheckTests {

    static final String HEADER = "dato;beløb;udgiftstype;bilag;indsats\n";

    static Checked<ExpenditureCheck.Line> check(String csv) {
        return check(csv, Map.of());
    }

    static Checked<ExpenditureCheck.Line> check(String csv, Map<String, BookedVoucher> booked) {
        return Checking.check(
                new ExpenditureCheck(), csv, new CheckContext(TODAY, Set.of(), LedgerRounds.SEEDED, booked));
    }

    @Test
    void readsDanishDatesAmountsAndCostCategoryLabels() {
        var checked = check(HEADER + """
                15-03-2024;12.500,50;Deltagerbetaling;F-1;Meritpædagog hold 2024
                01.12.2023;1000;Løn under uddannelse;F-2;
                2024-06-30;-250,00;uformel opkvalificering;F-3;Sprogkursus
                """);

        assertThat(errors(checked)).isEmpty();
        assertThat(checked.items())
                .containsExactly(
                        new ExpenditureCheck.Line(
                                LocalDate.of(2024, 3, 15),
                                1_250_050,
                                CostCategory.DELTAGERBETALING,
                                "F-1",
                                "Meritpædagog hold 2024"),
                        new ExpenditureCheck.Line(LocalDate.of(2023, 12, 1), 100_000, CostCategory.LOEN, "F-2", null),
                        new ExpenditureCheck.Line(
                                LocalDate.of(2024, 6, 30), -25_000, CostCategory.UFORMEL, "F-3", "Sprogkursus"));
    }

    @Test
    void acceptsTheFinanceSystemsOwnHeaders() {
        var checked = check("""
                Posteringsdato;Beløb;Art;Bilagsnummer;Aktivitet
                15-03-2024;100,00;studieudgifter;B-77;PAU
                """);

        assertThat(errors(checked)).isEmpty();
        assertThat(checked.items()).hasSize(1);
    }

    @Test
    void reportsEveryBadValueByRowAndColumnInDanish() {
        var checked = check(HEADER + """
                31-02-2024;100,00;deltagerbetaling;A-1;
                15-03-2024;tolv kroner;deltagerbetaling;A-2;
                15-03-2024;0;deltagerbetaling;A-3;
                15-03-2024;10,005;deltagerbetaling;A-4;
                15-03-2024;100,00;kaffe;A-5;
                15-11-2023;100,00;løn;A-6;
                15-03-2024;100,00;vikardækning;A-7;
                15-03-2024;100,00;revision;A-8;
                16-03-2024;100,00;revision;A-8;
                01-01-2027;100,00;revision;A-9;
                """);

        assertThat(errors(checked))
                .containsExactly(
                        "Række 2, kolonne 'dato': '31-02-2024' er ikke en gyldig dato",
                        "Række 3, kolonne 'beløb': 'tolv kroner' er ikke et tal.",
                        "Række 4, kolonne 'beløb': Beløbet må ikke være 0.",
                        "Række 5, kolonne 'beløb': '10,005' har flere end 2 decimaler.",
                        "Række 6, kolonne 'udgiftstype': 'kaffe' kendes ikke. Brug en af: deltagerbetaling,"
                                + " studieudgifter, uformel opkvalificering, administration, revision, løn under"
                                + " uddannelse, vikardækning.",
                        "Række 7, kolonne 'udgiftstype': Løn under uddannelse kan først betales af puljen fra den"
                                + " 01.12.2023.",
                        "Række 8, kolonne 'udgiftstype': Vikardækning betales ikke af puljens runder (ingen runde har"
                                + " en dato, hvorfra vikardækning er tilskudsberettiget).",
                        "Række 10, kolonne 'bilag': Bilag 'A-8' står også i række 9. Hvert bilag må kun stå én gang.",
                        "Række 11, kolonne 'dato': Datoen '01-01-2027' ligger efter i dag.");
        assertThat(checked.items()).isEmpty();
    }

    @Test
    void aVoucherAlreadyBookedWithTheSameValuesIsFineAndWithOtherValuesAnError() {
        Map<String, BookedVoucher> booked = Map.of(
                "F-1", new BookedVoucher(LocalDate.of(2024, 3, 15), 10_000, CostCategory.REVISION, null),
                "F-2", new BookedVoucher(LocalDate.of(2024, 3, 15), 10_000, CostCategory.REVISION, null));

        var checked = check(HEADER + """
                15-03-2024;100,00;revision;F-1;
                15-03-2024;100,01;revision;F-2;
                """, booked);

        assertThat(errors(checked))
                .containsExactly("Række 3, kolonne 'bilag': Bilag 'F-2' er allerede bogført med andre værdier."
                        + " Forbrug ændres ikke ved import: tilbagefør det bogførte bilag på siden Tilskud, og"
                        + " importér rettelsen under et nyt bilagsnummer.");
    }

    @Test
    void refusesAFileWithACprColumnAtOnce() {
        var checked = check("dato;beløb;udgiftstype;bilag;cpr\n15-03-2024;100,00;revision;F-1;150388-1234\n");

        assertThat(errors(checked)).isNotEmpty().allMatch(e -> e.contains("CPR"));
        assertThat(checked.items()).isEmpty();
    }
}
