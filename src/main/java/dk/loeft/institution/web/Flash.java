package dk.loeft.institution.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Puts a Danish success or error message, shown once by the layout, on the page a redirect leads to. */
@Component("institutionFlash")
class Flash {

    private final MessageSource messages;

    Flash(MessageSource messages) {
        this.messages = messages;
    }

    void success(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("flashSuccess", text(key, args));
    }

    void error(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("flashError", text(key, args));
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
