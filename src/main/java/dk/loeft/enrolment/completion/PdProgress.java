package dk.loeft.enrolment.completion;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * Progress towards the pædagogisk diplomuddannelse: 60 ECTS, finished within six years of the
 * first module's start (research §5.3). At the current pace (ECTS so far over the time since the
 * start) the person is projected to finish on {@code projectedFinish}; {@code atRisk} warns when
 * that is after the deadline, when the deadline has passed unfinished, or when a year has gone
 * without any ECTS.
 */
public record PdProgress(
        LocalDate firstStart,
        int ects,
        LocalDate deadline,
        @Nullable LocalDate projectedFinish,
        boolean atRisk) {

    public static final int TOTAL_ECTS = 60;
    public static final int YEARS = 6;

    /** The last day to finish: six years after the first module's start, less one day. */
    public static LocalDate deadline(LocalDate firstStart) {
        return firstStart.plusYears(YEARS).minusDays(1);
    }

    public static PdProgress of(LocalDate firstStart, int ects, LocalDate today) {
        LocalDate deadline = deadline(firstStart);
        if (ects >= TOTAL_ECTS) {
            return new PdProgress(firstStart, ects, deadline, null, false);
        }
        long elapsed = ChronoUnit.DAYS.between(firstStart, today);
        LocalDate projected = null;
        if (ects > 0 && elapsed > 0) {
            projected = firstStart.plusDays((elapsed * TOTAL_ECTS + ects - 1) / ects);
        }
        boolean atRisk = today.isAfter(deadline)
                || projected != null && projected.isAfter(deadline)
                || ects == 0 && elapsed >= 365;
        return new PdProgress(firstStart, ects, deadline, projected, atRisk);
    }

    public int remaining() {
        return Math.max(0, TOTAL_ECTS - ects);
    }

    public boolean finished() {
        return ects >= TOTAL_ECTS;
    }
}
