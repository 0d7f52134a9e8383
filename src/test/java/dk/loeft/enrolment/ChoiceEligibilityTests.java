package dk.loeft.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.catalog.Delivery;
import dk.loeft.catalog.Format;
import dk.loeft.catalog.Offering;
import dk.loeft.catalog.OfferingKind;
import dk.loeft.catalog.OfferingStatus;
import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.InstitutionSummary;
import dk.loeft.institution.Ownership;
import dk.loeft.plan.InitiativeKind;
import dk.loeft.plan.candidates.Condition;
import dk.loeft.staff.StaffMember;
import dk.loeft.staff.StaffRole;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ChoiceEligibilityTests {

    static final LocalDate START = LocalDate.of(2027, 2, 1);

    @Test
    void pedagogicalStaffAtAMunicipalDaginstitutionAreInThePoolsTargetGroup() {
        var e = ChoiceEligibility.assess(
                person(StaffRole.PAEDAGOGMEDHJAELPER, 1990),
                institution(InstitutionKind.INTEGRERET, Ownership.KOMMUNAL),
                course(null));
        assertThat(e.inTargetGroup()).isTrue();
        assertThat(e.eligible()).isTrue();
    }

    @Test
    void staffOfAnSfoOrAPrivateInstitutionOrOutsideThePedagogicalStaffAreNot() {
        var sfo = ChoiceEligibility.assess(
                person(StaffRole.PAEDAGOG, 1990), institution(InstitutionKind.SFO, Ownership.KOMMUNAL), course(null));
        var privat = ChoiceEligibility.assess(
                person(StaffRole.PAEDAGOG, 1990),
                institution(InstitutionKind.BOERNEHAVE, Ownership.PRIVAT),
                course(null));
        var kitchen = ChoiceEligibility.assess(
                person(StaffRole.ANDET, 1990),
                institution(InstitutionKind.BOERNEHAVE, Ownership.KOMMUNAL),
                course(null));
        var nowhere = ChoiceEligibility.assess(person(StaffRole.PAEDAGOG, 1990), null, course(null));

        assertThat(List.of(sfo, privat, kitchen, nowhere)).noneMatch(ChoiceEligibility::inTargetGroup);
        assertThat(unmet(kitchen)).contains("plan.candidate.pedagogical", "enrolment.application.rule.targetRoles");
        assertThat(unmet(nowhere)).contains("enrolment.application.rule.noInstitution");
    }

    @Test
    void theMunicipalDagplejeCounts() {
        var e = ChoiceEligibility.assess(
                person(StaffRole.DAGPLEJER, 1980),
                institution(InstitutionKind.DAGPLEJE, Ownership.KOMMUNAL),
                course(null));
        assertThat(e.inTargetGroup()).isTrue();
    }

    @Test
    void anOfferingOnTheMeritTrackAddsR6WithThePersonsFigures() {
        StaffMember young = person(StaffRole.PAEDAGOGMEDHJAELPER, 2003);
        young.employ(UUID.randomUUID(), new BigDecimal("30"), LocalDate.of(2023, 1, 1), null);
        var e = ChoiceEligibility.assess(
                young, institution(InstitutionKind.INTEGRERET, Ownership.KOMMUNAL), course(InitiativeKind.MERIT_NET));

        assertThat(e.inTargetGroup()).isTrue();
        assertThat(e.eligible()).isFalse();
        assertThat(unmet(e)).containsExactly("plan.candidate.merit.experience");
        assertThat(e.conditions()).extracting(Condition::messageKey).containsOnlyOnce("plan.candidate.pedagogical");
    }

    private static List<String> unmet(ChoiceEligibility e) {
        return e.conditions().stream()
                .filter(c -> !c.met())
                .map(Condition::messageKey)
                .toList();
    }

    private static StaffMember person(StaffRole role, int born) {
        return StaffMember.register(
                175,
                "E1",
                new StaffMember.PersonDetails("Test Person", LocalDate.of(born, 3, 1), role, 0),
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static InstitutionSummary institution(InstitutionKind kind, Ownership ownership) {
        return new InstitutionSummary(
                UUID.randomUUID(), 175, "1", "Huset", kind, ownership, null, null, null, null, null, 0);
    }

    private static Offering course(@Nullable InitiativeKind programme) {
        return new Offering(
                UUID.randomUUID(),
                175,
                UUID.randomUUID(),
                "UCL",
                "Kursus",
                OfferingKind.COURSE,
                programme,
                null,
                false,
                Delivery.PLACE,
                "",
                START,
                START.plusMonths(1),
                null,
                null,
                10,
                0,
                0,
                Set.of(StaffRole.PAEDAGOG, StaffRole.PAEDAGOGMEDHJAELPER, StaffRole.DAGPLEJER),
                "",
                "",
                new Format(0, BigDecimal.ZERO, 0, 0, false, false),
                List.of(),
                List.of(),
                Map.of(),
                OfferingStatus.PUBLISHED,
                0);
    }
}
