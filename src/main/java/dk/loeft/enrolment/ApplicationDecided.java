package dk.loeft.enrolment;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A stage decided an application: approved, or refused with a reason. */
public record ApplicationDecided(
        UUID applicationId,
        int kommuneCode,
        UUID staffMember,
        DecisionStage stage,
        boolean approved,
        @Nullable String reason) {}
