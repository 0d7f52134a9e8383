package dk.loeft.enrolment.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Evaluation results grouped by plan initiative and by provider: response rates, the average of
 * each scale question and the free-text answers. Names are on free-text answers for the forvaltning
 * only; everyone else reads them anonymously.
 */
public record EvaluationSummary(List<Group> byInitiative, List<Group> byProvider) {

    /**
     * One initiative's or provider's results.
     *
     * @param evaluable the evaluations opened: one per seated participation in a course that has
     *     ended, plus one per passed, non-credited part (semester, module) of a seated participation in
     *     a long programme; each may be answered once by the participant and once by a leader, and the
     *     responses count both kinds, so a rate is answered evaluations over opened ones
     */
    public record Group(
            String name,
            int evaluable,
            int participantResponses,
            int leaderResponses,
            List<QuestionResult> participant,
            List<QuestionResult> leader) {

        public @Nullable BigDecimal participantRate() {
            return rate(participantResponses);
        }

        public @Nullable BigDecimal leaderRate() {
            return rate(leaderResponses);
        }

        private @Nullable BigDecimal rate(int responses) {
            return evaluable == 0
                    ? null
                    : BigDecimal.valueOf(responses)
                            .divide(BigDecimal.valueOf(evaluable), 4, java.math.RoundingMode.HALF_UP);
        }
    }

    /** A question's results: the average score (two decimals) and number of answers, or the comments. */
    public record QuestionResult(
            String question, QuestionKind kind, @Nullable BigDecimal average, int answers, List<Comment> comments) {}

    /** A free-text answer; {@code by} only for the forvaltning. */
    public record Comment(String text, @Nullable String by) {}
}
