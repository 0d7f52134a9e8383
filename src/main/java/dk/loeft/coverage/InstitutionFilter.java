package dk.loeft.coverage;

import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.Ownership;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The institution list's filters: name or number search, area, kind, ownership, and the page (from 1). */
public record InstitutionFilter(
        @Nullable String query,
        @Nullable UUID areaId,
        @Nullable InstitutionKind kind,
        @Nullable Ownership ownership,
        int page) {

    public static final int PAGE_SIZE = 25;

    public InstitutionFilter {
        query = query == null || query.isBlank() ? null : query.trim();
        page = Math.max(page, 1);
    }

    public static InstitutionFilter none() {
        return new InstitutionFilter(null, null, null, null, 1);
    }

    public InstitutionFilter withPage(int newPage) {
        return new InstitutionFilter(query, areaId, kind, ownership, newPage);
    }
}
