package dk.loeft.enrolment.completion.api;

import dk.loeft.enrolment.Outcome;
import dk.loeft.enrolment.ParticipationStatus;
import dk.loeft.enrolment.completion.AttendanceStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Requests and responses of the completion API. Requests are checked by the controller after the
 * participation or offering is found, so another kommune's id is simply not found whatever the body.
 */
final class CompletionApiModels {

    private CompletionApiModels() {}

    /** One cell of the grid: no status removes an earlier mark; an excused absence needs a reason. */
    record Mark(
            @Nullable UUID participationId,
            @Nullable UUID sessionId,
            @Nullable AttendanceStatus status,
            @Nullable String reason) {}

    record MarksRequest(@Nullable List<Mark> marks) {}

    record ParticipantAttendance(
            UUID participationId,
            UUID staffId,
            String name,
            String employeeNumber,
            List<Mark> marks,
            int present,
            int registered) {}

    record Session(UUID id, java.time.Instant startsAt, java.time.Instant endsAt, String title) {}

    record AttendanceResponse(UUID offeringId, List<Session> sessions, List<ParticipantAttendance> participants) {}

    record OutcomeRequest(
            @Nullable Integer version,
            @Nullable Outcome outcome,
            @Nullable LocalDate on,
            @Nullable Integer ects,
            @Nullable String reason) {}

    record CorrectionRequest(
            @Nullable Integer version, @Nullable String reason) {}

    record ProgressRequest(
            @Nullable String part,
            @Nullable Integer ects,
            @Nullable LocalDate passedOn,
            @Nullable Boolean credited) {}

    record Part(UUID id, String part, int ects, LocalDate passedOn, boolean credited) {}

    record ParticipationResponse(
            UUID id,
            UUID offeringId,
            UUID staffId,
            ParticipationStatus status,
            @Nullable Outcome outcome,
            @Nullable LocalDate outcomeOn,
            @Nullable String outcomeReason,
            int ectsAwarded,
            int present,
            int registered,
            @Nullable BigDecimal attendanceShare,
            List<Part> parts,
            int version) {}

    record ImportProblemResponse(
            @Nullable Integer row, @Nullable String column, String message) {}

    record ImportResponse(int completed, List<ImportProblemResponse> errors) {}

    record MeritResponse(int passed, int credited, int expectedByNow, LocalDate plannedEnd, boolean behind) {}

    record Programme(
            UUID participationId,
            UUID offeringId,
            String title,
            List<Part> parts,
            @Nullable MeritResponse merit) {}

    record PdResponse(
            LocalDate firstStart,
            int ects,
            int remaining,
            LocalDate deadline,
            @Nullable LocalDate projectedFinish,
            boolean atRisk) {}

    record Course(
            UUID participationId,
            UUID offeringId,
            String title,
            ParticipationStatus status,
            @Nullable Outcome outcome,
            int present,
            int registered) {}

    record ProgressResponse(
            UUID staffId,
            String name,
            List<Course> courses,
            List<Programme> programmes,
            @Nullable PdResponse pd,
            boolean warning) {}
}
