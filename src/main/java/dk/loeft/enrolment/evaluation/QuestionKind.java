package dk.loeft.enrolment.evaluation;

/** A question answered on a scale from 1 (poor) to 5 (very good), or in free text. */
public enum QuestionKind {
    SCALE,
    TEXT
}
