package dk.loeft.plan.rules;

import dk.loeft.funding.FundingRound;
import dk.loeft.plan.CostLine;
import dk.loeft.plan.PlanFacts;
import dk.loeft.plan.PlannedInitiative;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What the rules read off an initiative: its cohorts (a cohort starting in a later year starts on
 * the same day of the year as the first) and when each completes, and the pool rounds its lines
 * are charged to.
 */
final class Cohorts {

    private Cohorts() {}

    /** The start of each year's cohort: the initiative's start in its own year, the same date in later years. */
    static List<LocalDate> starts(PlannedInitiative initiative) {
        if (initiative.intakePerYear().isEmpty()) {
            return List.of(initiative.start());
        }
        return initiative.intakePerYear().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> start(initiative, e.getKey()))
                .toList();
    }

    static LocalDate start(PlannedInitiative initiative, int year) {
        return year == initiative.start().getYear()
                ? initiative.start()
                : initiative.start().withYear(year);
    }

    /** The day a participant starting on the date completes: the months later, less a day. */
    static LocalDate completion(LocalDate start, int months) {
        return start.plusMonths(months).minusDays(1);
    }

    /** The latest planned completion: the initiative's end or its last cohort's completion. */
    static LocalDate lastCompletion(PlannedInitiative initiative) {
        LocalDate last = initiative.end();
        for (LocalDate start : starts(initiative)) {
            LocalDate done = completion(start, initiative.monthsPerParticipant());
            if (done.isAfter(last)) {
                last = done;
            }
        }
        return last;
    }

    /** The rounds the initiative's pool lines are charged to, oldest first; unknown rounds left out. */
    static List<FundingRound> rounds(PlannedInitiative initiative, PlanFacts facts) {
        Map<UUID, FundingRound> byId = byId(facts);
        return initiative.costs().stream()
                .filter(line -> line.source().pool())
                .map(line -> byId.get(line.source().roundId()))
                .filter(Objects::nonNull)
                .distinct()
                .sorted(java.util.Comparator.comparingInt(FundingRound::firstYear))
                .toList();
    }

    /** The first of each group of rounds with the same rule value, so one breach is reported once. */
    static List<FundingRound> distinct(List<FundingRound> rounds, Function<FundingRound, @Nullable Object> value) {
        Map<Object, FundingRound> first = new LinkedHashMap<>();
        rounds.forEach(r -> first.putIfAbsent(Objects.requireNonNullElse(value.apply(r), NONE), r));
        return List.copyOf(first.values());
    }

    private static final Object NONE = new Object();

    static Optional<FundingRound> round(CostLine line, PlanFacts facts) {
        return Optional.ofNullable(line.source().roundId())
                .map(id -> byId(facts).get(id));
    }

    static Map<UUID, FundingRound> byId(PlanFacts facts) {
        return facts.rounds().stream().collect(Collectors.toMap(FundingRound::id, Function.identity()));
    }

    static String year(int year) {
        return Integer.toString(year);
    }
}
