package dk.loeft.coverage;

import dk.loeft.institution.Kommune;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A kommune's education coverage on a date: every institution the reader may see (SFO and klub
 * included, but outside the KPI), the areas and the kommune total, which are sums of the dagtilbud
 * lines. For a leader the lines are their own institutions and the total is theirs.
 */
public record KommuneCoverage(
        Kommune kommune, LocalDate date, List<InstitutionCoverage> institutions, int dagtilbudStaffCount) {

    public KommuneCoverage {
        institutions = List.copyOf(institutions);
    }

    public BigDecimal target() {
        return kommune.coverageTarget();
    }

    public List<InstitutionCoverage> dagtilbud() {
        return institutions.stream().filter(InstitutionCoverage::countsInKpi).toList();
    }

    /** The kommune's KPI: the sum of its dagtilbud lines. */
    public EducationCoverage total() {
        return dagtilbud().stream()
                .map(InstitutionCoverage::coverage)
                .reduce(EducationCoverage.NONE, EducationCoverage::plus);
    }

    public List<AreaCoverage> areas() {
        Map<@Nullable UUID, List<InstitutionCoverage>> byArea = new LinkedHashMap<>();
        dagtilbud().stream()
                .sorted(Comparator.comparing((InstitutionCoverage i) -> i.areaName() == null ? "\uffff" : i.areaName()))
                .forEach(i -> byArea.computeIfAbsent(i.areaId(), k -> new java.util.ArrayList<>())
                        .add(i));
        return byArea.entrySet().stream()
                .map(e -> new AreaCoverage(
                        e.getKey(),
                        e.getValue().getFirst().areaName(),
                        e.getValue().size(),
                        e.getValue().stream()
                                .map(InstitutionCoverage::coverage)
                                .reduce(EducationCoverage.NONE, EducationCoverage::plus)))
                .toList();
    }

    /** Dagtilbud below the target, furthest below first. */
    public List<InstitutionCoverage> belowTarget() {
        return dagtilbud().stream()
                .filter(i -> !i.coverage().meets(target()))
                .sorted(Comparator.comparing(
                        i -> Objects.requireNonNull(i.coverage().share())))
                .toList();
    }
}
