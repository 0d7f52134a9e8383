package dk.loeft.platform.users;

import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.api.ApiToken;
import dk.loeft.platform.api.ApiTokenService;
import dk.loeft.platform.users.UserForms.TokenForm;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /brugere/api-noegler: the forvaltning issues API keys for its kommune's integrations (each key
 * shown once, right after it is made), sees when each was last used, and revokes them.
 */
@Controller
class ApiTokenPageController {

    private final ApiTokenService tokens;
    private final MessageSource messages;
    private final Clock clock;

    ApiTokenPageController(ApiTokenService tokens, MessageSource messages, Clock clock) {
        this.tokens = tokens;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/brugere/api-noegler")
    String list(Model model) {
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm(null));
        }
        model.addAttribute("tokens", tokens.tokensOfMyKommune());
        model.addAttribute("zone", clock.getZone());
        return "users/tokens";
    }

    @PostMapping("/brugere/api-noegler")
    String issue(
            @Valid @ModelAttribute("tokenForm") TokenForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                ApiTokenService.IssuedToken issued = tokens.issue(String.valueOf(form.name()));
                redirect.addFlashAttribute("issuedToken", issued.plainText());
                redirect.addFlashAttribute("issuedTokenName", issued.token().name());
                return "redirect:/brugere/api-noegler";
            } catch (RuleViolationException e) {
                errors.rejectValue("name", e.messageKey(), e.arguments(), null);
            }
        }
        return list(model);
    }

    @PostMapping("/brugere/api-noegler/{tokenId}/tilbagekald")
    String revoke(@PathVariable UUID tokenId, RedirectAttributes redirect) {
        ApiToken revoked = tokens.revoke(tokenId);
        redirect.addFlashAttribute(
                "flashSuccess",
                messages.getMessage(
                        "users.token.revoked", new Object[] {revoked.name()}, LocaleContextHolder.getLocale()));
        return "redirect:/brugere/api-noegler";
    }
}
