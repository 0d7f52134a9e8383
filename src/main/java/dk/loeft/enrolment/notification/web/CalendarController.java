package dk.loeft.enrolment.notification.web;

import dk.loeft.enrolment.notification.CalendarFeeds;
import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.web.Flash;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The course calendar (/kalender): download it as an .ics file, or make a personal secret address
 * for a calendar app ({@code /kalender/{token}.ics}, open without sign-in), renew or revoke it.
 */
@Controller
class CalendarController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;
    private final Flash flash;

    CalendarController(CalendarFeeds feeds, Flash flash) {
        this.feeds = feeds;
        this.flash = flash;
    }

    @GetMapping("/kalender")
    String page(Model model) {
        model.addAttribute("createdAt", feeds.feedCreatedAt().orElse(null));
        return "enrolment/notification/calendar";
    }

    @GetMapping("/kalender.ics")
    ResponseEntity<String> download() {
        return ics(feeds.mine(), true);
    }

    @GetMapping("/kalender/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return ics(feeds.byToken(token).orElseThrow(NotFoundException::new), false);
    }

    @PostMapping("/kalender/forny")
    String renew(HttpServletRequest request, RedirectAttributes redirect) {
        String token = feeds.renew();
        String url = ServletUriComponentsBuilder.fromContextPath(request)
                .path("/kalender/{token}.ics")
                .buildAndExpand(token)
                .toUriString();
        redirect.addFlashAttribute("feedUrl", url);
        flash.success(redirect, "enrolment.calendar.renewed");
        return "redirect:/kalender";
    }

    @PostMapping("/kalender/tilbagekald")
    String revoke(RedirectAttributes redirect) {
        feeds.revoke();
        flash.success(redirect, "enrolment.calendar.revoked");
        return "redirect:/kalender";
    }

    private static ResponseEntity<String> ics(String calendar, boolean attachment) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(CALENDAR);
        headers.setCacheControl("private, no-store");
        if (attachment) {
            headers.setContentDisposition(ContentDisposition.attachment()
                    .filename("kursuskalender.ics")
                    .build());
        }
        return ResponseEntity.ok().headers(headers).body(calendar);
    }
}
