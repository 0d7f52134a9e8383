package dk.loeft.enrolment.completion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** Sessions a participant was present at, of the sessions with attendance registered for them. */
public record AttendanceShare(int present, int registered) {

    /** The share present (0..1), none before any attendance is registered. */
    public @Nullable BigDecimal share() {
        return registered == 0
                ? null
                : BigDecimal.valueOf(present).divide(BigDecimal.valueOf(registered), 4, RoundingMode.HALF_UP);
    }
}
