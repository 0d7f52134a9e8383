package dk.loeft.enrolment.completion;

import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.catalog.Offering;
import dk.loeft.catalog.OfferingKind;
import dk.loeft.enrolment.Outcome;
import dk.loeft.enrolment.ParticipationStatus;
import dk.loeft.plan.InitiativeKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Offering MODULE = Offerings.diplomaModule(LocalDate.of(2026, 8, 1), 10);

    private static List<String> keys(ParticipationStatus status, CompletionCommand command) {
        return CompletionRules.check(
                        Offerings.participation(
                                MODULE, status, status == ParticipationStatus.COMPLETED ? Outcome.PASSED : null),
                        MODULE,
                        command,
                        TODAY)
                .stream()
                .map(Violation::key)
                .toList();
    }

    private static CompletionCommand passed(LocalDate on) {
        return new CompletionCommand(Outcome.PASSED, on, null, null);
    }

    @Test
    void aSeatedParticipantWhoPassedOnADateWithinTheOfferingMayBeCompleted() {
        assertThat(keys(ParticipationStatus.ENROLLED, passed(LocalDate.of(2026, 11, 1))))
                .isEmpty();
        assertThat(keys(ParticipationStatus.ENROLLED, passed(LocalDate.of(2026, 8, 1))))
                .isEmpty();
        assertThat(keys(ParticipationStatus.ENROLLED, passed(TODAY))).isEmpty();
    }

    @Test
    void onlyASeatedParticipationGetsAResultAndOnlyOnce() {
        assertThat(keys(ParticipationStatus.WAITLISTED, passed(TODAY)))
                .containsExactly("enrolment.completion.error.notSeated");
        assertThat(keys(ParticipationStatus.CANCELLED, passed(TODAY)))
                .containsExactly("enrolment.completion.error.notSeated");
        assertThat(keys(ParticipationStatus.COMPLETED, passed(TODAY)))
                .containsExactly("enrolment.completion.error.alreadyCompleted");
    }

    @Test
    void aResultLiesBetweenTheOfferingsStartAndToday() {
        assertThat(keys(ParticipationStatus.ENROLLED, passed(TODAY.plusDays(1))))
                .containsExactly("enrolment.completion.error.future");
        assertThat(keys(ParticipationStatus.ENROLLED, passed(LocalDate.of(2026, 7, 31))))
                .containsExactly("enrolment.completion.error.beforeStart");
    }

    @Test
    void droppingOutNeedsAReason() {
        assertThat(keys(ParticipationStatus.ENROLLED, new CompletionCommand(Outcome.DROPPED_OUT, TODAY, null, " ")))
                .containsExactly("enrolment.completion.error.reasonRequired");
        assertThat(keys(
                        ParticipationStatus.ENROLLED,
                        new CompletionCommand(Outcome.DROPPED_OUT, TODAY, null, "Fik nyt job")))
                .isEmpty();
    }

    @Test
    void ectsAreAwardedOnlyForAPassAndAtMostWhatTheOfferingGives() {
        assertThat(CompletionRules.ectsAwarded(MODULE, passed(TODAY))).isEqualTo(10);
        assertThat(CompletionRules.ectsAwarded(MODULE, new CompletionCommand(Outcome.FAILED, TODAY, null, null)))
                .isZero();
        assertThat(keys(ParticipationStatus.ENROLLED, new CompletionCommand(Outcome.PASSED, TODAY, 11, null)))
                .containsExactly("enrolment.completion.error.ects");
        assertThat(keys(ParticipationStatus.ENROLLED, new CompletionCommand(Outcome.PASSED, TODAY, -1, null)))
                .containsExactly("enrolment.completion.error.ects");
        assertThat(keys(ParticipationStatus.ENROLLED, new CompletionCommand(Outcome.FAILED, TODAY, 5, null)))
                .containsExactly("enrolment.completion.error.ectsNotPassed");
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        assertThat(keys(
                        ParticipationStatus.COMPLETED,
                        new CompletionCommand(Outcome.DROPPED_OUT, TODAY.plusDays(3), 4, null)))
                .containsExactly(
                        "enrolment.completion.error.alreadyCompleted",
                        "enrolment.completion.error.future",
                        "enrolment.completion.error.reasonRequired",
                        "enrolment.completion.error.ectsNotPassed");
    }

    @Test
    void aMeritOrPauProgrammeGivesItsEducationAndOtherOfferingsNone() {
        Offering merit = Offerings.offering(OfferingKind.PROGRAMME, InitiativeKind.MERIT_NET, TODAY, List.of());
        Offering pau = Offerings.offering(OfferingKind.PROGRAMME, InitiativeKind.PAU_EUV1, TODAY, List.of());
        Offering pd = Offerings.offering(OfferingKind.PROGRAMME, InitiativeKind.PD_WHOLE, TODAY, List.of());
        assertThat(Completions.educationOf(merit)).isEqualTo(dk.loeft.staff.Education.PAEDAGOG);
        assertThat(Completions.educationOf(pau)).isEqualTo(dk.loeft.staff.Education.PAU);
        assertThat(Completions.educationOf(pd)).isNull();
        assertThat(Completions.educationOf(MODULE)).isNull();
        assertThat(CompletionRules.maxEcts(merit)).isEqualTo(210);
    }
}
