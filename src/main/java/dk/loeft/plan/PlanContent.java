package dk.loeft.plan;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One version of a kommune's plan, whole and read-only: what the rules, the projection and the
 * document work from.
 *
 * @param commonCosts lines that belong to no initiative (administration, audit)
 */
public record PlanContent(
        UUID planId,
        int versionNo,
        int kommuneCode,
        String kommuneName,
        String title,
        int firstYear,
        int lastYear,
        PlanStatus status,
        @Nullable Approval approval,
        String background,
        String involvement,
        String evaluation,
        List<CoverageGoal> goals,
        List<PlannedInitiative> initiatives,
        List<CostLine> commonCosts) {

    /** Every cost line, the initiatives' first, then the common ones. */
    public Stream<CostLine> allCosts() {
        return Stream.concat(initiatives.stream().flatMap(i -> i.costs().stream()), commonCosts.stream());
    }

    public long totalOere() {
        return allCosts().mapToLong(CostLine::amountOere).sum();
    }

    /** The same content as another plan's or version's, with its status and approval. */
    public PlanContent asVersion(UUID planId, int versionNo, PlanStatus status, @Nullable Approval approval) {
        return new PlanContent(
                planId,
                versionNo,
                kommuneCode,
                kommuneName,
                title,
                firstYear,
                lastYear,
                status,
                approval,
                background,
                involvement,
                evaluation,
                goals,
                initiatives,
                commonCosts);
    }

    /** The same content as another kommune's. */
    public PlanContent forKommune(int kommuneCode, String kommuneName) {
        return new PlanContent(
                planId,
                versionNo,
                kommuneCode,
                kommuneName,
                title,
                firstYear,
                lastYear,
                status,
                approval,
                background,
                involvement,
                evaluation,
                goals,
                initiatives,
                commonCosts);
    }

    public PlanContent withGoals(List<CoverageGoal> goals) {
        return new PlanContent(
                planId,
                versionNo,
                kommuneCode,
                kommuneName,
                title,
                firstYear,
                lastYear,
                status,
                approval,
                background,
                involvement,
                evaluation,
                List.copyOf(goals),
                initiatives,
                commonCosts);
    }

    public PlanContent withInitiatives(List<PlannedInitiative> initiatives, List<CostLine> commonCosts) {
        return new PlanContent(
                planId,
                versionNo,
                kommuneCode,
                kommuneName,
                title,
                firstYear,
                lastYear,
                status,
                approval,
                background,
                involvement,
                evaluation,
                goals,
                List.copyOf(initiatives),
                List.copyOf(commonCosts));
    }
}
