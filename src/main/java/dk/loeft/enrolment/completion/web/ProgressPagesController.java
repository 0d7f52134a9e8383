package dk.loeft.enrolment.completion.web;

import dk.loeft.enrolment.completion.PersonProgress;
import dk.loeft.enrolment.completion.ProgressRegister;
import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.tenancy.Tenancy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Progress: the leader's and forvaltning's overview, one person's page, and the person's own. */
@Controller
class ProgressPagesController {

    private final ProgressRegister progress;
    private final Clock clock;

    ProgressPagesController(ProgressRegister progress, Clock clock) {
        this.progress = progress;
        this.clock = clock;
    }

    @GetMapping("/fremdrift")
    String overview(Model model) {
        model.addAttribute("people", progress.overview());
        return "enrolment/completion/overview";
    }

    @GetMapping("/medarbejdere/{staffId}/fremdrift")
    String person(@PathVariable String staffId, Model model) {
        fill(progress.ofPerson(WebIds.parse(staffId)), false, model);
        return "enrolment/completion/person";
    }

    @GetMapping("/mine-kurser/fremdrift")
    String own(Model model) {
        LoeftUser user = Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
        UUID own = user.staffId();
        if (own == null) {
            throw new NotFoundException();
        }
        fill(progress.ofPerson(own), true, model);
        return "enrolment/completion/person";
    }

    private void fill(PersonProgress person, boolean own, Model model) {
        model.addAttribute("p", person);
        model.addAttribute("own", own);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("section", own ? "fremdrift-mig" : "fremdrift");
    }
}
