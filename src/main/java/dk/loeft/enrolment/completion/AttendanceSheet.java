package dk.loeft.enrolment.completion;

import dk.loeft.catalog.CourseSession;
import dk.loeft.catalog.Offering;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An offering's attendance grid: its seated participants × its sessions, with the marks given so far. */
public record AttendanceSheet(
        Offering offering, List<Participant> participants, List<CourseSession> sessions, Map<String, Mark> marks) {

    public AttendanceSheet {
        participants = List.copyOf(participants);
        sessions = List.copyOf(sessions);
        marks = Map.copyOf(marks);
    }

    /** A registered status with its reason. */
    public record Mark(AttendanceStatus status, @Nullable String reason) {}

    public static String key(UUID participationId, UUID sessionId) {
        return participationId + ":" + sessionId;
    }

    public @Nullable Mark mark(UUID participationId, UUID sessionId) {
        return marks.get(key(participationId, sessionId));
    }

    /** Present in how many of the sessions registered for the participant. */
    public AttendanceShare share(UUID participationId) {
        int present = 0;
        int registered = 0;
        for (CourseSession session : sessions) {
            Mark mark = mark(participationId, session.id());
            if (mark != null) {
                registered++;
                if (mark.status() == AttendanceStatus.PRESENT) {
                    present++;
                }
            }
        }
        return new AttendanceShare(present, registered);
    }
}
