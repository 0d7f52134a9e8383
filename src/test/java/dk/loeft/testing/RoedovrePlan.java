package dk.loeft.testing;

import dk.loeft.demo.DemoPlans;
import dk.loeft.plan.CostLine;
import dk.loeft.plan.PlanContent;
import dk.loeft.plan.PlanStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Seed 001, Rødovre's plan for 2023-2025, as a plan version. The seed gives the grants (533.000,
 * 1.030.000 and 976.000 kr.), the three initiatives, their seats and dates, the 5.000 kr. book grant
 * per merit student, substitutes for merit students from August 2024, and the split "about half on
 * merit in 2023 and 2024, nearly all in 2025, topped up with own money in 2024". The prices per
 * line are ours, from research §5 (merit fee 7.000 kr. a semester at KP), and keep each year inside
 * its grant and the short courses inside the 10 % cap.
 *
 * <p>Expected totals, pool only: 2023 137.000 kr.; 2024 1.005.500 kr.; 2025 672.500 kr. Own
 * budget 2024: 108.000 kr. Informal (short courses) 2024: 97.000 kr. of a 103.000 kr. cap.
 *
 * <p>The content is built by the demo data's {@link DemoPlans}, so the demo plan and the tests agree.
 */
public final class RoedovrePlan {

    public static final int KOMMUNE = DemoPlans.KOMMUNE;
    public static final UUID ROUND_2023 = DemoPlans.ROUND_2023;
    public static final UUID ROUND_2024 = DemoPlans.ROUND_2024;

    public static final UUID SHORT_COURSES = DemoPlans.SHORT_COURSES;
    public static final UUID DIPLOMA = DemoPlans.DIPLOMA;
    public static final UUID MERIT = DemoPlans.MERIT;

    private RoedovrePlan() {}

    public static PlanContent content() {
        return content(UUID.fromString("00000175-0000-4000-8000-000000000000"), 1, PlanStatus.DRAFT);
    }

    public static PlanContent content(UUID planId, int versionNo, PlanStatus status) {
        return DemoPlans.roedovre(planId, versionNo, status);
    }

    /** Stable ids per line so tests can point at the line a finding concerns. */
    public static UUID lineId(String id) {
        return DemoPlans.lineId(id);
    }

    /** Every line of the plan, for tests that sum by hand. */
    public static List<CostLine> allLines() {
        return new ArrayList<>(content().allCosts().toList());
    }
}
