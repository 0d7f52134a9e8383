package dk.loeft.platform.web;

import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.tenancy.Tenancy;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    /** Each role starts where its work is. */
    @GetMapping("/")
    String home() {
        LoeftUser user = Tenancy.currentUser().orElseThrow();
        return switch (user.role()) {
            case NATIONAL -> "redirect:/kommuner";
            case STAFF -> "redirect:/mig";
            case LEADER, KOMMUNE_ADMIN, FINANCE -> "redirect:/oversigt";
        };
    }

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object error = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        model.addAttribute("lockedOut", error instanceof LockedException);
        return "platform/login";
    }
}
