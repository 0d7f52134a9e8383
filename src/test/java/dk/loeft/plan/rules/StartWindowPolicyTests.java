package dk.loeft.plan.rules;

import static dk.loeft.plan.rules.RulePlans.facts;
import static dk.loeft.plan.rules.RulePlans.roedovre;
import static dk.loeft.plan.rules.RulePlans.startingOn;
import static dk.loeft.plan.rules.RulePlans.withInitiative;
import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.funding.SeededRounds;
import dk.loeft.plan.Finding;
import dk.loeft.plan.PlanContent;
import dk.loeft.testing.RoedovrePlan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartWindowPolicyTests {

    private final StartWindowPolicy policy = new StartWindowPolicy();

    private List<Finding> shortCoursesStartingOn(LocalDate start) {
        PlanContent plan = withInitiative(roedovre(), RoedovrePlan.SHORT_COURSES, startingOn(start, 2));
        return policy.check(plan, facts());
    }

    @Test
    void acceptsRoedovresPlan() {
        assertThat(policy.check(roedovre(), facts())).isEmpty();
    }

    @Test
    void rejectsAStartTheDayBeforeTheWindowOpens() {
        List<Finding> findings = shortCoursesStartingOn(LocalDate.of(2023, 7, 31));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.VIOLATION);
            assertThat(f.initiativeId()).isEqualTo(RoedovrePlan.SHORT_COURSES);
            assertThat(f.messageKey()).isEqualTo("plan.rule.R1.outside");
            assertThat(f.arguments()).contains("31.07.2023", "01.08.2023", "31.07.2026");
        });
    }

    @Test
    void acceptsAStartOnTheWindowsFirstAndLastDay() {
        assertThat(shortCoursesStartingOn(LocalDate.of(2023, 8, 1))).isEmpty();
        assertThat(shortCoursesStartingOn(LocalDate.of(2026, 7, 31))).isEmpty();
    }

    @Test
    void rejectsAStartTheDayAfterTheWindowCloses() {
        assertThat(shortCoursesStartingOn(LocalDate.of(2026, 8, 1)))
                .singleElement()
                .extracting(Finding::violation)
                .isEqualTo(true);
    }

    @Test
    void rejectsALaterCohortStartingAfterTheWindow() {
        PlanContent plan = withInitiative(roedovre(), RoedovrePlan.MERIT, RulePlans.intake(2026, 5));
        assertThat(policy.check(plan, facts())).singleElement().satisfies(f -> {
            assertThat(f.year()).isEqualTo(2026);
            assertThat(f.arguments()).contains("01.08.2026");
        });
    }

    @Test
    void warnsWhenTheRoundsWindowIsNotKnown() {
        var facts = RulePlans.factsWithRound(SeededRounds.ROUND_2024, RulePlans.window(null, null));
        assertThat(policy.check(roedovre(), facts)).isNotEmpty().allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.messageKey()).isEqualTo("plan.rule.R1.unknown");
        });
    }
}
