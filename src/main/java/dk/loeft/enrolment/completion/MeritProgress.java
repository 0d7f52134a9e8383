package dk.loeft.enrolment.completion;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Progress through meritpædagoguddannelsen: six semesters over three years (research §5.1), of
 * which some are credited (merit for the paid practice periods). By now the person should have
 * passed one semester for every six months since the start; {@code behind} warns when fewer are
 * passed or credited.
 */
public record MeritProgress(
        LocalDate start, int passed, int credited, int expectedByNow, LocalDate plannedEnd, boolean behind) {

    public static final int SEMESTERS = 6;

    public static MeritProgress of(LocalDate start, int passed, int credited, LocalDate today) {
        long months = today.isBefore(start) ? 0 : ChronoUnit.MONTHS.between(start, today);
        int expected = (int) Math.min(SEMESTERS, months / 6);
        LocalDate plannedEnd = start.plusMonths(SEMESTERS * 6L).minusDays(1);
        return new MeritProgress(start, passed, credited, expected, plannedEnd, passed < expected);
    }

    public boolean finished() {
        return passed >= SEMESTERS;
    }
}
