package dk.loeft.funding.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Danish texts for the funding pages: flash messages shown once after a redirect, and problem lists. */
@Component("fundingMessages")
class Messages {

    private final MessageSource messages;

    Messages(MessageSource messages) {
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
