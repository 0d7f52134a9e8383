package dk.loeft.enrolment.completion;

import dk.loeft.catalog.Offering;
import dk.loeft.enrolment.Outcome;
import dk.loeft.enrolment.Participation;
import dk.loeft.enrolment.ParticipationStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The legal transitions of a participation's result (issue 6 item 5): only a seated participation
 * (ENROLLED) gets a result, and only once; a wrong result is corrected, which puts it back to
 * seated. A result lies between the offering's start and today, a drop-out has its reason, and
 * ECTS are awarded only for a pass, at most what the offering gives.
 */
public final class CompletionRules {

    /** Merit gives 210 ECTS (research §5.1): the most one result can award. */
    static final int MAX_ECTS = 210;

    /** A diploma module has at most 60 ECTS (research §5.3). */
    static final int MAX_MODULE_ECTS = 60;

    /** Dates in messages: 01.09.2026. */
    static final java.time.format.DateTimeFormatter DANISH_DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private CompletionRules() {}

    /** Every rule the result breaks (none: it may be registered). */
    public static List<Violation> check(
            Participation participation, Offering offering, CompletionCommand command, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (participation.status() == ParticipationStatus.COMPLETED) {
            violations.add(new Violation("status", "enrolment.completion.error.alreadyCompleted"));
        } else if (participation.status() != ParticipationStatus.ENROLLED) {
            violations.add(new Violation("status", "enrolment.completion.error.notSeated"));
        }
        if (command.on().isAfter(today)) {
            violations.add(new Violation("on", "enrolment.completion.error.future"));
        } else if (command.on().isBefore(offering.startDate())) {
            violations.add(new Violation(
                    "on", "enrolment.completion.error.beforeStart", DANISH_DATE.format(offering.startDate())));
        }
        if (command.outcome() == Outcome.DROPPED_OUT
                && (command.reason() == null || command.reason().isBlank())) {
            violations.add(new Violation("reason", "enrolment.completion.error.reasonRequired"));
        }
        if (command.reason() != null && command.reason().trim().length() > 500) {
            violations.add(new Violation("reason", "enrolment.completion.error.reasonLength"));
        }
        int ects = ectsAwarded(offering, command);
        int max = maxEcts(offering);
        if (ects < 0 || ects > max) {
            violations.add(new Violation("ects", "enrolment.completion.error.ects", max));
        } else if (ects > 0 && command.outcome() != Outcome.PASSED) {
            violations.add(new Violation("ects", "enrolment.completion.error.ectsNotPassed"));
        }
        return violations;
    }

    /** The ECTS a result awards: as given, or by default the offering's ECTS for a pass and 0 otherwise. */
    public static int ectsAwarded(Offering offering, CompletionCommand command) {
        if (command.ects() != null) {
            return command.ects();
        }
        return command.outcome() == Outcome.PASSED ? offering.ects() : 0;
    }

    /** The most ECTS the offering can award: its modules' ECTS, one module's worth if it has none, merit's for a whole programme. */
    static int maxEcts(Offering offering) {
        if (offering.programme() != null && offering.programme().graduatesAs() != null) {
            return MAX_ECTS;
        }
        return offering.ects() > 0 ? offering.ects() : MAX_MODULE_ECTS;
    }
}
