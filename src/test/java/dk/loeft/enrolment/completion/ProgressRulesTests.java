package dk.loeft.enrolment.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProgressRulesTests {

    static final LocalDate FIRST_MODULE = LocalDate.of(2024, 9, 1);

    @Test
    void pdMustBeFinishedWithinSixYearsOfTheFirstModulesStart() {
        assertThat(PdProgress.deadline(FIRST_MODULE)).isEqualTo(LocalDate.of(2030, 8, 31));
        PdProgress finishedOnTheLastDay = PdProgress.of(FIRST_MODULE, 60, LocalDate.of(2030, 8, 31));
        assertThat(finishedOnTheLastDay.finished()).isTrue();
        assertThat(finishedOnTheLastDay.atRisk()).isFalse();
        assertThat(PdProgress.of(FIRST_MODULE, 55, LocalDate.of(2030, 9, 1)).atRisk())
                .isTrue();
        // 30 ECTS after three years: exactly on pace for the last day
        assertThat(PdProgress.of(FIRST_MODULE, 30, LocalDate.of(2027, 9, 1)).projectedFinish())
                .isEqualTo(LocalDate.of(2030, 8, 31));
        assertThat(PdProgress.of(FIRST_MODULE, 30, LocalDate.of(2027, 9, 1)).atRisk())
                .isFalse();
        assertThat(PdProgress.of(FIRST_MODULE, 30, LocalDate.of(2027, 9, 2)).atRisk())
                .isTrue();
    }

    @Test
    void pdAtTheCurrentPaceIsProjectedAndWarnedAboutWhenItMissesTheDeadline() {
        // 20 ECTS in two years: 60 takes six years, just inside the deadline
        PdProgress onPace = PdProgress.of(FIRST_MODULE, 20, LocalDate.of(2026, 9, 1));
        assertThat(onPace.projectedFinish()).isEqualTo(LocalDate.of(2030, 8, 31));
        assertThat(onPace.atRisk()).isFalse();
        assertThat(onPace.remaining()).isEqualTo(40);
        // 15 ECTS in two years: eight years at this pace
        PdProgress slow = PdProgress.of(FIRST_MODULE, 15, LocalDate.of(2026, 9, 1));
        assertThat(slow.projectedFinish()).isAfter(slow.deadline());
        assertThat(slow.atRisk()).isTrue();
    }

    @Test
    void pdWithoutAnyEctsIsWarnedAboutOnlyAfterAYear() {
        assertThat(PdProgress.of(FIRST_MODULE, 0, LocalDate.of(2025, 8, 31)).atRisk())
                .isFalse();
        assertThat(PdProgress.of(FIRST_MODULE, 0, LocalDate.of(2025, 9, 1)).atRisk())
                .isTrue();
    }

    @Test
    void meritHasSixSemestersAndExpectsOnePerSixMonths() {
        LocalDate start = LocalDate.of(2025, 2, 1);
        MeritProgress afterOneYear = MeritProgress.of(start, 2, 0, LocalDate.of(2026, 2, 1));
        assertThat(afterOneYear.expectedByNow()).isEqualTo(2);
        assertThat(afterOneYear.behind()).isFalse();
        assertThat(afterOneYear.plannedEnd()).isEqualTo(LocalDate.of(2028, 1, 31));
        assertThat(MeritProgress.of(start, 1, 0, LocalDate.of(2026, 2, 1)).behind())
                .isTrue();
        assertThat(MeritProgress.of(start, 1, 0, LocalDate.of(2026, 1, 31)).behind())
                .isFalse();
    }

    @Test
    void meritCreditedSemestersCountAsPassed() {
        MeritProgress progress = MeritProgress.of(LocalDate.of(2023, 2, 1), 6, 2, LocalDate.of(2026, 2, 1));
        assertThat(progress.finished()).isTrue();
        assertThat(progress.credited()).isEqualTo(2);
        assertThat(progress.behind()).isFalse();
        assertThat(MeritProgress.of(LocalDate.of(2020, 1, 1), 5, 0, LocalDate.of(2026, 1, 1))
                        .expectedByNow())
                .isEqualTo(6);
    }
}
