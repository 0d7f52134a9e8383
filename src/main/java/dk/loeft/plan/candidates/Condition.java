package dk.loeft.plan.candidates;

import java.util.List;

/** One condition of a track's admission rule, met or not, with the person's own figures as Danish text. */
public record Condition(String messageKey, List<Object> arguments, boolean met) {

    public Condition {
        arguments = List.copyOf(arguments);
    }
}
