package dk.loeft.demo;

import dk.loeft.demo.SyntheticKommune.EmploymentRow;
import dk.loeft.demo.SyntheticKommune.InstitutionRow;
import dk.loeft.demo.SyntheticKommune.StaffRow;
import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.Ownership;
import dk.loeft.platform.security.Role;
import dk.loeft.staff.StaffRole;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The demo logins, one or more per role, with stable usernames. Leaders and staff are linked to
 * real people in the generated data: a leader to the leder of their institution, a medarbejder to
 * a pædagogmedhjælper at that leader's institution who could start a merit education.
 */
final class DemoUsers {

    /** The date that decides who works where now: the last month with children counts. */
    static final LocalDate TODAY = DemoDataGenerator.FIRST_MONTH.plusMonths(DemoDataGenerator.MONTHS - 1);

    private DemoUsers() {}

    record DemoUser(
            String username,
            String displayName,
            Role role,
            @Nullable Integer kommuneCode,
            Set<UUID> institutionIds,
            @Nullable UUID staffId) {}

    static List<DemoUser> of(SyntheticKommune roedovre, SyntheticKommune dragoer) {
        List<DemoUser> users = new ArrayList<>();
        users.add(new DemoUser("ministeriet", "Mette Lindberg", Role.NATIONAL, null, Set.of(), null));

        var r = new Kommune(roedovre);
        users.add(admin("forvaltning.roedovre", "Karen Lykke Holm", Role.KOMMUNE_ADMIN, r));
        users.add(admin("oekonomi.roedovre", "Jesper Nørgaard", Role.FINANCE, r));
        InstitutionRow rLed = r.municipalCentres(InstitutionKind.INTEGRERET).getFirst();
        users.add(leader("leder.roedovre", r, List.of(rLed)));
        users.add(leader("leder2.roedovre", r, r.sharedLeadership(rLed)));
        users.add(staff("medarbejder.roedovre", r, rLed));

        var d = new Kommune(dragoer);
        users.add(admin("forvaltning.dragoer", "Birgitte Saxild", Role.KOMMUNE_ADMIN, d));
        users.add(admin("oekonomi.dragoer", "Morten Kofoed", Role.FINANCE, d));
        InstitutionRow dLed = d.municipalCentres(InstitutionKind.INTEGRERET).getFirst();
        users.add(leader("leder.dragoer", d, List.of(dLed)));
        users.add(staff("medarbejder.dragoer", d, dLed));
        return users;
    }

    private static DemoUser admin(String username, String name, Role role, Kommune kommune) {
        return new DemoUser(username, name, role, kommune.code(), Set.of(), null);
    }

    /** A leader of one or more institutions, signed in as the leder of the first. */
    private static DemoUser leader(String username, Kommune kommune, List<InstitutionRow> institutions) {
        StaffRow leder =
                kommune.current(institutions.getFirst(), StaffRole.LEDER).getFirst();
        Set<UUID> ids = institutions.stream().map(InstitutionRow::id).collect(Collectors.toUnmodifiableSet());
        return new DemoUser(username, leder.name(), Role.LEADER, kommune.code(), ids, leder.id());
    }

    /** A pædagogmedhjælper at the institution, preferably one who meets the merit rule (R6). */
    private static DemoUser staff(String username, Kommune kommune, InstitutionRow institution) {
        List<StaffRow> helpers = kommune.current(institution, StaffRole.PAEDAGOGMEDHJAELPER);
        StaffRow person = helpers.stream()
                .filter(s -> Period.between(s.birthDate(), TODAY).getYears() >= 25)
                .filter(s -> s.priorExperienceMonths() + kommune.monthsEmployed(s) >= 24)
                .findFirst()
                .orElse(helpers.getFirst());
        return new DemoUser(username, person.name(), Role.STAFF, kommune.code(), Set.of(), person.id());
    }

    /** Looks-ups in one generated kommune, in a stable order (institution and employee number). */
    private record Kommune(SyntheticKommune data, Map<UUID, StaffRow> staffById) {

        Kommune(SyntheticKommune data) {
            this(data, data.staff().stream().collect(Collectors.toMap(StaffRow::id, Function.identity())));
        }

        int code() {
            return data.kommuneCode();
        }

        List<InstitutionRow> municipalCentres(InstitutionKind kind) {
            return data.institutions().stream()
                    .filter(i -> i.kind() == kind && i.ownership() == Ownership.KOMMUNAL)
                    .sorted(Comparator.comparing(InstitutionRow::number))
                    .toList();
        }

        /**
         * Two kommunale institutions under one leader (fællesledelse): a vuggestue and a
         * børnehave of the same area if there are such, otherwise the next two.
         */
        List<InstitutionRow> sharedLeadership(InstitutionRow except) {
            for (InstitutionRow nursery : municipalCentres(InstitutionKind.VUGGESTUE)) {
                Optional<InstitutionRow> kindergarten = municipalCentres(InstitutionKind.BOERNEHAVE).stream()
                        .filter(k -> Objects.equals(k.areaId(), nursery.areaId()))
                        .findFirst();
                if (kindergarten.isPresent()) {
                    return List.of(nursery, kindergarten.get());
                }
            }
            return data.institutions().stream()
                    .filter(i -> i.kind().isDaycareCentre() && !i.equals(except))
                    .sorted(Comparator.comparing(InstitutionRow::number))
                    .limit(2)
                    .toList();
        }

        List<StaffRow> current(InstitutionRow institution, StaffRole role) {
            return data.employments().stream()
                    .filter(e -> e.institutionId().equals(institution.id()) && e.isActiveOn(TODAY))
                    .map(e -> staffById.get(e.staffId()))
                    .filter(s -> s.role() == role)
                    .sorted(Comparator.comparing(StaffRow::employeeNumber))
                    .toList();
        }

        int monthsEmployed(StaffRow person) {
            return data.employments().stream()
                    .filter(e -> e.staffId().equals(person.id()))
                    .mapToInt(e -> monthsBetween(e, TODAY))
                    .sum();
        }

        private static int monthsBetween(EmploymentRow e, LocalDate date) {
            LocalDate end = e.endDate() == null || e.endDate().isAfter(date) ? date : e.endDate();
            return end.isBefore(e.startDate())
                    ? 0
                    : (int) Period.between(e.startDate(), end).toTotalMonths();
        }
    }
}
