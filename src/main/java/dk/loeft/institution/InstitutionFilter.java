package dk.loeft.institution;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What to look for among the institutions: any field left out does not filter. The kommune only
 * matters for the ministry; everyone else always searches their own kommune.
 */
public record InstitutionFilter(
        @Nullable Integer kommuneCode,
        @Nullable InstitutionKind kind,
        @Nullable Ownership ownership,
        @Nullable UUID areaId,
        @Nullable String text) {

    public static InstitutionFilter none() {
        return new InstitutionFilter(null, null, null, null, null);
    }
}
