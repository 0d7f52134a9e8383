package dk.loeft.enrolment.evaluation.web;

import dk.loeft.enrolment.evaluation.Audience;
import dk.loeft.enrolment.evaluation.Evaluations;
import dk.loeft.enrolment.evaluation.Question;
import dk.loeft.enrolment.evaluation.QuestionKind;
import dk.loeft.enrolment.evaluation.QuestionSet;
import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.platform.web.Flash;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forvaltning's evaluation questions per plan initiative (/evalueringer/spoergsmaal): which
 * initiatives use the default set, and a form with a row per question (kind and text; empty rows
 * are left out) for participants and for leaders.
 */
@Controller
class QuestionSetController {

    /** Empty rows offered after the questions, so a question can be added. */
    static final int EXTRA_ROWS = 2;

    private final Evaluations evaluations;
    private final Flash flash;

    QuestionSetController(Evaluations evaluations, Flash flash) {
        this.evaluations = evaluations;
        this.flash = flash;
    }

    @GetMapping("/evalueringer/spoergsmaal")
    String list(Model model) {
        requireAdmin();
        Map<UUID, String> initiatives = evaluations.initiatives();
        Map<UUID, Boolean> standard = new LinkedHashMap<>();
        initiatives
                .keySet()
                .forEach(i -> standard.put(i, evaluations.questions(i).standard()));
        model.addAttribute("initiatives", initiatives);
        model.addAttribute("standard", standard);
        model.addAttribute("defaults", evaluations.questions(null));
        return "enrolment/evaluation/question-sets";
    }

    @GetMapping("/evalueringer/spoergsmaal/{initiativeId}")
    String edit(@PathVariable UUID initiativeId, Model model) {
        String name = initiative(initiativeId);
        QuestionSet set = evaluations.questions(initiativeId);
        return page(name, set, rows(set.participant()), rows(set.leader()), set.version(), null, model);
    }

    @PostMapping("/evalueringer/spoergsmaal/{initiativeId}")
    String save(
            @PathVariable UUID initiativeId,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        String name = initiative(initiativeId);
        List<Question> participant = questions(params, Audience.PARTICIPANT);
        List<Question> leader = questions(params, Audience.LEADER);
        int version = parse(params.get("version"));
        try {
            evaluations.saveQuestions(initiativeId, version, participant, leader);
        } catch (OptimisticLockingFailureException e) {
            flash.error(redirect, "error.conflict");
            return "redirect:/evalueringer/spoergsmaal/" + initiativeId;
        } catch (RuleViolationException e) {
            return page(
                    name,
                    evaluations.questions(initiativeId),
                    rows(participant),
                    rows(leader),
                    version,
                    flash.text(e.messageKey(), e.arguments()),
                    model);
        }
        flash.success(redirect, "enrolment.evaluation.questions.saved", name);
        return "redirect:/evalueringer/spoergsmaal";
    }

    private String initiative(UUID initiativeId) {
        requireAdmin();
        String name = evaluations.initiatives().get(initiativeId);
        if (name == null) {
            throw new NotFoundException();
        }
        return name;
    }

    private static String page(
            String name,
            QuestionSet set,
            List<Row> participant,
            List<Row> leader,
            int version,
            @Nullable String error,
            Model model) {
        model.addAttribute("name", name);
        model.addAttribute("set", set);
        model.addAttribute("participant", participant);
        model.addAttribute("leader", leader);
        model.addAttribute("version", version);
        model.addAttribute("error", error);
        model.addAttribute("kinds", QuestionKind.values());
        return "enrolment/evaluation/question-set";
    }

    /** A row of the form: the question's kind and text (empty for a new question). */
    record Row(QuestionKind kind, String text) {}

    private static List<Row> rows(List<Question> questions) {
        List<Row> rows = new ArrayList<>();
        questions.forEach(q -> rows.add(new Row(q.kind(), q.text())));
        for (int i = 0; i < EXTRA_ROWS; i++) {
            rows.add(new Row(QuestionKind.SCALE, ""));
        }
        return rows;
    }

    /** The non-empty rows of one audience, in order ({@code participant-text-0}, {@code participant-kind-0}, ...). */
    private static List<Question> questions(Map<String, String> params, Audience audience) {
        String prefix = audience.name().toLowerCase() + "-";
        List<Question> questions = new ArrayList<>();
        for (int i = 0; params.containsKey(prefix + "text-" + i); i++) {
            String text = params.get(prefix + "text-" + i).trim();
            if (!text.isEmpty()) {
                String kind = params.getOrDefault(prefix + "kind-" + i, "SCALE");
                questions.add(new Question("TEXT".equals(kind) ? QuestionKind.TEXT : QuestionKind.SCALE, text));
            }
        }
        return questions;
    }

    private static int parse(@Nullable String version) {
        try {
            return version == null ? -1 : Integer.parseInt(version);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void requireAdmin() {
        if (!Tenancy.currentUser().map(u -> u.is(Role.KOMMUNE_ADMIN)).orElse(false)) {
            throw new AccessDeniedException("Kun forvaltningen ændrer evalueringernes spørgsmål");
        }
    }
}
