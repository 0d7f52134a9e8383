package dk.loeft.plan.rules;

import static dk.loeft.plan.rules.RulePlans.facts;
import static dk.loeft.plan.rules.RulePlans.roedovre;
import static dk.loeft.plan.rules.RulePlans.roles;
import static dk.loeft.plan.rules.RulePlans.withInitiative;
import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.plan.PlanContent;
import dk.loeft.plan.PlannedInitiative;
import dk.loeft.staff.StaffRole;
import dk.loeft.testing.RoedovrePlan;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetGroupPolicyTests {

    private final TargetGroupPolicy policy = new TargetGroupPolicy();

    @Test
    void acceptsPedagogicalStaffLeadersIncluded() {
        assertThat(policy.check(roedovre(), facts())).isEmpty();
    }

    @Test
    void rejectsAPoolInitiativeForStaffOutsideThePedagogicalStaff() {
        PlanContent plan = withInitiative(
                roedovre(), RoedovrePlan.SHORT_COURSES, roles(StaffRole.PAEDAGOGMEDHJAELPER, StaffRole.ANDET));
        assertThat(policy.check(plan, facts())).singleElement().satisfies(f -> {
            assertThat(f.violation()).isTrue();
            assertThat(f.initiativeId()).isEqualTo(RoedovrePlan.SHORT_COURSES);
        });
    }

    @Test
    void leavesAnInitiativeTheKommunePaysItselfAlone() {
        PlanContent plan = withInitiative(
                roedovre(),
                RoedovrePlan.SHORT_COURSES,
                i -> new PlannedInitiative(
                        i.id(),
                        i.name(),
                        i.kind(),
                        i.informal(),
                        i.targetGroup(),
                        java.util.Set.of(StaffRole.ANDET),
                        i.provider(),
                        i.start(),
                        i.end(),
                        i.monthsPerParticipant(),
                        i.intakePerYear(),
                        i.description(),
                        List.of()));
        assertThat(policy.check(plan, facts())).isEmpty();
    }
}
