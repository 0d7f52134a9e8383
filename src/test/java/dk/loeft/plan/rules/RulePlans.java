package dk.loeft.plan.rules;

import dk.loeft.funding.FundingRound;
import dk.loeft.funding.RoundRules;
import dk.loeft.funding.SeededRounds;
import dk.loeft.plan.CostLine;
import dk.loeft.plan.CostType;
import dk.loeft.plan.Finding;
import dk.loeft.plan.FundingSource;
import dk.loeft.plan.InitiativeKind;
import dk.loeft.plan.PlanContent;
import dk.loeft.plan.PlanFacts;
import dk.loeft.plan.PlannedInitiative;
import dk.loeft.staff.StaffRole;
import dk.loeft.testing.RoedovrePlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Rødovre's plan (seed 001) with one thing changed, and the facts it is checked against, for the rule tests. */
final class RulePlans {

    private RulePlans() {}

    static PlanContent roedovre() {
        return RoedovrePlan.content();
    }

    static PlanFacts facts() {
        return new PlanFacts(SeededRounds.all(), SeededRounds.roedovreLedger());
    }

    /** The seeded rounds with one changed as the ministry would change it. */
    static PlanFacts factsWithRound(UUID roundId, UnaryOperator<RoundRules> change) {
        List<FundingRound> rounds = SeededRounds.all();
        rounds.stream().filter(r -> r.id().equals(roundId)).forEach(r -> r.change(change.apply(r.rules())));
        return new PlanFacts(rounds, SeededRounds.roedovreLedger());
    }

    /** The rule settings with their defaults, bound as Spring binds them. */
    static PlanRulesProperties properties() {
        return new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("loeft.plan.rules", PlanRulesProperties.class);
    }

    static PlanContent withInitiative(PlanContent plan, UUID id, UnaryOperator<PlannedInitiative> change) {
        List<PlannedInitiative> initiatives = plan.initiatives().stream()
                .map(i -> i.id().equals(id) ? change.apply(i) : i)
                .toList();
        return new PlanContent(
                plan.planId(),
                plan.versionNo(),
                plan.kommuneCode(),
                plan.kommuneName(),
                plan.title(),
                plan.firstYear(),
                plan.lastYear(),
                plan.status(),
                plan.approval(),
                plan.background(),
                plan.involvement(),
                plan.evaluation(),
                plan.goals(),
                initiatives,
                plan.commonCosts());
    }

    static PlanContent withCommonCosts(PlanContent plan, List<CostLine> common) {
        return new PlanContent(
                plan.planId(),
                plan.versionNo(),
                plan.kommuneCode(),
                plan.kommuneName(),
                plan.title(),
                plan.firstYear(),
                plan.lastYear(),
                plan.status(),
                plan.approval(),
                plan.background(),
                plan.involvement(),
                plan.evaluation(),
                plan.goals(),
                plan.initiatives(),
                common);
    }

    static PlanContent withYears(PlanContent plan, int first, int last) {
        return new PlanContent(
                plan.planId(),
                plan.versionNo(),
                plan.kommuneCode(),
                plan.kommuneName(),
                plan.title(),
                first,
                last,
                plan.status(),
                plan.approval(),
                plan.background(),
                plan.involvement(),
                plan.evaluation(),
                plan.goals(),
                plan.initiatives(),
                plan.commonCosts());
    }

    /** The initiative starting on the date, its one cohort in that year, lasting the months. */
    static UnaryOperator<PlannedInitiative> startingOn(LocalDate start, int months) {
        return i -> {
            TreeMap<Integer, Integer> intake = new TreeMap<>();
            intake.put(start.getYear(), i.seats());
            return copy(
                    i,
                    i.kind(),
                    i.targetRoles(),
                    start,
                    start.plusMonths(months).minusDays(1),
                    months,
                    intake,
                    i.costs());
        };
    }

    static UnaryOperator<PlannedInitiative> kind(InitiativeKind kind) {
        return i -> copy(
                i, kind, i.targetRoles(), i.start(), i.end(), i.monthsPerParticipant(), i.intakePerYear(), i.costs());
    }

    static UnaryOperator<PlannedInitiative> roles(StaffRole... roles) {
        return i -> copy(
                i, i.kind(), Set.of(roles), i.start(), i.end(), i.monthsPerParticipant(), i.intakePerYear(), i.costs());
    }

    static UnaryOperator<PlannedInitiative> intake(int year, int seats) {
        return i -> {
            TreeMap<Integer, Integer> intake = new TreeMap<>(i.intakePerYear());
            intake.put(year, seats);
            return copy(i, i.kind(), i.targetRoles(), i.start(), i.end(), i.monthsPerParticipant(), intake, i.costs());
        };
    }

    static UnaryOperator<PlannedInitiative> plus(CostLine line) {
        return i -> {
            List<CostLine> costs = new ArrayList<>(i.costs());
            costs.add(line);
            return copy(
                    i,
                    i.kind(),
                    i.targetRoles(),
                    i.start(),
                    i.end(),
                    i.monthsPerParticipant(),
                    i.intakePerYear(),
                    costs);
        };
    }

    static CostLine line(int year, CostType type, long oere, FundingSource source) {
        return new CostLine(UUID.randomUUID(), year, type, "Testlinje", BigDecimal.ONE, oere, source);
    }

    static FundingSource pool2023() {
        return FundingSource.pool(RoedovrePlan.ROUND_2023);
    }

    static FundingSource pool2024() {
        return FundingSource.pool(RoedovrePlan.ROUND_2024);
    }

    static List<Finding> violations(List<Finding> findings) {
        return findings.stream().filter(Finding::violation).toList();
    }

    private static PlannedInitiative copy(
            PlannedInitiative i,
            InitiativeKind kind,
            Set<StaffRole> roles,
            LocalDate start,
            LocalDate end,
            int months,
            java.util.SortedMap<Integer, Integer> intake,
            List<CostLine> costs) {
        return new PlannedInitiative(
                i.id(),
                i.name(),
                kind,
                i.informal(),
                i.targetGroup(),
                roles,
                i.provider(),
                start,
                end,
                months,
                intake,
                i.description(),
                costs);
    }

    static UnaryOperator<RoundRules> window(
            @org.jspecify.annotations.Nullable LocalDate from, @org.jspecify.annotations.Nullable LocalDate to) {
        return r -> new RoundRules(
                r.name(),
                r.years(),
                r.keyAgeFrom(),
                r.keyAgeTo(),
                r.keyReferenceYear(),
                from,
                to,
                r.completionDeadline(),
                r.informalCapPercent(),
                r.eligibleCosts(),
                r.wagesEligibleFrom(),
                r.substitutesEligibleFrom(),
                r.eligibleKinds(),
                r.eligibleOwnerships(),
                r.priceLevelYear(),
                r.localPlanRequired(),
                r.sources());
    }

    static UnaryOperator<RoundRules> substitutesFrom(@org.jspecify.annotations.Nullable LocalDate from) {
        return r -> new RoundRules(
                r.name(),
                r.years(),
                r.keyAgeFrom(),
                r.keyAgeTo(),
                r.keyReferenceYear(),
                r.startWindowFrom(),
                r.startWindowTo(),
                r.completionDeadline(),
                r.informalCapPercent(),
                r.eligibleCosts(),
                r.wagesEligibleFrom(),
                from,
                r.eligibleKinds(),
                r.eligibleOwnerships(),
                r.priceLevelYear(),
                r.localPlanRequired(),
                r.sources());
    }

    static UnaryOperator<RoundRules> without(dk.loeft.funding.CostCategory category) {
        return r -> {
            Set<dk.loeft.funding.CostCategory> costs = java.util.EnumSet.copyOf(r.eligibleCosts());
            costs.remove(category);
            return new RoundRules(
                    r.name(),
                    r.years(),
                    r.keyAgeFrom(),
                    r.keyAgeTo(),
                    r.keyReferenceYear(),
                    r.startWindowFrom(),
                    r.startWindowTo(),
                    r.completionDeadline(),
                    r.informalCapPercent(),
                    costs,
                    r.wagesEligibleFrom(),
                    r.substitutesEligibleFrom(),
                    r.eligibleKinds(),
                    r.eligibleOwnerships(),
                    r.priceLevelYear(),
                    r.localPlanRequired(),
                    r.sources());
        };
    }
}
