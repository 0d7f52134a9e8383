package dk.loeft.plan.projection;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A plan version named as {@code planId:versionNo}, as the scenario page and API take it. */
public record VersionRef(UUID planId, int versionNo) {

    /** The reference in a text, or null when it is not one. */
    public static @Nullable VersionRef parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return null;
        }
        try {
            int versionNo = Integer.parseInt(text.substring(colon + 1).trim());
            return versionNo < 1
                    ? null
                    : new VersionRef(UUID.fromString(text.substring(0, colon).trim()), versionNo);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return planId + ":" + versionNo;
    }
}
