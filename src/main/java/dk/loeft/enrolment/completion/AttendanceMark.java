package dk.loeft.enrolment.completion;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One cell of the attendance grid: a participation in one session. No status means not
 * registered (an earlier mark is removed); a reason belongs only to an excused absence.
 */
public record AttendanceMark(
        UUID participationId,
        UUID sessionId,
        @Nullable AttendanceStatus status,
        @Nullable String reason) {}
