package dk.loeft.enrolment.completion;

import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.catalog.Offering;
import dk.loeft.enrolment.Outcome;
import dk.loeft.enrolment.Participation;
import dk.loeft.enrolment.ParticipationStatus;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutcomeFileTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Offering MODULE = Offerings.diplomaModule(LocalDate.of(2026, 8, 1), 10);
    static final Participation ANNA = Offerings.participation(MODULE, ParticipationStatus.ENROLLED, null);
    static final Participation BO = Offerings.participation(MODULE, ParticipationStatus.ENROLLED, null);
    static final Participation DONE = Offerings.participation(MODULE, ParticipationStatus.COMPLETED, Outcome.PASSED);

    private static OutcomeFile.Parsed read(String csv) {
        return OutcomeFile.read(
                "resultater.csv",
                csv.getBytes(StandardCharsets.UTF_8),
                MODULE,
                Map.of("e-1", ANNA, "e-2", BO, "e-3", DONE),
                TODAY);
    }

    private static List<String> problems(OutcomeFile.Parsed parsed) {
        return parsed.problems().stream()
                .map(p -> p.row() + "/" + p.column() + "/" + p.key())
                .toList();
    }

    @Test
    void aCleanFileGivesOneResultPerRowInAnySpellingOfTheOutcomeAndDate() {
        OutcomeFile.Parsed parsed = read("""
                Medarbejdernummer;Resultat;Dato;ECTS;Begrundelse
                E-1;Bestået;20-11-2026;10;
                e-2;afbrudt;2026-10-01;;Flyttet
                """);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows())
                .extracting(r -> r.command().outcome())
                .containsExactly(Outcome.PASSED, Outcome.DROPPED_OUT);
        assertThat(parsed.rows().get(0).command().on()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(parsed.rows().get(1).command().reason()).isEqualTo("Flyttet");
    }

    @Test
    void everyProblemIsReportedWithItsRowAndColumnAndNoRowIsKept() {
        OutcomeFile.Parsed parsed = read("""
                medarbejdernummer;resultat;dato;ects;begrundelse
                E-1;bestået;20-11-2026;10;
                E-9;bestået;20-11-2026;;
                E-2;måske;31-02-2026;ti;
                E-1;ikke bestået;20-11-2026;;
                E-3;bestået;20-11-2026;;
                ;afbrudt;01-12-2026;;
                0101901234;bestået;20-11-2026;;
                """);
        assertThat(parsed.rows()).isEmpty();
        assertThat(problems(parsed))
                .containsExactly(
                        "3/medarbejdernummer/enrolment.completion.import.notParticipant",
                        "4/resultat/enrolment.completion.import.outcome",
                        "4/dato/enrolment.completion.import.date",
                        "4/ects/enrolment.completion.import.integer",
                        "5/medarbejdernummer/enrolment.completion.import.twice",
                        "6/medarbejdernummer/enrolment.completion.error.alreadyCompleted",
                        "7/medarbejdernummer/enrolment.completion.import.required",
                        "8/medarbejdernummer/enrolment.completion.import.cpr");
    }

    @Test
    void aFileWithoutTheNeededColumnsOrRowsIsRefusedAsAWhole() {
        assertThat(problems(read("navn;resultat\nAnna;bestået\n")))
                .containsExactly(
                        "1/medarbejdernummer/enrolment.completion.import.headerMissing",
                        "1/dato/enrolment.completion.import.headerMissing");
        assertThat(problems(read("medarbejdernummer;resultat;dato\n")))
                .containsExactly("0/null/enrolment.completion.import.noRows");
        assertThat(problems(OutcomeFile.read("tom.csv", new byte[0], MODULE, Map.of(), TODAY)))
                .containsExactly("0/null/dataimport.file.empty");
    }

    @Test
    void theCompletionRulesApplyToEveryRow() {
        assertThat(problems(read("""
                medarbejdernummer;resultat;dato;ects;begrundelse
                E-1;afbrudt;01-12-2026;;
                E-2;bestået;01-07-2026;12;
                """)))
                .containsExactly(
                        "2/dato/enrolment.completion.error.future",
                        "2/begrundelse/enrolment.completion.error.reasonRequired",
                        "3/dato/enrolment.completion.error.beforeStart",
                        "3/ects/enrolment.completion.error.ects");
    }
}
