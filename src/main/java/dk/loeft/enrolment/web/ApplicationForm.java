package dk.loeft.enrolment.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An application as the form sends it: the first choice (udbud) and up to two more, the person
 * (a leader picks one of their staff, the forvaltning gives an employee number) and a motivation.
 */
record ApplicationForm(
        @NotNull(message = "{enrolment.application.error.firstChoice}") @Nullable
        UUID udbud,

        @Nullable UUID choice2,
        @Nullable UUID choice3,
        @Nullable UUID staffId,

        @Size(max = 40, message = "{enrolment.application.error.employeeNumber}") @Nullable
        String employeeNumber,

        @Size(max = 2000, message = "{enrolment.application.error.motivation}") @Nullable
        String motivation) {

    /** The chosen offerings in order of priority. */
    List<UUID> choices() {
        List<UUID> choices = new ArrayList<>();
        for (UUID choice : new UUID[] {udbud, choice2, choice3}) {
            if (choice != null) {
                choices.add(choice);
            }
        }
        return choices;
    }
}
