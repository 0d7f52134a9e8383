package dk.loeft.enrolment.completion.web;

import dk.loeft.enrolment.completion.Certificate;
import dk.loeft.enrolment.completion.Certificates;
import dk.loeft.enrolment.completion.Completions;
import dk.loeft.enrolment.completion.ParticipationDetail;
import dk.loeft.enrolment.completion.ProgressCommand;
import dk.loeft.enrolment.completion.ProgressRegister;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.platform.web.Flash;
import dk.loeft.platform.web.PdfRenderer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One participation: attendance per session, the result and how it came in, the parts of a long
 * programme; the forvaltning corrects a wrong result and registers parts passed here. The
 * certificate of a pass is downloaded from here by whoever may see the person.
 */
@Controller
class ParticipationPagesController {

    private final ProgressRegister progress;
    private final Completions completions;
    private final Certificates certificates;
    private final Flash flash;

    ParticipationPagesController(
            ProgressRegister progress, Completions completions, Certificates certificates, Flash flash) {
        this.progress = progress;
        this.completions = completions;
        this.certificates = certificates;
        this.flash = flash;
    }

    @GetMapping("/gennemfoerelse/deltagelser/{participationId}")
    String participation(@PathVariable String participationId, Model model) {
        ParticipationDetail detail = progress.participation(WebIds.parse(participationId));
        LoeftUser user = currentUser();
        model.addAttribute("d", detail);
        model.addAttribute("mayEdit", user.is(Role.KOMMUNE_ADMIN));
        model.addAttribute("section", user.is(Role.KOMMUNE_ADMIN) ? "gennemfoerelse" : "fremdrift");
        return "enrolment/completion/participation";
    }

    @PostMapping("/gennemfoerelse/deltagelser/{participationId}/ret")
    String correct(
            @PathVariable String participationId,
            @RequestParam(defaultValue = "-1") int version,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        UUID id = WebIds.parse(participationId);
        try {
            completions.correct(id, version, reason);
            flash.success(redirect, "enrolment.completion.corrected");
        } catch (RuleViolationException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
        } catch (OptimisticLockingFailureException e) {
            flash.error(redirect, "error.conflict");
        }
        return "redirect:/gennemfoerelse/deltagelser/" + id;
    }

    @PostMapping("/gennemfoerelse/deltagelser/{participationId}/fremdrift")
    String addPart(
            @PathVariable String participationId,
            @RequestParam(defaultValue = "") String part,
            @RequestParam(defaultValue = "0") String ects,
            @RequestParam(defaultValue = "") String passedOn,
            @RequestParam(defaultValue = "false") boolean credited,
            RedirectAttributes redirect) {
        UUID id = WebIds.parse(participationId);
        progress.participation(id);
        try {
            progress.add(id, new ProgressCommand(part, integer(ects), date(passedOn), credited));
            flash.success(redirect, "enrolment.progress.saved", part.trim());
        } catch (RuleViolationException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/gennemfoerelse/deltagelser/" + id;
    }

    @GetMapping("/gennemfoerelse/deltagelser/{participationId}/kursusbevis.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable String participationId) {
        Certificate certificate = certificates.certificate(WebIds.parse(participationId));
        return PdfRenderer.response(
                MediaType.APPLICATION_PDF, certificate.fileName(), false, certificates.pdf(certificate));
    }

    private static int integer(String text) {
        try {
            return text.isBlank() ? 0 : Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new RuleViolationException("enrolment.progress.error.ects");
        }
    }

    private static LocalDate date(@Nullable String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("enrolment.progress.error.date");
        }
    }

    private static LoeftUser currentUser() {
        return Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
    }
}
