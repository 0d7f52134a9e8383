package dk.loeft.testing;

import dk.loeft.plan.CostLine;
import dk.loeft.plan.CostType;
import dk.loeft.plan.FundingSource;
import dk.loeft.plan.InitiativeKind;
import dk.loeft.plan.PlanContent;
import dk.loeft.plan.PlanStatus;
import dk.loeft.plan.PlannedInitiative;
import dk.loeft.plan.Plans;
import dk.loeft.staff.StaffRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * Plan versions for tests of the projection, the scenarios and the document. {@link #store} saves a
 * version's content as a new plan of its kommune (by the kommune's forvaltning) and returns it as
 * stored: a new plan id, version 1, a draft.
 */
public final class TestPlans {

    public static final UUID ROEDOVRE_PLAN = UUID.fromString("00000175-0000-4000-8000-000000000000");
    public static final UUID PAU = UUID.fromString("00000175-0000-4000-8000-0000000000a1");

    private TestPlans() {}

    /** Saves the content as a new draft plan of its kommune, as its forvaltning would; returns it as stored. */
    public static PlanContent store(ApplicationContext context, PlanContent plan) {
        Plans plans = context.getBean(Plans.class);
        PlanContent draft = plan.asVersion(plan.planId(), 1, PlanStatus.DRAFT, null);
        return TestUsers.actingAs(TestUsers.admin(plan.kommuneCode()), () -> {
            UUID id = plans.create(draft, "test");
            return plans.content(id, 1);
        });
    }

    /** Seed 001's plan, version 1. */
    public static PlanContent roedovre(ApplicationContext context) {
        return store(context, RoedovrePlan.content());
    }

    /**
     * Version 2 of Rødovre's plan: the same, plus ten PAU (EUV2) seats starting August 2025 paid
     * from the pool: 20 semesters × 9.000 kr. = 180.000 kr. in 2025.
     */
    public static PlanContent roedovreWithPau(ApplicationContext context) {
        PlanContent v1 = RoedovrePlan.content(ROEDOVRE_PLAN, 2, PlanStatus.DRAFT);
        List<PlannedInitiative> initiatives = new ArrayList<>(v1.initiatives());
        TreeMap<Integer, Integer> intake = new TreeMap<>();
        intake.put(2025, 10);
        initiatives.add(new PlannedInitiative(
                PAU,
                "PAU for pædagogmedhjælpere (EUV2)",
                InitiativeKind.PAU_EUV2,
                false,
                "Pædagogmedhjælpere med mindst to års erfaring",
                Set.of(StaffRole.PAEDAGOGMEDHJAELPER),
                "SOSU H",
                LocalDate.of(2025, 8, 1),
                LocalDate.of(2027, 7, 31),
                24,
                intake,
                "Ti pladser på PAU med start i august 2025.",
                List.of(new CostLine(
                        RoedovrePlan.lineId("p1"),
                        2025,
                        CostType.TUITION,
                        "PAU, 10 elever, to semestre",
                        BigDecimal.valueOf(20),
                        900_000,
                        FundingSource.pool(RoedovrePlan.ROUND_2024)))));
        return store(context, withInitiatives(v1, initiatives));
    }

    /** Rødovre's plan as another kommune's plan (for role and tenancy tests in that kommune). */
    public static PlanContent roedovreAs(ApplicationContext context, int kommune) {
        return store(context, PlanFixture.roedovreAs(kommune));
    }

    private static PlanContent withInitiatives(PlanContent p, List<PlannedInitiative> initiatives) {
        return p.withInitiatives(initiatives, p.commonCosts());
    }
}
