package dk.loeft.enrolment.completion;

import dk.loeft.catalog.CourseSession;
import dk.loeft.catalog.Offering;
import dk.loeft.enrolment.Participation;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One participation in full: the person, the offering, attendance per session, the result and how it came in, and the parts passed. */
public record ParticipationDetail(
        Participation participation,
        Offering offering,
        String name,
        String employeeNumber,
        List<SessionLine> sessions,
        AttendanceShare attendance,
        @Nullable Recorded recorded,
        List<ProgressPart> parts,
        @Nullable MeritProgress merit,
        boolean longProgramme) {

    public ParticipationDetail {
        sessions = List.copyOf(sessions);
        parts = List.copyOf(parts);
    }

    /** A session and the participant's mark in it, if registered. */
    public record SessionLine(CourseSession session, AttendanceSheet.@Nullable Mark mark) {}

    /** Who registered the current result, when, and whether by hand or from the provider's file. */
    public record Recorded(CompletionSource source, String by, Instant at) {}
}
