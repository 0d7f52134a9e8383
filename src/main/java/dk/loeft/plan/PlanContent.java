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
}
