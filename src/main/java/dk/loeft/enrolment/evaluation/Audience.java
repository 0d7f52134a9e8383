package dk.loeft.enrolment.evaluation;

/** Who answers: the participant (deltager), or a leader of the participant's institution (leder). */
public enum Audience {
    PARTICIPANT,
    LEADER
}
