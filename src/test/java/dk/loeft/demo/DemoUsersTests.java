package dk.loeft.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.demo.DemoUsers.DemoUser;
import dk.loeft.demo.SyntheticKommune.InstitutionRow;
import dk.loeft.demo.SyntheticKommune.StaffRow;
import dk.loeft.institution.InstitutionKind;
import dk.loeft.platform.security.Role;
import dk.loeft.staff.StaffRole;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoUsersTests {

    private static final SyntheticKommune ROEDOVRE = DemoDataGenerator.generate(DemoKommuner.ROEDOVRE);
    private static final SyntheticKommune DRAGOER = DemoDataGenerator.generate(DemoKommuner.DRAGOER);
    private static final Map<String, DemoUser> USERS =
            DemoUsers.of(ROEDOVRE, DRAGOER).stream().collect(Collectors.toMap(DemoUser::username, Function.identity()));

    @Test
    void everyRoleHasStableLoginsInBothKommuner() {
        assertThat(USERS)
                .containsOnlyKeys(
                        "ministeriet",
                        "forvaltning.roedovre",
                        "forvaltning.dragoer",
                        "oekonomi.roedovre",
                        "oekonomi.dragoer",
                        "leder.roedovre",
                        "leder2.roedovre",
                        "leder.dragoer",
                        "medarbejder.roedovre",
                        "medarbejder.dragoer");
        assertThat(USERS.get("ministeriet").role()).isEqualTo(Role.NATIONAL);
        assertThat(USERS.get("ministeriet").kommuneCode()).isNull();
        assertThat(USERS.get("forvaltning.roedovre").role()).isEqualTo(Role.KOMMUNE_ADMIN);
        assertThat(USERS.get("oekonomi.dragoer").role()).isEqualTo(Role.FINANCE);
        assertThat(USERS.values().stream().filter(u -> u.username().endsWith(".roedovre")))
                .allSatisfy(u -> assertThat(u.kommuneCode()).isEqualTo(175));
        assertThat(USERS.values().stream().filter(u -> u.username().endsWith(".dragoer")))
                .allSatisfy(u -> assertThat(u.kommuneCode()).isEqualTo(155));
        assertThat(USERS.values())
                .allSatisfy(u -> assertThat(u.displayName()).matches("\\p{Lu}\\p{L}+( \\p{Lu}\\p{L}+)+"));
    }

    @Test
    void leadersAreTheLederOfTheirInstitution() {
        DemoUser one = USERS.get("leder.roedovre");
        DemoUser two = USERS.get("leder2.roedovre");
        DemoUser dragoer = USERS.get("leder.dragoer");

        assertThat(one.role()).isEqualTo(Role.LEADER);
        assertThat(one.institutionIds()).hasSize(1);
        assertThat(two.institutionIds()).hasSize(2).doesNotContainAnyElementsOf(one.institutionIds());
        assertThat(dragoer.institutionIds()).hasSize(1);
        assertThat(institutions(ROEDOVRE, two.institutionIds()))
                .extracting(InstitutionRow::kind)
                .containsExactlyInAnyOrder(InstitutionKind.VUGGESTUE, InstitutionKind.BOERNEHAVE);
        for (var pair : List.of(Map.entry(one, ROEDOVRE), Map.entry(two, ROEDOVRE), Map.entry(dragoer, DRAGOER))) {
            DemoUser user = pair.getKey();
            StaffRow leder = staff(pair.getValue(), user.staffId());
            assertThat(leder.role()).isEqualTo(StaffRole.LEDER);
            assertThat(leder.name()).isEqualTo(user.displayName());
            assertThat(currentInstitutions(pair.getValue(), leder)).containsAnyElementsOf(user.institutionIds());
        }
    }

    @Test
    void staffUsersAreHelpersAtTheLeadersInstitutionWhoMeetTheMeritRule() {
        for (var pair : List.of(
                Map.entry("medarbejder.roedovre", Map.entry("leder.roedovre", ROEDOVRE)),
                Map.entry("medarbejder.dragoer", Map.entry("leder.dragoer", DRAGOER)))) {
            DemoUser user = USERS.get(pair.getKey());
            SyntheticKommune kommune = pair.getValue().getValue();
            StaffRow person = staff(kommune, user.staffId());

            assertThat(user.role()).isEqualTo(Role.STAFF);
            assertThat(user.institutionIds()).isEmpty();
            assertThat(person.role()).isEqualTo(StaffRole.PAEDAGOGMEDHJAELPER);
            assertThat(person.name()).isEqualTo(user.displayName());
            assertThat(Period.between(person.birthDate(), DemoUsers.TODAY).getYears())
                    .isGreaterThanOrEqualTo(25);
            assertThat(currentInstitutions(kommune, person))
                    .containsExactlyElementsOf(
                            USERS.get(pair.getValue().getKey()).institutionIds());
        }
    }

    private static StaffRow staff(SyntheticKommune kommune, UUID id) {
        return kommune.staff().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static List<InstitutionRow> institutions(SyntheticKommune kommune, Set<UUID> ids) {
        return kommune.institutions().stream().filter(i -> ids.contains(i.id())).toList();
    }

    private static List<UUID> currentInstitutions(SyntheticKommune kommune, StaffRow person) {
        return kommune.employments().stream()
                .filter(e -> e.staffId().equals(person.id()) && e.isActiveOn(DemoUsers.TODAY))
                .map(e -> e.institutionId())
                .toList();
    }
}
