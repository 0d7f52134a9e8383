package dk.loeft.enrolment.evaluation;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The questions of one plan initiative's evaluation (evalueringsskema), for participants and for
 * their leaders; {@code standard} when the initiative has no set of its own and the default is used.
 *
 * @param version the lock to send back when saving: 0 for the default set, from 1 once saved
 */
public record QuestionSet(
        @Nullable UUID initiative, boolean standard, List<Question> participant, List<Question> leader, int version) {

    public QuestionSet {
        participant = List.copyOf(participant);
        leader = List.copyOf(leader);
    }

    public List<Question> of(Audience audience) {
        return audience == Audience.PARTICIPANT ? participant : leader;
    }
}
