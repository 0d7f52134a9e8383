package dk.loeft.coverage;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An area's education coverage: the sum of its dagtilbud's lines (no area: {@code areaId} null). */
public record AreaCoverage(
        @Nullable UUID areaId, @Nullable String areaName, int institutions, EducationCoverage coverage) {}
