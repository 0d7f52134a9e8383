package dk.loeft.enrolment;

/** The two stages that decide an application: the person's leader, then the forvaltning. */
public enum DecisionStage {
    LEADER,
    ADMIN
}
