package dk.loeft.plan.candidates;

import dk.loeft.plan.InitiativeKind;
import java.util.List;

/** Whether a person may start a track on a date: eligible when every condition is met. */
public record Eligibility(InitiativeKind track, List<Condition> conditions) {

    public Eligibility {
        conditions = List.copyOf(conditions);
    }

    public boolean eligible() {
        return conditions.stream().allMatch(Condition::met);
    }
}
