package dk.loeft.enrolment.web;

import dk.loeft.catalog.Catalog;
import dk.loeft.enrolment.EnrolmentOverview;
import dk.loeft.enrolment.Participation;
import dk.loeft.enrolment.Participations;
import dk.loeft.enrolment.Seats;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.platform.web.Flash;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A staff member's own courses (/mig/kurser), an offering's participants for the forvaltning
 * (/tilmelding/udbud/{id}), and cancelling a seat or a wait-list place (afbud).
 */
@Controller
class CoursesController {

    private final EnrolmentOverview overview;
    private final Seats seats;
    private final Participations participations;
    private final Catalog catalog;
    private final Flash flash;

    CoursesController(
            EnrolmentOverview overview, Seats seats, Participations participations, Catalog catalog, Flash flash) {
        this.overview = overview;
        this.seats = seats;
        this.participations = participations;
        this.catalog = catalog;
        this.flash = flash;
    }

    @GetMapping("/mig/kurser")
    String myCourses(Model model) {
        model.addAttribute("applications", overview.myApplications());
        model.addAttribute("courses", overview.myCourses());
        model.addAttribute("sessions", overview.mySessions());
        model.addAttribute("weeks", EnrolmentOverview.ABSENCE_WEEKS);
        return "enrolment/my-courses";
    }

    @GetMapping("/tilmelding/udbud/{offeringId}")
    String participants(@PathVariable UUID offeringId, Model model) {
        model.addAttribute("participants", overview.participantsOf(offeringId));
        model.addAttribute("row", overview.offering(offeringId));
        model.addAttribute("offering", catalog.offering(offeringId));
        return "enrolment/participants";
    }

    @PostMapping("/deltagelser/{participationId}/afbud")
    String cancel(
            @PathVariable UUID participationId,
            @RequestParam int version,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes redirect) {
        Participation participation = participations.get(participationId);
        String back = back(participation);
        try {
            Seats.Cancellation done = seats.cancel(participationId, version, reason);
            flash.success(
                    redirect,
                    done.cancelled().cancelledLate() ? "enrolment.seat.cancelledLate" : "enrolment.seat.cancelled",
                    done.promoted().size());
        } catch (RuleViolationException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
        } catch (OptimisticLockingFailureException e) {
            flash.error(redirect, "error.conflict");
        }
        return back;
    }

    private static String back(Participation participation) {
        LoeftUser user = Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
        if (user.is(Role.KOMMUNE_ADMIN)) {
            return "redirect:/tilmelding/udbud/" + participation.offeringId();
        }
        return user.is(Role.LEADER) ? "redirect:/ansoegninger" : "redirect:/mig/kurser";
    }
}
