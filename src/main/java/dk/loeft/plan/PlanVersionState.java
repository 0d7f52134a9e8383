package dk.loeft.plan;

import java.time.Instant;

/** A stored plan version with what an edit form needs besides the content: its lock and who changed it last. */
public record PlanVersionState(PlanContent content, int lock, String changedBy, Instant changedAt) {

    public boolean draft() {
        return content.status() == PlanStatus.DRAFT;
    }
}
