package dk.loeft.testing;

import static dk.loeft.testing.TestUsers.actingAs;
import static dk.loeft.testing.TestUsers.admin;

import dk.loeft.plan.PlanContent;
import dk.loeft.plan.PlanStatus;
import dk.loeft.plan.Plans;
import java.util.UUID;

/** Plans for tests: seed 001's plan (Rødovre's figures) stored as a draft of any kommune, by its forvaltning. */
public final class PlanFixture {

    private PlanFixture() {}

    /** Rødovre's plan content as another kommune's. */
    public static PlanContent roedovreAs(int kommune) {
        return RoedovrePlan.content()
                .forKommune(kommune, "Kommune " + kommune)
                .asVersion(RoedovrePlan.content().planId(), 1, PlanStatus.DRAFT, null);
    }

    /** Stores Rødovre's plan as a draft of the kommune; returns the plan's id. */
    public static UUID draft(Plans plans, int kommune) {
        return actingAs(admin(kommune), () -> plans.create(roedovreAs(kommune), "test"));
    }
}
