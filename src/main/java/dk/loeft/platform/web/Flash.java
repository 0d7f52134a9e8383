package dk.loeft.platform.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Puts a Danish success or error message, shown once by the layout, on the page a redirect leads to. */
@Component
public class Flash {

    private final MessageSource messages;

    Flash(MessageSource messages) {
        this.messages = messages;
    }

    public void success(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("flashSuccess", text(key, args));
    }

    public void error(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("flashError", text(key, args));
    }

    /** The Danish text of a message key, for messages a page shows itself. */
    public String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
