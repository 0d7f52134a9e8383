package dk.loeft.dataimport;

import static dk.loeft.dataimport.Checking.check;
import static dk.loeft.dataimport.Checking.errors;
import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.staff.Education;
import dk.loeft.staff.SpecialFunction;
import dk.loeft.staff.StaffRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffCheckTests {

    static final String HEADER = "medarbejdernummer;navn;fødselsdato;stilling;uddannelse;uddannelsesår;"
            + "institutionsnummer;ugentlige timer;ansat fra;ansat til;tidligere erfaring i måneder;funktioner\n";

    private static Checked<StaffCheck.Person> staff(String rows) {
        return check(new StaffCheck(), HEADER + rows, "I1", "I2");
    }

    @Test
    void readsAPersonWithSeveralEmploymentsEducationsAndFunctions() {
        Checked<StaffCheck.Person> checked = staff("""
                1001;Mette Hansen;14-03-1988;paedagogisk assistent;PAU;2015;I1;32,5;01-08-2019;;18;"praktikvejleder, faglig fyrtårn"
                1001;Mette Hansen;14.03.1988;Pædagogisk Assistent;pædagog;2024;I2;4.5;2024-09-01;31-12-2026;18;
                1002;Ole Berg;1970-01-02;pædagogmedhjælper;;;I1;37;01-01-2000;;;
                """);

        assertThat(errors(checked)).isEmpty();
        assertThat(checked.rowCount()).isEqualTo(3);
        assertThat(checked.items()).hasSize(2);
        StaffCheck.Person mette = checked.items().getFirst();
        assertThat(mette.role()).isEqualTo(StaffRole.PAEDAGOGISK_ASSISTENT);
        assertThat(mette.birthDate()).isEqualTo(LocalDate.of(1988, 3, 14));
        assertThat(mette.educations()).isEqualTo(Map.of(Education.PAU, 2015, Education.PAEDAGOG, 2024));
        assertThat(mette.functions())
                .isEqualTo(Set.of(SpecialFunction.PRAKTIKVEJLEDER, SpecialFunction.FAGLIG_FYRTAARN));
        assertThat(mette.employments())
                .containsExactly(
                        new StaffCheck.Job("I1", new BigDecimal("32.5"), LocalDate.of(2019, 8, 1), null),
                        new StaffCheck.Job(
                                "I2", new BigDecimal("4.5"), LocalDate.of(2024, 9, 1), LocalDate.of(2026, 12, 31)));
        assertThat(mette.priorExperienceMonths()).isEqualTo(18);
        assertThat(checked.items().get(1).priorExperienceMonths()).isNull();
    }

    @Test
    void reportsAnImpossibleDateWithRowColumnAndValue() {
        Checked<StaffCheck.Person> checked = staff("1001;Mette Hansen;31-02-1990;pædagog;;;I1;37;01-08-2019;;;\n");

        assertThat(errors(checked))
                .containsExactly("Række 2, kolonne 'fødselsdato': '31-02-1990' er ikke en gyldig dato");
        assertThat(checked.items()).isEmpty();
    }

    @Test
    void reportsEveryErrorOfEveryRowNotJustTheFirst() {
        Checked<StaffCheck.Person> checked = staff("""
                1001;;14-03-1988;kok;;;I1;37;01-08-2019;;;
                1002;Ole Berg;1/2/70x;pædagog;;;I1;0;01-08-2019;;;
                1003;Ida Lund;01-01-1990;pædagog;;;I9;49;01-08-2019;01-01-2019;-1;superhelt
                """);

        assertThat(errors(checked))
                .containsExactly(
                        "Række 2, kolonne 'navn': skal udfyldes.",
                        "Række 2, kolonne 'stilling': 'kok' kendes ikke. Brug en af: pædagog, pædagogisk assistent,"
                                + " pædagogmedhjælper, dagplejer, leder, souschef, andet.",
                        "Række 3, kolonne 'fødselsdato': '1/2/70x' er ikke en gyldig dato. Skriv datoen som"
                                + " dd-mm-åååå, dd.mm.åååå eller åååå-mm-dd.",
                        "Række 3, kolonne 'ugentlige timer': '0' timer om ugen er ikke muligt: over 0 og højst 48.",
                        "Række 4, kolonne 'institutionsnummer': institutionsnummer 'I9' findes ikke i kommunen."
                                + " Importér institutionen først.",
                        "Række 4, kolonne 'ugentlige timer': '49' timer om ugen er ikke muligt: over 0 og højst 48.",
                        "Række 4, kolonne 'ansat til': ansættelsen slutter '01-01-2019', før den begynder"
                                + " '01-08-2019'.",
                        "Række 4, kolonne 'tidligere erfaring i måneder': '-1' måneder er ikke muligt (fra 0 til"
                                + " 720).",
                        "Række 4, kolonne 'funktioner': 'superhelt' kendes ikke. Brug en af: faglig fyrtårn,"
                                + " praktikvejleder, pædagogfaglig specialist.");
        assertThat(checked.errors().count()).isEqualTo(9);
        assertThat(checked.items()).isEmpty();
    }

    @Test
    void refusesAgesOutside15To80AndEmploymentsBeforeTheAgeOf15() {
        Checked<StaffCheck.Person> checked = staff("""
                1001;Ung;01-01-2015;pædagogmedhjælper;;;;;;;;
                1002;Gammel;01-01-1940;pædagog;;;;;;;;
                1003;Tidlig;01-06-2000;pædagog;;;I1;37;01-06-2014;;;
                """);

        assertThat(errors(checked))
                .containsExactly(
                        "Række 2, kolonne 'fødselsdato': fødselsdatoen '01-01-2015' giver en alder på 11 år. Alderen"
                                + " skal være mellem 15 og 80 år.",
                        "Række 3, kolonne 'fødselsdato': fødselsdatoen '01-01-1940' giver en alder på 86 år. Alderen"
                                + " skal være mellem 15 og 80 år.",
                        "Række 4, kolonne 'ansat fra': ansættelsen fra '01-06-2014' begynder, før medarbejderen"
                                + " fyldte 15 (01-06-2015).");
    }

    @Test
    void reportsHoursWithMoreThanTwoDecimalsAndTextThatIsNoNumber() {
        Checked<StaffCheck.Person> checked = staff("""
                1001;A;01-01-1990;pædagog;;;I1;32,125;01-08-2019;;;
                1002;B;01-01-1990;pædagog;;;I1;fuldtid;01-08-2019;;;
                """);

        assertThat(errors(checked))
                .containsExactly(
                        "Række 2, kolonne 'ugentlige timer': '32,125' har flere end 2 decimaler.",
                        "Række 3, kolonne 'ugentlige timer': 'fuldtid' er ikke et tal.");
    }

    @Test
    void requiresInstitutionHoursAndStartTogether() {
        Checked<StaffCheck.Person> checked = staff("""
                1001;A;01-01-1990;pædagog;;;I1;;;;;
                1002;B;01-01-1990;pædagog;;;;;;;;
                """);

        assertThat(errors(checked))
                .containsExactly(
                        "Række 2, kolonne 'ugentlige timer': skal udfyldes, når rækken har en ansættelse:"
                                + " institutionsnummer, ugentlige timer og ansat fra hører sammen.",
                        "Række 2, kolonne 'ansat fra': skal udfyldes, når rækken har en ansættelse:"
                                + " institutionsnummer, ugentlige timer og ansat fra hører sammen.");
    }

    @Test
    void requiresTheYearOfAnEducationAndAnEducationForAYear() {
        Checked<StaffCheck.Person> checked = staff("""
                1001;A;01-01-1990;pædagog;pædagog;;I1;37;01-08-2019;;;
                1002;B;01-01-1990;pædagog;;2010;I1;37;01-08-2019;;;
                1003;C;01-01-1990;pædagog;PAU;2000;I1;37;01-08-2019;;;
                1004;D;01-01-1990;pædagog;PAU;2027;I1;37;01-08-2019;;;
                """);

        assertThat(errors(checked))
                .containsExactly(
                        "Række 2, kolonne 'uddannelsesår': skal udfyldes, når uddannelse er udfyldt.",
                        "Række 3, kolonne 'uddannelsesår': uddannelsesår er udfyldt, men uddannelse er tom.",
                        "Række 4, kolonne 'uddannelsesår': uddannelsesåret 2000 ligger, før medarbejderen fyldte 15.",
                        "Række 5, kolonne 'uddannelsesår': '2027' er ikke et muligt år (fra 1950 til 2026).");
    }

    @Test
    void requiresTheRowsOfOnePersonToAgreeOnTheirOwnFacts() {
        Checked<StaffCheck.Person> checked = staff("""
                1001;Mette Hansen;14-03-1988;pædagog;PAU;2015;I1;30;01-08-2019;;;
                1001;Mette Jensen;15-03-1988;leder;PAU;2016;I2;7;01-08-2019;;;
                1001;Mette Hansen;14-03-1988;pædagog;;;I1;10;01-08-2019;;;
                """);

        assertThat(errors(checked))
                .containsExactly(
                        "Række 3, kolonne 'navn': medarbejdernummer '1001' har 'Mette Hansen' i række 2. Alle rækker"
                                + " for samme medarbejder skal være ens her.",
                        "Række 3, kolonne 'fødselsdato': medarbejdernummer '1001' har '14-03-1988' i række 2. Alle"
                                + " rækker for samme medarbejder skal være ens her.",
                        "Række 3, kolonne 'stilling': medarbejdernummer '1001' har 'pædagog' i række 2. Alle rækker"
                                + " for samme medarbejder skal være ens her.",
                        "Række 4, kolonne 'ansat fra': ansættelsen på institution 'I1' fra 01-08-2019 står også i"
                                + " række 2.");
    }

    @Test
    void reportsTheSameEducationWithTwoYears() {
        Checked<StaffCheck.Person> checked = staff("""
                1001;A;01-01-1980;pædagog;PAU;2015;I1;30;01-08-2019;;;
                1001;A;01-01-1980;pædagog;PAU;2016;I2;7;01-08-2019;;;
                """);

        assertThat(errors(checked))
                .containsExactly("Række 3, kolonne 'uddannelsesår': samme uddannelse står med året 2015 i række 2.");
    }

    @Test
    void refusesTheWholeFileWhenAColumnHoldsCprNumbersWithoutRepeatingThem() {
        String csv = "medarbejdernummer;navn;fødselsdato;stilling;institutionsnummer;ugentlige timer;ansat fra;"
                + "ansat til;personid\n"
                + "1001;A;01-01-1990;pædagog;I1;37;01-08-2019;;010190-1234\n"
                + "1002;B;01-01-1990;kok;I1;37;01-08-2019;;0101901235\n";

        Checked<StaffCheck.Person> checked = check(new StaffCheck(), csv, "I1");

        assertThat(errors(checked))
                .containsExactly("Række 2, kolonne 'personid': Kolonnen ser ud til at indeholde CPR-numre. Løft må"
                        + " ikke modtage CPR-numre: fjern kolonnen, og upload filen igen. Hele filen er afvist, og"
                        + " intet er gemt.");
        assertThat(errors(checked).getFirst()).doesNotContain("1234");
        assertThat(checked.items()).isEmpty();
    }

    @Test
    void refusesAColumnNamedCprEvenWhenItIsEmpty() {
        String csv = HEADER.strip() + ";CPR-nummer\n1001;A;01-01-1990;pædagog;;;I1;37;01-08-2019;;;;\n";

        Checked<StaffCheck.Person> checked = check(new StaffCheck(), csv, "I1");

        assertThat(errors(checked))
                .singleElement()
                .asString()
                .startsWith("Række 1, kolonne 'CPR-nummer': Kolonnen hedder");
    }

    @Test
    void acceptsHeadersInAnyOrderCaseAndSpacingAndWarnsAboutUnknownOnes() {
        String csv = "Ansat Til;ANSAT FRA;UgentligeTimer;Institutionsnummer;Stilling;Fødselsdato;Navn;"
                + "Medarbejdernummer;Afdeling\n"
                + ";01-08-2019;37;I1;Pædagog;01-01-1990;A;1001;Nord\n";

        Checked<StaffCheck.Person> checked = check(new StaffCheck(), csv, "I1");

        assertThat(errors(checked)).isEmpty();
        assertThat(checked.items()).hasSize(1);
        assertThat(Checking.warnings(checked))
                .containsExactly("Kolonnen 'Afdeling' kendes ikke og bliver ikke indlæst.");
        assertThat(checked.has("staff.education")).isFalse();
        assertThat(checked.has("staff.functions")).isFalse();
    }

    @Test
    void reportsMissingColumnsAndSuggestsTheKindTheFileLooksLike() {
        String csv = "institutionsnummer;navn;type;ejerform\nI1;Huset;vuggestue;kommunal\n";

        Checked<StaffCheck.Person> checked = check(new StaffCheck(), csv, "I1");

        assertThat(errors(checked))
                .contains(
                        "Række 1, kolonne 'medarbejdernummer': kolonnen mangler i overskriftsrækken.",
                        "Række 1, kolonne 'ugentlige timer': kolonnen mangler i overskriftsrækken.",
                        "Filen ligner en fil med institutioner. Har du valgt det rigtige indhold?");
    }

    @Test
    void reportsAColumnGivenTwice() {
        String csv = HEADER.strip() + ";Timer\n1001;A;01-01-1990;pædagog;;;I1;37;01-08-2019;;;;37\n";

        Checked<StaffCheck.Person> checked = check(new StaffCheck(), csv, "I1");

        assertThat(errors(checked))
                .containsExactly("Række 1, kolonne 'ugentlige timer': kolonnen står to gange i overskriftsrækken"
                        + " ('ugentlige timer' og 'Timer').");
    }
}
