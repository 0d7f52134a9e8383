package dk.loeft.enrolment.notification.web;

import dk.loeft.enrolment.notification.Notices;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in person's notices (/beskeder), with whether each went out by e-mail. */
@Controller
class NoticePageController {

    private final Notices notices;

    NoticePageController(Notices notices) {
        this.notices = notices;
    }

    @GetMapping("/beskeder")
    String notices(Model model) {
        model.addAttribute("notices", notices.mine());
        return "enrolment/notification/notices";
    }
}
