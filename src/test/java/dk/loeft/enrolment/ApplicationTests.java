package dk.loeft.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApplicationTests {

    static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

    @Test
    void statusesKnowTheirLegalTransitions() {
        assertThat(ApplicationStatus.SUBMITTED.canMoveTo(ApplicationStatus.LEADER_APPROVED))
                .isTrue();
        assertThat(ApplicationStatus.SUBMITTED.canMoveTo(ApplicationStatus.APPROVED))
                .isFalse();
        assertThat(ApplicationStatus.LEADER_APPROVED.canMoveTo(ApplicationStatus.APPROVED))
                .isTrue();
        assertThat(ApplicationStatus.LEADER_APPROVED.canMoveTo(ApplicationStatus.REFUSED))
                .isTrue();
        for (ApplicationStatus done :
                List.of(ApplicationStatus.APPROVED, ApplicationStatus.REFUSED, ApplicationStatus.WITHDRAWN)) {
            for (ApplicationStatus next : ApplicationStatus.values()) {
                assertThat(done.canMoveTo(next)).as(done + " -> " + next).isFalse();
            }
        }
        assertThat(ApplicationStatus.SUBMITTED.awaiting()).isEqualTo(DecisionStage.LEADER);
        assertThat(ApplicationStatus.LEADER_APPROVED.awaiting()).isEqualTo(DecisionStage.ADMIN);
    }

    @Test
    void theLeaderDecidesFirstThenTheForvaltning() {
        Application a = submitted();
        assertThatThrownBy(() -> a.approve(DecisionStage.ADMIN, "forvaltning", NOW))
                .hasMessage("enrolment.application.error.notAwaiting");

        a.approve(DecisionStage.LEADER, "leder", NOW);
        assertThat(a.status()).isEqualTo(ApplicationStatus.LEADER_APPROVED);
        assertThat(a.leaderDecidedBy()).isEqualTo("leder");

        a.approve(DecisionStage.ADMIN, "forvaltning", NOW);
        assertThat(a.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThatThrownBy(a::withdraw).hasMessage("enrolment.application.error.notOpen");
    }

    @Test
    void aRefusalNeedsAReasonAndRecordsTheStage() {
        Application a = submitted();
        assertThatThrownBy(() -> a.refuse(DecisionStage.LEADER, "leder", NOW, "  "))
                .hasMessage("enrolment.application.error.reasonRequired");
        assertThat(a.status()).isEqualTo(ApplicationStatus.SUBMITTED);

        a.refuse(DecisionStage.LEADER, "leder", NOW, " Ingen vikar ");
        assertThat(a.status()).isEqualTo(ApplicationStatus.REFUSED);
        assertThat(a.refusedStage()).isEqualTo(DecisionStage.LEADER);
        assertThat(a.refusalReason()).isEqualTo("Ingen vikar");
    }

    @Test
    void ownBudgetNeedsAReason() {
        Application a = submitted();
        assertThatThrownBy(() -> a.fundFromOwnBudget(null)).hasMessage("enrolment.application.error.ownBudgetReason");
        a.fundFromOwnBudget("Kommunen betaler");
        assertThat(a.ownBudget()).isTrue();
    }

    @Test
    void oneToThreeDistinctChoices() {
        UUID x = UUID.randomUUID();
        assertThatThrownBy(() -> submit(List.of())).hasMessage("enrolment.application.error.choices");
        assertThatThrownBy(() -> submit(List.of(x, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID())))
                .hasMessage("enrolment.application.error.choices");
        assertThatThrownBy(() -> submit(List.of(x, x))).hasMessage("enrolment.application.error.sameOfferingTwice");
    }

    private static Application submitted() {
        return submit(List.of(UUID.randomUUID()));
    }

    private static Application submit(List<UUID> choices) {
        return Application.submit(175, UUID.randomUUID(), UUID.randomUUID(), false, "", choices, "medarbejder", NOW);
    }
}
