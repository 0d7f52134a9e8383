package dk.loeft.enrolment.completion.api;

import dk.loeft.enrolment.completion.AttendanceMark;
import dk.loeft.enrolment.completion.AttendanceRegister;
import dk.loeft.enrolment.completion.AttendanceSheet;
import dk.loeft.enrolment.completion.Certificate;
import dk.loeft.enrolment.completion.Certificates;
import dk.loeft.enrolment.completion.CompletionCommand;
import dk.loeft.enrolment.completion.Completions;
import dk.loeft.enrolment.completion.ImportReport;
import dk.loeft.enrolment.completion.ParticipationDetail;
import dk.loeft.enrolment.completion.PersonProgress;
import dk.loeft.enrolment.completion.ProgressCommand;
import dk.loeft.enrolment.completion.ProgressPart;
import dk.loeft.enrolment.completion.ProgressRegister;
import dk.loeft.enrolment.completion.api.CompletionApiModels.AttendanceResponse;
import dk.loeft.enrolment.completion.api.CompletionApiModels.CorrectionRequest;
import dk.loeft.enrolment.completion.api.CompletionApiModels.ImportProblemResponse;
import dk.loeft.enrolment.completion.api.CompletionApiModels.ImportResponse;
import dk.loeft.enrolment.completion.api.CompletionApiModels.Mark;
import dk.loeft.enrolment.completion.api.CompletionApiModels.MarksRequest;
import dk.loeft.enrolment.completion.api.CompletionApiModels.OutcomeRequest;
import dk.loeft.enrolment.completion.api.CompletionApiModels.Part;
import dk.loeft.enrolment.completion.api.CompletionApiModels.ParticipantAttendance;
import dk.loeft.enrolment.completion.api.CompletionApiModels.ParticipationResponse;
import dk.loeft.enrolment.completion.api.CompletionApiModels.ProgressRequest;
import dk.loeft.enrolment.completion.api.CompletionApiModels.ProgressResponse;
import dk.loeft.enrolment.completion.api.CompletionApiModels.Session;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.web.PdfRenderer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Attendance, results, progress and certificates for integrations. The forvaltning writes;
 * whoever may see a person reads their participations, progress and certificates. A result file
 * with errors is answered with 422 and every error; nothing is saved then.
 */
@RestController
@RequestMapping("/api/v1/enrolment/completion")
class CompletionApiController {

    private final AttendanceRegister attendance;
    private final Completions completions;
    private final ProgressRegister progress;
    private final Certificates certificates;
    private final MessageSource messages;

    CompletionApiController(
            AttendanceRegister attendance,
            Completions completions,
            ProgressRegister progress,
            Certificates certificates,
            MessageSource messages) {
        this.attendance = attendance;
        this.completions = completions;
        this.progress = progress;
        this.certificates = certificates;
        this.messages = messages;
    }

    @GetMapping("/offerings/{offeringId}/attendance")
    AttendanceResponse attendance(@PathVariable UUID offeringId) {
        return response(attendance.sheet(offeringId));
    }

    @PutMapping("/offerings/{offeringId}/attendance")
    AttendanceResponse recordAttendance(@PathVariable UUID offeringId, @RequestBody MarksRequest request) {
        attendance.sheet(offeringId);
        List<Mark> given = required(request.marks());
        List<AttendanceMark> marks = given.stream()
                .map(m -> new AttendanceMark(
                        required(m.participationId()), required(m.sessionId()), m.status(), m.reason()))
                .toList();
        return response(attendance.record(offeringId, marks));
    }

    @PostMapping("/offerings/{offeringId}/outcomes/import")
    ResponseEntity<ImportResponse> importOutcomes(
            @PathVariable UUID offeringId, @RequestParam(value = "file", required = false) @Nullable MultipartFile file)
            throws IOException {
        ImportReport report = completions.importFile(
                offeringId,
                file == null ? "fil" : Objects.requireNonNullElse(file.getOriginalFilename(), "fil"),
                file == null ? new byte[0] : file.getBytes());
        List<ImportProblemResponse> errors = report.problems().stream()
                .map(p -> new ImportProblemResponse(
                        p.row() == 0 ? null : p.row(),
                        p.column(),
                        messages.getMessage(p.key(), p.args(), LocaleContextHolder.getLocale())))
                .toList();
        return ResponseEntity.status(report.accepted() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(new ImportResponse(report.completed(), errors));
    }

    @GetMapping("/participations/{participationId}")
    ParticipationResponse participation(@PathVariable UUID participationId) {
        return response(progress.participation(participationId));
    }

    @PostMapping("/participations/{participationId}/outcome")
    ParticipationResponse complete(@PathVariable UUID participationId, @RequestBody OutcomeRequest request) {
        progress.participation(participationId);
        completions.complete(
                participationId,
                required(request.version()),
                new CompletionCommand(
                        required(request.outcome()), required(request.on()), request.ects(), request.reason()));
        return response(progress.participation(participationId));
    }

    @PostMapping("/participations/{participationId}/correction")
    ParticipationResponse correct(@PathVariable UUID participationId, @RequestBody CorrectionRequest request) {
        progress.participation(participationId);
        completions.correct(
                participationId, required(request.version()), Objects.requireNonNullElse(request.reason(), ""));
        return response(progress.participation(participationId));
    }

    @PostMapping("/participations/{participationId}/progress")
    ResponseEntity<ParticipationResponse> addPart(
            @PathVariable UUID participationId, @RequestBody ProgressRequest request) {
        progress.participation(participationId);
        progress.add(
                participationId,
                new ProgressCommand(
                        Objects.requireNonNullElse(request.part(), ""),
                        Objects.requireNonNullElse(request.ects(), 0),
                        required(request.passedOn()),
                        Boolean.TRUE.equals(request.credited())));
        return ResponseEntity.status(HttpStatus.CREATED).body(response(progress.participation(participationId)));
    }

    @GetMapping("/participations/{participationId}/certificate.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable UUID participationId) {
        Certificate certificate = certificates.certificate(participationId);
        return PdfRenderer.response(
                MediaType.APPLICATION_PDF, certificate.fileName(), false, certificates.pdf(certificate));
    }

    @GetMapping("/staff/{staffId}/progress")
    ProgressResponse personProgress(@PathVariable UUID staffId) {
        PersonProgress p = progress.ofPerson(staffId);
        var pd = p.pd();
        return new ProgressResponse(
                p.staffId(),
                p.name(),
                p.courses().stream()
                        .map(c -> new CompletionApiModels.Course(
                                c.participation().id(),
                                c.offering().id(),
                                c.offering().title(),
                                c.participation().status(),
                                c.participation().outcome(),
                                c.attendance().present(),
                                c.attendance().registered()))
                        .toList(),
                p.programmes().stream()
                        .map(line -> new CompletionApiModels.Programme(
                                line.participation().id(),
                                line.offering().id(),
                                line.offering().title(),
                                parts(line.parts()),
                                line.merit() == null
                                        ? null
                                        : new CompletionApiModels.MeritResponse(
                                                line.merit().passed(),
                                                line.merit().credited(),
                                                line.merit().expectedByNow(),
                                                line.merit().plannedEnd(),
                                                line.merit().behind())))
                        .toList(),
                pd == null
                        ? null
                        : new CompletionApiModels.PdResponse(
                                pd.firstStart(),
                                pd.ects(),
                                pd.remaining(),
                                pd.deadline(),
                                pd.projectedFinish(),
                                pd.atRisk()),
                p.warning());
    }

    /** A field the request must have: without it, the Danish rule message (422). */
    private static <T> T required(@Nullable T value) {
        if (value == null) {
            throw new RuleViolationException("enrolment.completion.error.request");
        }
        return value;
    }

    private static AttendanceResponse response(AttendanceSheet sheet) {
        List<ParticipantAttendance> participants = new ArrayList<>();
        for (var p : sheet.participants()) {
            List<Mark> marks = new ArrayList<>();
            for (var s : sheet.sessions()) {
                AttendanceSheet.Mark mark = sheet.mark(p.participationId(), s.id());
                if (mark != null) {
                    marks.add(new Mark(p.participationId(), s.id(), mark.status(), mark.reason()));
                }
            }
            var share = sheet.share(p.participationId());
            participants.add(new ParticipantAttendance(
                    p.participationId(),
                    p.staffId(),
                    p.name(),
                    p.employeeNumber(),
                    marks,
                    share.present(),
                    share.registered()));
        }
        return new AttendanceResponse(
                sheet.offering().id(),
                sheet.sessions().stream()
                        .map(s -> new Session(s.id(), s.startsAt(), s.endsAt(), s.title()))
                        .toList(),
                participants);
    }

    private static ParticipationResponse response(ParticipationDetail d) {
        var p = d.participation();
        return new ParticipationResponse(
                p.id(),
                p.offeringId(),
                p.staffMember(),
                p.status(),
                p.outcome(),
                p.outcomeOn(),
                p.outcomeReason(),
                p.ectsAwarded(),
                d.attendance().present(),
                d.attendance().registered(),
                d.attendance().share(),
                parts(d.parts()),
                p.version());
    }

    private static List<Part> parts(List<ProgressPart> parts) {
        return parts.stream()
                .map(x -> new Part(x.id(), x.part(), x.ects(), x.passedOn(), x.credited()))
                .toList();
    }
}
