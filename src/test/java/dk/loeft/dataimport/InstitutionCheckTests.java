package dk.loeft.dataimport;

import static dk.loeft.dataimport.Checking.check;
import static dk.loeft.dataimport.Checking.errors;
import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.Ownership;
import org.junit.jupiter.api.Test;

class InstitutionCheckTests {

    @Test
    void readsDanishLabelsWithAndWithoutDanishLetters() {
        Checked<InstitutionCheck.Line> checked = check(new InstitutionCheck(), """
                institutionsnummer;navn;type;ejerform;område
                1;A;Børnehave;Kommunal;Nord
                2;B;boernehave;SELVEJENDE;
                3;C;Aldersintegreret institution;puljeordning;Nord
                4;D;dagpleje;privat;Syd
                """);

        assertThat(errors(checked)).isEmpty();
        assertThat(checked.items())
                .extracting(InstitutionCheck.Line::kind)
                .containsExactly(
                        InstitutionKind.BOERNEHAVE,
                        InstitutionKind.BOERNEHAVE,
                        InstitutionKind.INTEGRERET,
                        InstitutionKind.DAGPLEJE);
        assertThat(checked.items())
                .extracting(InstitutionCheck.Line::ownership)
                .containsExactly(Ownership.KOMMUNAL, Ownership.SELVEJENDE, Ownership.PULJEORDNING, Ownership.PRIVAT);
        assertThat(checked.items().get(1).area()).isNull();
        assertThat(checked.has("institution.street")).isFalse();
    }

    @Test
    void reportsUnknownLabelsBadPostalCodesAndDuplicateNumbers() {
        Checked<InstitutionCheck.Line> checked = check(new InstitutionCheck(), """
                institutionsnummer;navn;type;ejerform;postnummer
                1;A;skole;kommunal;2610
                2;B;vuggestue;offentlig;26100
                1;C;vuggestue;kommunal;DK-2610
                """);

        assertThat(errors(checked))
                .containsExactly(
                        "Række 2, kolonne 'type': 'skole' kendes ikke. Brug en af: vuggestue, børnehave, integreret,"
                                + " dagpleje, sfo, klub, andet.",
                        "Række 3, kolonne 'ejerform': 'offentlig' kendes ikke. Brug en af: kommunal, selvejende,"
                                + " udliciteret, privat, puljeordning.",
                        "Række 3, kolonne 'postnummer': er for lang (højst 4 tegn).",
                        "Række 4, kolonne 'postnummer': er for lang (højst 4 tegn).",
                        "Række 4, kolonne 'institutionsnummer': institutionsnummer '1' står også i række 2.");
    }

    @Test
    void reportsAPostalCodeThatIsNotFourDigits() {
        Checked<InstitutionCheck.Line> checked = check(new InstitutionCheck(), """
                institutionsnummer;navn;type;ejerform;postnummer
                1;A;vuggestue;kommunal;26a0
                """);

        assertThat(errors(checked))
                .containsExactly("Række 2, kolonne 'postnummer': '26a0' er ikke et postnummer (4 cifre).");
    }

    @Test
    void reportsAFileWithHeadersButNoRows() {
        Checked<InstitutionCheck.Line> checked =
                check(new InstitutionCheck(), "institutionsnummer;navn;type;ejerform\n\n;;;\n");

        assertThat(errors(checked)).containsExactly("Filen har overskrifter, men ingen rækker med data.");
    }
}
