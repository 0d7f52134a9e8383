package dk.loeft.demo;

import dk.loeft.demo.SyntheticKommune.ChildrenCountRow;
import dk.loeft.demo.SyntheticKommune.EmploymentRow;
import dk.loeft.demo.SyntheticKommune.InstitutionRow;
import dk.loeft.demo.SyntheticKommune.StaffRow;
import dk.loeft.institution.InstitutionKind;
import dk.loeft.staff.StaffRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The key figures of a generated kommune, computed the way the rules define them (R10, R11). */
record DemoDataStatistics(SyntheticKommune kommune) {

    static final LocalDate LAST_MONTH = DemoDataGenerator.FIRST_MONTH.plusMonths(DemoDataGenerator.MONTHS - 1);

    Map<UUID, StaffRow> staffById() {
        return kommune.staff().stream().collect(Collectors.toMap(StaffRow::id, s -> s));
    }

    Set<UUID> pedagogicallyEducated(int year) {
        return kommune.educations().stream()
                .filter(e -> e.education().countsAsPedagogicallyEducated() && e.completedYear() <= year)
                .map(e -> e.staffId())
                .collect(Collectors.toSet());
    }

    List<EmploymentRow> activeAt(Predicate<InstitutionRow> institutions, LocalDate date) {
        Set<UUID> ids = kommune.institutions().stream()
                .filter(institutions)
                .map(InstitutionRow::id)
                .collect(Collectors.toSet());
        return kommune.employments().stream()
                .filter(e -> ids.contains(e.institutionId()) && e.isActiveOn(date))
                .toList();
    }

    /** Pedagogical FTE at the institutions on the date. */
    double pedagogicalFte(Predicate<InstitutionRow> institutions, LocalDate date) {
        Map<UUID, StaffRow> staff = staffById();
        return activeAt(institutions, date).stream()
                .filter(e -> staff.get(e.staffId()).role().isPedagogical())
                .mapToDouble(e -> e.weeklyHours().doubleValue() / 37)
                .sum();
    }

    /** Uddannelsesdækning: pædagog and PAU FTE over all pedagogical FTE (R11). */
    double coverage(Predicate<InstitutionRow> institutions, LocalDate date) {
        Map<UUID, StaffRow> staff = staffById();
        Set<UUID> educated = pedagogicallyEducated(date.getYear());
        double all = 0;
        double trained = 0;
        for (EmploymentRow e : activeAt(institutions, date)) {
            if (staff.get(e.staffId()).role().isPedagogical()) {
                double fte = e.weeklyHours().doubleValue() / 37;
                all += fte;
                if (educated.contains(e.staffId())) {
                    trained += fte;
                }
            }
        }
        return trained / all;
    }

    /** Share of the currently employed pedagogical staff in daginstitutioner holding each role. */
    Map<StaffRole, Double> roleMixInDaycareCentres(LocalDate date) {
        Map<UUID, StaffRow> staff = staffById();
        List<StaffRole> roles = activeAt(i -> i.kind().isDaycareCentre(), date).stream()
                .map(e -> staff.get(e.staffId()).role())
                .filter(StaffRole::isPedagogical)
                .toList();
        return roles.stream()
                .collect(Collectors.groupingBy(
                        r -> r, Collectors.collectingAndThen(Collectors.counting(), c -> c / (double) roles.size())));
    }

    /** Whether the institution meets the minimum staffing in the month: 0-2 / 3 + 3-5 / 6 ≤ FTE (R10). */
    boolean meetsMinimumStaffing(InstitutionRow institution, ChildrenCountRow count) {
        double required =
                count.children02().doubleValue() / 3 + count.children35().doubleValue() / 6;
        return required <= pedagogicalFte(i -> i.id().equals(institution.id()), count.month()) + 1e-9;
    }

    List<InstitutionRow> ofKind(InstitutionKind kind) {
        return kommune.institutions().stream().filter(i -> i.kind() == kind).toList();
    }
}
