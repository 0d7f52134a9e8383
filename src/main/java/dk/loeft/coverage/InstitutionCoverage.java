package dk.loeft.coverage;

import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.Ownership;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One institution's education coverage on a date, with the head count of its staff. */
public record InstitutionCoverage(
        UUID institutionId,
        String number,
        String name,
        InstitutionKind kind,
        Ownership ownership,
        @Nullable UUID areaId,
        @Nullable String areaName,
        int staffCount,
        EducationCoverage coverage) {

    /** Whether the institution counts in the kommune's and area's KPI (dagtilbud only, not SFO/klub). */
    public boolean countsInKpi() {
        return kind.isDagtilbud();
    }
}
