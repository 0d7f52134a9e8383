package dk.loeft.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The multi-year budget of one plan version (flerårigt budget): every cost line summed per year of
 * the plan, by initiative, by funding source (each pool round on its own row) and by cost type,
 * with a grand total per year. Every total is the sum of the lines it covers, in øre; a line in a
 * year outside the plan cannot exist (the service refuses it). Used by the plan page, the API and
 * the plan document.
 */
public record PlanBudget(List<Integer> years, List<Row> byInitiative, List<Row> bySource, List<Row> byType, Row total) {

    /**
     * One row of the table.
     *
     * @param labelKey the message key of the row's label (a cost type, a source kind or a budget term)
     * @param name a name shown after the label: the initiative, the round or the fund; null if none
     * @param roundId the pool round of a source row, otherwise null
     * @param amounts øre per year, in the order of {@link #years}
     */
    public record Row(
            String labelKey,
            @Nullable String name,
            @Nullable UUID roundId,
            List<Long> amounts,
            long total) {

        public long in(int index) {
            return amounts.get(index);
        }
    }

    /** The budget of a plan version; round names label the pool rows (an unknown round shows its id). */
    public static PlanBudget of(PlanContent plan, Map<UUID, String> roundNames) {
        List<Integer> years = new ArrayList<>();
        for (int y = plan.firstYear(); y <= plan.lastYear(); y++) {
            years.add(y);
        }
        List<Row> byInitiative = new ArrayList<>();
        for (PlannedInitiative initiative : plan.initiatives()) {
            byInitiative.add(row("plans.budget.initiative", initiative.name(), null, years, initiative.costs()));
        }
        if (!plan.commonCosts().isEmpty()) {
            byInitiative.add(row("plans.budget.common", null, null, years, plan.commonCosts()));
        }
        List<CostLine> all = plan.allCosts().toList();
        List<Row> bySource = new ArrayList<>();
        grouped(all, SourceKey::of)
                .forEach((key, lines) -> bySource.add(row(
                        key.kind().labelKey(),
                        key.roundId() != null
                                ? roundNames.getOrDefault(
                                        key.roundId(), key.roundId().toString())
                                : key.fundName(),
                        key.roundId(),
                        years,
                        lines)));
        List<Row> byType = new ArrayList<>();
        for (CostType type : CostType.values()) {
            List<CostLine> lines = all.stream().filter(l -> l.type() == type).toList();
            if (!lines.isEmpty()) {
                byType.add(row(type.labelKey(), null, null, years, lines));
            }
        }
        return new PlanBudget(
                List.copyOf(years),
                List.copyOf(byInitiative),
                List.copyOf(bySource),
                List.copyOf(byType),
                row("plans.budget.total", null, null, years, all));
    }

    /** The pool's part: øre per round and year (what the plan commits of each grant). */
    public Map<UUID, SortedMap<Integer, Long>> poolByRoundAndYear() {
        Map<UUID, SortedMap<Integer, Long>> pool = new LinkedHashMap<>();
        for (Row row : bySource) {
            if (row.roundId() == null) {
                continue;
            }
            SortedMap<Integer, Long> perYear = new TreeMap<>();
            for (int i = 0; i < years.size(); i++) {
                perYear.put(years.get(i), row.in(i));
            }
            pool.put(row.roundId(), Collections.unmodifiableSortedMap(perYear));
        }
        return Collections.unmodifiableMap(pool);
    }

    /** All pool rounds together in one year. */
    public long poolIn(int year) {
        int index = years.indexOf(year);
        return index < 0
                ? 0
                : bySource.stream()
                        .filter(r -> r.roundId() != null)
                        .mapToLong(r -> r.in(index))
                        .sum();
    }

    /** One source kind (other than the pool) in one year. */
    public long sourceIn(FundingSourceKind kind, int year) {
        int index = years.indexOf(year);
        return index < 0
                ? 0
                : bySource.stream()
                        .filter(r -> r.labelKey().equals(kind.labelKey()))
                        .mapToLong(r -> r.in(index))
                        .sum();
    }

    public long totalIn(int year) {
        int index = years.indexOf(year);
        return index < 0 ? 0 : total.in(index);
    }

    private record SourceKey(
            FundingSourceKind kind,
            @Nullable UUID roundId,
            @Nullable String fundName) {
        static SourceKey of(CostLine line) {
            FundingSource source = line.source();
            return new SourceKey(
                    source.kind(),
                    source.roundId(),
                    source.fundName() == null ? null : source.fundName().strip());
        }
    }

    /** Lines grouped by key, the pool's groups first (source kinds in their order), then in line order. */
    private static <K> Map<K, List<CostLine>> grouped(List<CostLine> lines, Function<CostLine, K> key) {
        Map<K, List<CostLine>> groups = new LinkedHashMap<>();
        lines.stream()
                .sorted(java.util.Comparator.comparing(l -> l.source().kind()))
                .forEach(line -> groups.computeIfAbsent(key.apply(line), k -> new ArrayList<>())
                        .add(line));
        return groups;
    }

    private static Row row(
            String labelKey, @Nullable String name, @Nullable UUID roundId, List<Integer> years, List<CostLine> lines) {
        long[] amounts = new long[years.size()];
        long total = 0;
        for (CostLine line : lines) {
            int index = years.indexOf(line.year());
            if (index < 0) {
                throw new IllegalStateException("Cost line " + line.id() + " lies outside the plan's years");
            }
            amounts[index] += line.amountOere();
            total += line.amountOere();
        }
        List<Long> perYear = new ArrayList<>();
        for (long amount : amounts) {
            perYear.add(amount);
        }
        return new Row(labelKey, name, roundId, List.copyOf(perYear), total);
    }
}
