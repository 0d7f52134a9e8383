package dk.loeft.enrolment.evaluation.api;

import dk.loeft.enrolment.evaluation.Audience;
import dk.loeft.enrolment.evaluation.EvaluationSummary;
import dk.loeft.enrolment.evaluation.Evaluations;
import dk.loeft.enrolment.evaluation.OpenEvaluation;
import dk.loeft.enrolment.evaluation.Question;
import dk.loeft.enrolment.evaluation.QuestionKind;
import dk.loeft.enrolment.evaluation.QuestionSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Evaluations: the questions of an initiative (the default set until the forvaltning saves its
 * own), the evaluations the caller may answer, answering one, and the results per initiative and
 * provider. The request bodies are checked by the service (Danish 422 problems), after it has
 * made sure the caller may touch the participation or initiative at all (404 otherwise).
 */
@RestController
@RequestMapping("/api/v1/enrolment/evaluations")
class EvaluationApiController {

    private final Evaluations evaluations;

    EvaluationApiController(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    /** An initiative's questions (the default set without ?initiative= or when it has none). */
    @GetMapping("/questions")
    QuestionSet questions(@RequestParam(required = false) @Nullable UUID initiative) {
        return evaluations.questions(initiative);
    }

    /** Replace an initiative's questions (forvaltning); send the set's version. */
    @PutMapping("/questions/{initiativeId}")
    QuestionSet saveQuestions(@PathVariable UUID initiativeId, @RequestBody QuestionsRequest request) {
        return evaluations.saveQuestions(
                initiativeId,
                request.version() == null ? -1 : request.version(),
                questions(request.participant()),
                questions(request.leader()));
    }

    /** The evaluations the caller may answer now. */
    @GetMapping("/open")
    List<OpenEvaluation> open() {
        return evaluations.open();
    }

    /**
     * Answer an evaluation once, as participant or as the participant's leader: of the whole course,
     * or with {@code progressPart} of one passed part of a long programme (a semester).
     */
    @PostMapping("/{participationId}/answers")
    @ResponseStatus(HttpStatus.CREATED)
    void answer(@PathVariable UUID participationId, @RequestBody AnswersRequest request) {
        evaluations.answer(
                participationId,
                request.audience() == null ? Audience.PARTICIPANT : request.audience(),
                request.progressPart(),
                request.answers() == null
                        ? List.of()
                        : request.answers().stream()
                                .map(a -> new Evaluations.Answer(a.score(), a.comment()))
                                .toList());
    }

    /** Results per initiative and per provider (forvaltning, økonomi, leaders). */
    @GetMapping("/summary")
    EvaluationSummary summary() {
        return evaluations.summary();
    }

    private static List<Question> questions(@Nullable List<QuestionPart> parts) {
        return parts == null
                ? List.of()
                : parts.stream()
                        .map(p -> new Question(
                                p.kind() == null ? QuestionKind.SCALE : p.kind(), p.text() == null ? "" : p.text()))
                        .toList();
    }

    /** An initiative's questions in order, with the set's version (0 while it uses the default set). */
    record QuestionsRequest(
            @Nullable Integer version,
            @Nullable List<QuestionPart> participant,
            @Nullable List<QuestionPart> leader) {}

    record QuestionPart(
            @Nullable QuestionKind kind, @Nullable String text) {}

    /** The answers in the order of the questions: a score 1-5 for scale questions, a comment for text questions. */
    record AnswersRequest(
            @Nullable Audience audience,
            @Nullable UUID progressPart,
            @Nullable List<AnswerPart> answers) {}

    record AnswerPart(@Nullable Integer score, @Nullable String comment) {}
}
