package dk.loeft.enrolment.completion.web;

import dk.loeft.catalog.Catalog;
import dk.loeft.catalog.CourseSession;
import dk.loeft.catalog.Offering;
import dk.loeft.enrolment.Outcome;
import dk.loeft.enrolment.completion.AttendanceMark;
import dk.loeft.enrolment.completion.AttendanceRegister;
import dk.loeft.enrolment.completion.AttendanceSheet;
import dk.loeft.enrolment.completion.AttendanceStatus;
import dk.loeft.enrolment.completion.CellError;
import dk.loeft.enrolment.completion.CompletionCommand;
import dk.loeft.enrolment.completion.Completions;
import dk.loeft.enrolment.completion.ImportReport;
import dk.loeft.enrolment.completion.MarksRejectedException;
import dk.loeft.enrolment.completion.Participant;
import dk.loeft.enrolment.completion.ResultsRejectedException;
import dk.loeft.enrolment.completion.RowError;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.platform.web.Flash;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forvaltning's pages for running courses: the offerings with seated participants, an
 * offering's attendance grid, and its results (typed for many at once or imported from the
 * provider's file).
 */
@Controller
class CompletionPagesController {

    private final Catalog catalog;
    private final AttendanceRegister attendance;
    private final Completions completions;
    private final JdbcClient jdbc;
    private final Flash flash;
    private final Clock clock;

    CompletionPagesController(
            Catalog catalog,
            AttendanceRegister attendance,
            Completions completions,
            JdbcClient jdbc,
            Flash flash,
            Clock clock) {
        this.catalog = catalog;
        this.attendance = attendance;
        this.completions = completions;
        this.jdbc = jdbc;
        this.flash = flash;
        this.clock = clock;
    }

    @GetMapping("/gennemfoerelse")
    String offerings(Model model) {
        requireAdmin();
        Map<UUID, Counts> counts = new HashMap<>();
        jdbc.sql("""
                select p.offering,
                       count(*) filter (where p.status in ('ENROLLED', 'COMPLETED')) as seated,
                       count(*) filter (where p.status = 'COMPLETED') as completed
                  from participation p group by p.offering
                """)
                .query((rs, n) -> counts.put(
                        rs.getObject("offering", UUID.class), new Counts(rs.getInt("seated"), rs.getInt("completed"))))
                .list();
        List<Line> lines = catalog.offerings().stream()
                .filter(o -> counts.containsKey(o.id()) && counts.get(o.id()).seated() > 0)
                .map(o -> new Line(o, counts.get(o.id())))
                .toList();
        model.addAttribute("lines", lines);
        return "enrolment/completion/offerings";
    }

    /** Seated participants of one offering, and how many of them have a result. */
    record Counts(int seated, int completed) {}

    record Line(Offering offering, Counts counts) {}

    @GetMapping("/gennemfoerelse/udbud/{offeringId}/fremmoede")
    String attendance(@PathVariable String offeringId, Model model) {
        AttendanceSheet sheet = attendance.sheet(WebIds.parse(offeringId));
        fillGrid(sheet, values(sheet), Map.of(), model);
        return "enrolment/completion/attendance";
    }

    @PostMapping("/gennemfoerelse/udbud/{offeringId}/fremmoede")
    String saveAttendance(
            @PathVariable String offeringId,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        AttendanceSheet sheet = attendance.sheet(WebIds.parse(offeringId));
        List<AttendanceMark> marks = new ArrayList<>();
        Map<String, String[]> submitted = new HashMap<>();
        for (Participant p : sheet.participants()) {
            for (CourseSession s : sheet.sessions()) {
                String key = AttendanceSheet.key(p.participationId(), s.id());
                String status = form.getFirst("m-" + key);
                if (status == null) {
                    continue;
                }
                String reason = form.getFirst("r-" + key);
                submitted.put(key, new String[] {status, reason == null ? "" : reason});
                marks.add(new AttendanceMark(p.participationId(), s.id(), status(status), reason));
            }
        }
        try {
            attendance.record(sheet.offering().id(), marks);
        } catch (MarksRejectedException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (CellError error : e.errors()) {
                errors.put(AttendanceSheet.key(error.participationId(), error.sessionId()), flash.text(error.key()));
            }
            Map<String, String[]> values = values(sheet);
            values.putAll(submitted);
            fillGrid(sheet, values, errors, model);
            return "enrolment/completion/attendance";
        }
        flash.success(redirect, "enrolment.attendance.saved");
        return "redirect:/gennemfoerelse/udbud/" + sheet.offering().id() + "/fremmoede";
    }

    /** Marks everyone not yet registered for the session as present: the quick way to take attendance. */
    @PostMapping("/gennemfoerelse/udbud/{offeringId}/fremmoede/alle")
    String everyonePresent(
            @PathVariable String offeringId,
            @RequestParam(defaultValue = "") String session,
            RedirectAttributes redirect) {
        AttendanceSheet sheet = attendance.sheet(WebIds.parse(offeringId));
        UUID sessionId = WebIds.parse(session);
        List<AttendanceMark> marks = sheet.participants().stream()
                .filter(p -> sheet.mark(p.participationId(), sessionId) == null)
                .map(p -> new AttendanceMark(p.participationId(), sessionId, AttendanceStatus.PRESENT, null))
                .toList();
        attendance.record(sheet.offering().id(), marks);
        flash.success(redirect, "enrolment.attendance.allPresentDone", marks.size());
        return "redirect:/gennemfoerelse/udbud/" + sheet.offering().id() + "/fremmoede";
    }

    private void fillGrid(
            AttendanceSheet sheet, Map<String, String[]> values, Map<String, String> errors, Model model) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("offering", sheet.offering());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("statuses", AttendanceStatus.values());
    }

    /** The grid's current values: status name and reason per cell. */
    private static Map<String, String[]> values(AttendanceSheet sheet) {
        Map<String, String[]> values = new HashMap<>();
        sheet.marks()
                .forEach((key, mark) -> values.put(
                        key, new String[] {mark.status().name(), mark.reason() == null ? "" : mark.reason()}));
        return values;
    }

    private static @Nullable AttendanceStatus status(String value) {
        for (AttendanceStatus s : AttendanceStatus.values()) {
            if (s.name().equals(value)) {
                return s;
            }
        }
        return null;
    }

    @GetMapping("/gennemfoerelse/udbud/{offeringId}/resultater")
    String results(@PathVariable String offeringId, Model model) {
        Offering offering = catalog.offering(WebIds.parse(offeringId));
        fillResults(offering, Map.of(), Map.of(), null, model);
        return "enrolment/completion/results";
    }

    @PostMapping("/gennemfoerelse/udbud/{offeringId}/resultater")
    String saveResults(
            @PathVariable String offeringId,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        Offering offering = catalog.offering(WebIds.parse(offeringId));
        Map<String, String> rowErrors = new LinkedHashMap<>();
        Map<UUID, Completions.Versioned> results = new LinkedHashMap<>();
        for (Participant p : completions.participants(offering.id())) {
            String id = p.participationId().toString();
            String outcome = form.getFirst("o-" + id);
            if (p.completed() || outcome == null || outcome.isBlank()) {
                continue;
            }
            try {
                results.put(
                        p.participationId(),
                        new Completions.Versioned(
                                Integer.parseInt(form.getFirst("v-" + id)),
                                new CompletionCommand(
                                        Outcome.valueOf(outcome),
                                        LocalDate.parse(form.getFirst("d-" + id)),
                                        ects(form.getFirst("e-" + id)),
                                        form.getFirst("r-" + id))));
            } catch (IllegalArgumentException | DateTimeParseException | NullPointerException e) {
                rowErrors.put(id, flash.text("enrolment.completion.error.row"));
            }
        }
        if (rowErrors.isEmpty() && results.isEmpty()) {
            flash.error(redirect, "enrolment.completion.nothingChosen");
            return "redirect:/gennemfoerelse/udbud/" + offering.id() + "/resultater";
        }
        if (rowErrors.isEmpty()) {
            try {
                int saved = completions.completeMany(offering.id(), results);
                flash.success(redirect, "enrolment.completion.saved", saved);
                return "redirect:/gennemfoerelse/udbud/" + offering.id() + "/resultater";
            } catch (ResultsRejectedException e) {
                for (RowError error : e.errors()) {
                    rowErrors.merge(
                            error.participationId().toString(),
                            flash.text(
                                    error.violation().key(), error.violation().args()),
                            (a, b) -> a + " " + b);
                }
            }
        }
        fillResults(offering, form.toSingleValueMap(), rowErrors, null, model);
        return "enrolment/completion/results";
    }

    @PostMapping("/gennemfoerelse/udbud/{offeringId}/resultater/import")
    String importResults(
            @PathVariable String offeringId,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        Offering offering = catalog.offering(WebIds.parse(offeringId));
        requireAdmin();
        ImportReport report = file == null || file.isEmpty()
                ? new ImportReport(
                        0,
                        List.of(new dk.loeft.enrolment.completion.ImportProblem(
                                0, null, "enrolment.completion.import.noFile")))
                : completions.importFile(
                        offering.id(),
                        file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                        file.getBytes());
        if (report.accepted()) {
            flash.success(redirect, "enrolment.completion.import.done", report.completed());
            return "redirect:/gennemfoerelse/udbud/" + offering.id() + "/resultater";
        }
        List<ProblemLine> problems = report.problems().stream()
                .map(p -> new ProblemLine(p.row() == 0 ? null : p.row(), p.column(), flash.text(p.key(), p.args())))
                .toList();
        fillResults(offering, Map.of(), Map.of(), problems, model);
        return "enrolment/completion/results";
    }

    /** A problem of the result file as the page lists it. */
    record ProblemLine(@Nullable Integer row, @Nullable String column, String message) {}

    private void fillResults(
            Offering offering,
            Map<String, String> values,
            Map<String, String> rowErrors,
            @Nullable List<ProblemLine> importProblems,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("offering", offering);
        model.addAttribute("participants", completions.participants(offering.id()));
        model.addAttribute("values", values);
        model.addAttribute("rowErrors", rowErrors);
        model.addAttribute("importProblems", importProblems);
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("defaultDate", offering.endDate().isAfter(today) ? today : offering.endDate());
    }

    private static @Nullable Integer ects(@Nullable String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
    }

    private static void requireAdmin() {
        LoeftUser user = Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
        if (!user.is(Role.KOMMUNE_ADMIN)) {
            throw new AccessDeniedException("Kun forvaltningen registrerer fremmøde og resultater");
        }
    }
}
