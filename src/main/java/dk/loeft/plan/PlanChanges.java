package dk.loeft.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What changed between two versions of a plan (ændringer mellem versioner): texts, goals,
 * initiatives and cost lines added, removed or changed (matched by id, which a revision keeps), and
 * the total per year before and after.
 */
public record PlanChanges(
        PlanContent from,
        PlanContent to,
        List<TextChange> texts,
        List<CoverageGoal> goalsAdded,
        List<CoverageGoal> goalsRemoved,
        List<InitiativeChange> initiatives,
        List<LineChange> lines,
        List<YearTotal> totals) {

    public enum Change {
        ADDED,
        REMOVED,
        CHANGED;

        public String labelKey() {
            return "plans.change." + name();
        }
    }

    /** @param labelKey the message key naming the text (title, background, ...) */
    public record TextChange(String labelKey, String before, String after) {}

    /** @param fields message keys of the fields that changed (empty when added or removed) */
    public record InitiativeChange(
            Change change,
            @Nullable PlannedInitiative before,
            @Nullable PlannedInitiative after,
            List<String> fields) {

        public String name() {
            return Objects.requireNonNull(after != null ? after : before).name();
        }
    }

    /** @param initiativeName the initiative the line belongs to; null for a common line */
    public record LineChange(
            Change change,
            @Nullable String initiativeName,
            @Nullable CostLine before,
            @Nullable CostLine after) {}

    public record YearTotal(int year, long beforeOere, long afterOere) {

        public long differenceOere() {
            return afterOere - beforeOere;
        }
    }

    public boolean none() {
        return texts.isEmpty()
                && goalsAdded.isEmpty()
                && goalsRemoved.isEmpty()
                && initiatives.isEmpty()
                && lines.isEmpty();
    }

    public static PlanChanges between(PlanContent from, PlanContent to) {
        List<TextChange> texts = new ArrayList<>();
        text(texts, "plans.field.title", from.title(), to.title());
        text(
                texts,
                "plans.field.years",
                from.firstYear() + "-" + from.lastYear(),
                to.firstYear() + "-" + to.lastYear());
        text(texts, "plans.field.background", from.background(), to.background());
        text(texts, "plans.field.involvement", from.involvement(), to.involvement());
        text(texts, "plans.field.evaluation", from.evaluation(), to.evaluation());

        List<CoverageGoal> added =
                to.goals().stream().filter(g -> !from.goals().contains(g)).toList();
        List<CoverageGoal> removed =
                from.goals().stream().filter(g -> !to.goals().contains(g)).toList();

        Map<UUID, PlannedInitiative> before = byId(from.initiatives());
        Map<UUID, PlannedInitiative> after = byId(to.initiatives());
        List<InitiativeChange> initiatives = new ArrayList<>();
        for (PlannedInitiative b : from.initiatives()) {
            PlannedInitiative a = after.get(b.id());
            if (a == null) {
                initiatives.add(new InitiativeChange(Change.REMOVED, b, null, List.of()));
            } else {
                List<String> fields = fieldsChanged(b, a);
                if (!fields.isEmpty()) {
                    initiatives.add(new InitiativeChange(Change.CHANGED, b, a, fields));
                }
            }
        }
        for (PlannedInitiative a : to.initiatives()) {
            if (!before.containsKey(a.id())) {
                initiatives.add(new InitiativeChange(Change.ADDED, null, a, List.of()));
            }
        }

        Map<UUID, Placed> linesBefore = lines(from);
        Map<UUID, Placed> linesAfter = lines(to);
        List<LineChange> lines = new ArrayList<>();
        linesBefore.forEach((id, b) -> {
            Placed a = linesAfter.get(id);
            if (a == null) {
                lines.add(new LineChange(Change.REMOVED, b.initiativeName(), b.line(), null));
            } else if (!a.equals(b)) {
                lines.add(new LineChange(Change.CHANGED, a.initiativeName(), b.line(), a.line()));
            }
        });
        linesAfter.forEach((id, a) -> {
            if (!linesBefore.containsKey(id)) {
                lines.add(new LineChange(Change.ADDED, a.initiativeName(), null, a.line()));
            }
        });

        TreeSet<Integer> years = new TreeSet<>();
        from.allCosts().forEach(l -> years.add(l.year()));
        to.allCosts().forEach(l -> years.add(l.year()));
        for (int y = Math.min(from.firstYear(), to.firstYear()); y <= Math.max(from.lastYear(), to.lastYear()); y++) {
            years.add(y);
        }
        List<YearTotal> totals = years.stream()
                .map(y -> new YearTotal(y, totalIn(from, y), totalIn(to, y)))
                .toList();
        return new PlanChanges(
                from, to, List.copyOf(texts), added, removed, List.copyOf(initiatives), List.copyOf(lines), totals);
    }

    private record Placed(@Nullable String initiativeName, CostLine line) {}

    private static Map<UUID, Placed> lines(PlanContent plan) {
        Map<UUID, Placed> lines = new LinkedHashMap<>();
        for (PlannedInitiative i : plan.initiatives()) {
            i.costs().forEach(l -> lines.put(l.id(), new Placed(i.name(), normal(l))));
        }
        plan.commonCosts().forEach(l -> lines.put(l.id(), new Placed(null, normal(l))));
        return lines;
    }

    /** 12 and 12.00 are the same quantity. */
    private static CostLine normal(CostLine l) {
        return new CostLine(
                l.id(), l.year(), l.type(), l.text(), l.quantity().stripTrailingZeros(), l.unitPriceOere(), l.source());
    }

    private static long totalIn(PlanContent plan, int year) {
        return plan.allCosts()
                .filter(l -> l.year() == year)
                .mapToLong(CostLine::amountOere)
                .sum();
    }

    private static Map<UUID, PlannedInitiative> byId(List<PlannedInitiative> initiatives) {
        Map<UUID, PlannedInitiative> map = new LinkedHashMap<>();
        initiatives.forEach(i -> map.put(i.id(), i));
        return map;
    }

    private static List<String> fieldsChanged(PlannedInitiative b, PlannedInitiative a) {
        List<String> fields = new ArrayList<>();
        changed(fields, "plans.field.name", b.name(), a.name());
        changed(fields, "plans.field.kind", b.kind(), a.kind());
        changed(fields, "plans.field.informal", b.informal(), a.informal());
        changed(fields, "plans.field.targetGroup", b.targetGroup(), a.targetGroup());
        changed(fields, "plans.field.targetRoles", b.targetRoles(), a.targetRoles());
        changed(fields, "plans.field.provider", b.provider(), a.provider());
        changed(fields, "plans.field.start", b.start(), a.start());
        changed(fields, "plans.field.end", b.end(), a.end());
        changed(fields, "plans.field.months", b.monthsPerParticipant(), a.monthsPerParticipant());
        changed(fields, "plans.field.intake", b.intakePerYear(), a.intakePerYear());
        changed(fields, "plans.field.description", b.description(), a.description());
        return fields;
    }

    private static void changed(List<String> fields, String key, Object before, Object after) {
        if (!before.equals(after)) {
            fields.add(key);
        }
    }

    private static void text(List<TextChange> texts, String key, String before, String after) {
        if (!before.equals(after)) {
            texts.add(new TextChange(key, before, after));
        }
    }
}
