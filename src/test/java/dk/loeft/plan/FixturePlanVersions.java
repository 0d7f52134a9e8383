package dk.loeft.plan;

import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.tenancy.Tenancy;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * TEST-ONLY STAND-IN, DELETE WHEN MERGING: plan versions held in memory until the database
 * implementation of {@link PlanVersions} lands. Tests reach it only through {@link
 * dk.loeft.testing.TestPlans#store}. It mimics the tenancy: another kommune's plan is not found.
 */
@Component
public class FixturePlanVersions implements PlanVersions {

    private final Map<String, PlanContent> versions = new ConcurrentHashMap<>();

    public PlanContent store(PlanContent plan) {
        versions.put(plan.planId() + ":" + plan.versionNo(), plan);
        return plan;
    }

    @Override
    public PlanContent content(UUID planId, int versionNo) {
        PlanContent plan = versions.get(planId + ":" + versionNo);
        if (plan == null || !visible(plan.kommuneCode())) {
            throw new NotFoundException();
        }
        return plan;
    }

    @Override
    public List<PlanVersionSummary> versionsOf(int kommuneCode) {
        if (!visible(kommuneCode)) {
            return List.of();
        }
        return versions.values().stream()
                .filter(p -> p.kommuneCode() == kommuneCode)
                .sorted(Comparator.comparing((PlanContent p) -> p.planId().toString())
                        .thenComparing(PlanContent::versionNo, Comparator.reverseOrder()))
                .map(p -> new PlanVersionSummary(
                        p.planId(), p.versionNo(), p.title(), p.firstYear(), p.lastYear(), p.status()))
                .toList();
    }

    private static boolean visible(int kommuneCode) {
        LoeftUser user = Tenancy.currentUser().orElse(null);
        return user != null && (user.isNational() || user.kommuneCode() == kommuneCode);
    }
}
