package dk.loeft.coverage;

import dk.loeft.institution.Kommune;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Minimum staffing of a kommune's dagtilbud in a year (to date for the current year): one line per
 * institution and month with a children count, and the kommune's annual average over its
 * daginstitutioner, the legal measure (R10).
 */
public record KommuneStaffing(Kommune kommune, int year, List<YearMonth> months, List<StaffingMonth> lines) {

    public KommuneStaffing {
        months = List.copyOf(months);
        lines = List.copyOf(lines);
    }

    public List<StaffingMonth> daycareLines() {
        return lines.stream().filter(StaffingMonth::subjectToRatio).toList();
    }

    public List<StaffingMonth> childmindingLines() {
        return lines.stream().filter(l -> l.kind().isChildminding()).toList();
    }

    /** The annual average over the daginstitutioner: sums of required and actual FTE over the months counted. */
    public StaffingAverage annualAverage() {
        List<StaffingMonth> daycare = daycareLines();
        long monthsCounted =
                daycare.stream().map(StaffingMonth::month).distinct().count();
        return new StaffingAverage(
                (int) monthsCounted,
                daycare.stream().map(StaffingMonth::requiredFte).reduce(BigDecimal.ZERO, BigDecimal::add),
                daycare.stream().map(StaffingMonth::actualFte).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** The daginstitutioner's months as rows of a matrix: institution → month → line. */
    public Map<UUID, Map<YearMonth, StaffingMonth>> daycareByInstitution() {
        return byInstitution(daycareLines());
    }

    public Map<UUID, Map<YearMonth, StaffingMonth>> childmindingByInstitution() {
        return byInstitution(childmindingLines());
    }

    /** A daginstitution's line in the latest month counted (the current month for this year). */
    public Optional<StaffingMonth> lineIn(UUID institutionId, YearMonth month) {
        return lines.stream()
                .filter(l ->
                        l.institutionId().equals(institutionId) && l.month().equals(month))
                .findFirst();
    }

    /** The daginstitutioner's margins added up per month (months without a children count are absent). */
    public Map<YearMonth, BigDecimal> daycareMarginByMonth() {
        Map<YearMonth, BigDecimal> sums = new LinkedHashMap<>();
        daycareLines().forEach(l -> sums.merge(l.month(), l.margin(), BigDecimal::add));
        return sums;
    }

    /** Daginstitutioner short-staffed in the given month, shortest first. */
    public List<StaffingMonth> shortIn(YearMonth month) {
        return daycareLines().stream()
                .filter(l -> l.month().equals(month) && l.isShort())
                .sorted(java.util.Comparator.comparing(StaffingMonth::margin))
                .toList();
    }

    /** How many months of the year each daginstitution was short-staffed. */
    public Map<UUID, Long> shortMonthsByInstitution() {
        Map<UUID, Long> counts = new LinkedHashMap<>();
        daycareLines().stream()
                .filter(StaffingMonth::isShort)
                .forEach(l -> counts.merge(l.institutionId(), 1L, Long::sum));
        return counts;
    }

    private static Map<UUID, Map<YearMonth, StaffingMonth>> byInstitution(List<StaffingMonth> lines) {
        Map<UUID, Map<YearMonth, StaffingMonth>> rows = new LinkedHashMap<>();
        lines.forEach(l -> rows.computeIfAbsent(l.institutionId(), k -> new LinkedHashMap<>())
                .put(l.month(), l));
        return rows;
    }
}
