package dk.loeft.staff;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What to look for among the staff; any field left out does not filter. The kommune only matters
 * for the ministry. An institution filters to those employed there today.
 */
public record StaffFilter(
        @Nullable Integer kommuneCode,
        @Nullable UUID institutionId,
        @Nullable StaffRole role,
        @Nullable String text) {

    public static StaffFilter none() {
        return new StaffFilter(null, null, null, null);
    }
}
