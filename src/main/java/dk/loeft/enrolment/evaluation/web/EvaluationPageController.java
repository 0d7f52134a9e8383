package dk.loeft.enrolment.evaluation.web;

import dk.loeft.enrolment.evaluation.Audience;
import dk.loeft.enrolment.evaluation.EvaluationForm;
import dk.loeft.enrolment.evaluation.Evaluations;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.platform.web.Flash;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Evaluations (/evalueringer): the courses the signed-in person may evaluate now, and the form for
 * one of them, as participant ({@code /deltager}) or as the participant's leader ({@code /leder});
 * {@code ?del=} names a passed part of a long programme (a semester) to evaluate instead of the whole
 * course.
 */
@Controller
class EvaluationPageController {

    private final Evaluations evaluations;
    private final Flash flash;

    EvaluationPageController(Evaluations evaluations, Flash flash) {
        this.evaluations = evaluations;
        this.flash = flash;
    }

    @GetMapping("/evalueringer")
    String open(Model model) {
        model.addAttribute("open", evaluations.open());
        LoeftUser user = Tenancy.currentUser().orElseThrow();
        model.addAttribute("mayEditQuestions", user.is(Role.KOMMUNE_ADMIN));
        model.addAttribute("maySeeResults", !user.is(Role.STAFF));
        return "enrolment/evaluation/open";
    }

    @GetMapping("/evalueringer/{participationId}/deltager")
    String participantForm(
            @PathVariable UUID participationId,
            @RequestParam(name = "del", required = false) @Nullable UUID part,
            Model model,
            RedirectAttributes redirect) {
        return form(participationId, Audience.PARTICIPANT, part, model, redirect);
    }

    @GetMapping("/evalueringer/{participationId}/leder")
    String leaderForm(
            @PathVariable UUID participationId,
            @RequestParam(name = "del", required = false) @Nullable UUID part,
            Model model,
            RedirectAttributes redirect) {
        return form(participationId, Audience.LEADER, part, model, redirect);
    }

    @PostMapping("/evalueringer/{participationId}/deltager")
    String participantAnswer(
            @PathVariable UUID participationId,
            @RequestParam(name = "del", required = false) @Nullable UUID part,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        return answer(participationId, Audience.PARTICIPANT, part, params, model, redirect);
    }

    @PostMapping("/evalueringer/{participationId}/leder")
    String leaderAnswer(
            @PathVariable UUID participationId,
            @RequestParam(name = "del", required = false) @Nullable UUID part,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        return answer(participationId, Audience.LEADER, part, params, model, redirect);
    }

    private String form(
            UUID participationId, Audience audience, @Nullable UUID part, Model model, RedirectAttributes redirect) {
        try {
            return page(evaluations.form(participationId, audience, part), Map.of(), null, model);
        } catch (RuleViolationException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
            return "redirect:/evalueringer";
        }
    }

    private String answer(
            UUID participationId,
            Audience audience,
            @Nullable UUID part,
            Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        EvaluationForm form;
        try {
            form = evaluations.form(participationId, audience, part);
        } catch (RuleViolationException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
            return "redirect:/evalueringer";
        }
        List<Evaluations.Answer> answers = new ArrayList<>();
        for (int i = 0; i < form.questions().size(); i++) {
            answers.add(new Evaluations.Answer(score(params.get("score" + i)), params.get("comment" + i)));
        }
        try {
            evaluations.answer(participationId, audience, part, answers);
        } catch (RuleViolationException e) {
            return page(form, params, flash.text(e.messageKey(), e.arguments()), model);
        }
        flash.success(redirect, "enrolment.evaluation.answered", form.about().offeringTitle());
        return "redirect:/evalueringer";
    }

    private static String page(EvaluationForm form, Map<String, String> values, @Nullable String error, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("values", values);
        model.addAttribute("error", error);
        return "enrolment/evaluation/answer";
    }

    private static @Nullable Integer score(@Nullable String value) {
        if (value == null || !value.matches("[1-5]")) {
            return null;
        }
        return Integer.valueOf(value);
    }
}
