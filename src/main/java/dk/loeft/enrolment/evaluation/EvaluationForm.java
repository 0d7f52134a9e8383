package dk.loeft.enrolment.evaluation;

import java.util.List;

/** What one evaluation asks, and about which course and person. */
public record EvaluationForm(OpenEvaluation about, List<Question> questions) {}
