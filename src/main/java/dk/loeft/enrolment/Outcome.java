package dk.loeft.enrolment;

/** The result of a participation: passed (bestået), failed (ikke bestået) or dropped out (afbrudt). */
public enum Outcome {
    PASSED,
    FAILED,
    DROPPED_OUT
}
