package dk.loeft.enrolment.evaluation;

/** One question of an evaluation, in the order it is asked. */
public record Question(QuestionKind kind, String text) {}
