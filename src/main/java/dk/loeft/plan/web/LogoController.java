package dk.loeft.plan.web;

import dk.loeft.institution.InstitutionService;
import dk.loeft.institution.Kommune;
import dk.loeft.plan.document.KommuneLogos;
import dk.loeft.plan.document.LogoRejectedException;
import dk.loeft.platform.security.LoeftUser;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forvaltning uploads, replaces or removes the kommune's logo for the plan document's front page. */
@Controller
class LogoController {

    private final KommuneLogos logos;
    private final InstitutionService institutions;
    private final MessageSource messages;

    LogoController(KommuneLogos logos, InstitutionService institutions, MessageSource messages) {
        this.logos = logos;
        this.institutions = institutions;
        this.messages = messages;
    }

    @GetMapping("/planer/logo")
    String page(Model model) {
        LoeftUser user = KommuneLogos.requireAdmin();
        return show(user, model);
    }

    @PostMapping("/planer/logo")
    String upload(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model,
            RedirectAttributes redirect,
            Locale locale)
            throws IOException {
        LoeftUser user = KommuneLogos.requireAdmin();
        try {
            logos.upload(file == null ? new byte[0] : file.getBytes());
        } catch (LogoRejectedException e) {
            model.addAttribute("logoError", e.messageKey());
            return show(user, model);
        }
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("plan.logo.saved", null, locale));
        return "redirect:/planer/logo";
    }

    @PostMapping("/planer/logo/fjern")
    String remove(RedirectAttributes redirect, Locale locale) {
        KommuneLogos.requireAdmin();
        logos.remove();
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("plan.logo.removed", null, locale));
        return "redirect:/planer/logo";
    }

    private String show(LoeftUser user, Model model) {
        Kommune kommune = institutions.kommuneFor(user, null);
        model.addAttribute("kommune", kommune);
        model.addAttribute("logo", logos.logo(kommune.code()).orElse(null));
        model.addAttribute("maxBytes", KommuneLogos.MAX_BYTES);
        return "plan/logo";
    }
}
