package dk.loeft.plan.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.plan.InitiativeKind;
import dk.loeft.staff.Education;
import dk.loeft.staff.StaffMember;
import dk.loeft.staff.StaffRole;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class EligibilityRulesTests {

    static final LocalDate ON = LocalDate.of(2026, 1, 1);

    /** A person aged {@code age} on {@link #ON} with prior experience in months and maybe one employment. */
    static StaffMember person(int age, StaffRole role, int priorMonths, @Nullable LocalDate employedFrom) {
        StaffMember member = StaffMember.register(
                175,
                "T-1",
                new StaffMember.PersonDetails("Test Person", ON.minusYears(age).minusDays(10), role, priorMonths),
                Instant.parse("2026-01-01T00:00:00Z"));
        if (employedFrom != null) {
            member.employ(UUID.randomUUID(), new BigDecimal("30"), employedFrom, null);
        }
        return member;
    }

    static Eligibility merit(StaffMember person) {
        return EligibilityRules.assess(InitiativeKind.MERIT_NET, person, ON);
    }

    static Eligibility euv1(StaffMember person) {
        return EligibilityRules.assess(InitiativeKind.PAU_EUV1, person, ON);
    }

    @Test
    void rejectsMeritFor24YearsWithFourYearsExperience() {
        Eligibility result = merit(person(24, StaffRole.PAEDAGOGMEDHJAELPER, 48, null));
        assertThat(result.eligible()).isFalse();
        assertThat(result.conditions())
                .filteredOn(c -> !c.met())
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.messageKey()).isEqualTo("plan.candidate.merit.experience");
                    assertThat(c.arguments()).containsExactly("24", "4", "0");
                });
    }

    @Test
    void acceptsMeritFor25YearsWithTwoYearsExperience() {
        assertThat(merit(person(25, StaffRole.PAEDAGOGMEDHJAELPER, 24, null)).eligible())
                .isTrue();
    }

    @Test
    void acceptsMeritOnTheTwentyFifthBirthdayButNotTheDayBefore() {
        StaffMember birthdayToday = StaffMember.register(
                175,
                "T-2",
                new StaffMember.PersonDetails("Fødselsdag", ON.minusYears(25), StaffRole.DAGPLEJER, 24),
                Instant.EPOCH);
        StaffMember birthdayTomorrow = StaffMember.register(
                175,
                "T-3",
                new StaffMember.PersonDetails("Fødselsdag", ON.minusYears(25).plusDays(1), StaffRole.DAGPLEJER, 24),
                Instant.EPOCH);
        assertThat(merit(birthdayToday).eligible()).isTrue();
        assertThat(merit(birthdayTomorrow).eligible()).isFalse();
    }

    @Test
    void rejectsMeritFor40YearsWithOneYearsExperience() {
        assertThat(merit(person(40, StaffRole.PAEDAGOGMEDHJAELPER, 12, null)).eligible())
                .isFalse();
    }

    @Test
    void acceptsMeritUnder25WithFiveYearsExperience() {
        assertThat(merit(person(23, StaffRole.PAEDAGOGMEDHJAELPER, 60, null)).eligible())
                .isTrue();
    }

    @Test
    void countsEmploymentInTheKommuneAsExperience() {
        assertThat(merit(person(30, StaffRole.PAEDAGOGMEDHJAELPER, 0, LocalDate.of(2024, 1, 1)))
                        .eligible())
                .isTrue();
        assertThat(merit(person(30, StaffRole.PAEDAGOGMEDHJAELPER, 0, LocalDate.of(2024, 2, 1)))
                        .eligible())
                .isFalse();
    }

    @Test
    void rejectsMeritAndPauForStaffOutsideThePedagogicalPosts() {
        StaffMember kitchen = person(40, StaffRole.ANDET, 120, null);
        assertThat(merit(kitchen).eligible()).isFalse();
        assertThat(euv1(kitchen).eligible()).isFalse();
    }

    @Test
    void rejectsMeritForSomeoneAlreadyAPaedagog() {
        StaffMember educated = person(40, StaffRole.PAEDAGOGMEDHJAELPER, 120, null);
        educated.addEducation(Education.PAEDAGOG, 2010);
        assertThat(merit(educated).eligible()).isFalse();
        assertThat(merit(person(40, StaffRole.PAEDAGOG, 120, null)).eligible()).isFalse();
    }

    @Test
    void acceptsEuv1For25YearsWithTwoYearsInTheKommuneWithinFourYears() {
        assertThat(euv1(person(25, StaffRole.PAEDAGOGMEDHJAELPER, 0, LocalDate.of(2024, 1, 1)))
                        .eligible())
                .isTrue();
        assertThat(euv1(person(25, StaffRole.PAEDAGOGMEDHJAELPER, 0, LocalDate.of(2024, 2, 1)))
                        .conditions())
                .filteredOn(c -> !c.met())
                .singleElement()
                .satisfies(c -> assertThat(c.arguments()).containsExactly("1", "11"));
    }

    @Test
    void rejectsEuv1Under25WhateverTheExperience() {
        assertThat(euv1(person(24, StaffRole.PAEDAGOGMEDHJAELPER, 0, LocalDate.of(2018, 1, 1)))
                        .eligible())
                .isFalse();
    }

    @Test
    void countsPriorExperienceOnlyAsFarAsItReachesIntoTheLastFourYears() {
        // employed 19 months; 60 months of prior experience taken to end when the employment began (2024-06-01),
        // so 29 of them lie after 2022-01-01: 48 months within the four years
        assertThat(EligibilityRules.recentExperienceMonths(
                        person(30, StaffRole.PAEDAGOGMEDHJAELPER, 60, LocalDate.of(2024, 6, 1)), ON))
                .isEqualTo(48);
        // employed 6 months from 2025-07-01: 42 months of room before it, so the prior experience fills the four years
        assertThat(EligibilityRules.recentExperienceMonths(
                        person(30, StaffRole.PAEDAGOGMEDHJAELPER, 60, LocalDate.of(2025, 7, 1)), ON))
                .isEqualTo(48);
        assertThat(EligibilityRules.recentExperienceMonths(
                        person(30, StaffRole.PAEDAGOGMEDHJAELPER, 5, LocalDate.of(2025, 7, 1)), ON))
                .isEqualTo(11);
    }

    @Test
    void rejectsEuv1ForSomeoneWithPau() {
        StaffMember pau = person(35, StaffRole.PAEDAGOGMEDHJAELPER, 0, LocalDate.of(2015, 1, 1));
        pau.addEducation(Education.PAU, 2012);
        assertThat(euv1(pau).eligible()).isFalse();
        assertThat(euv1(person(35, StaffRole.PAEDAGOGISK_ASSISTENT, 0, LocalDate.of(2015, 1, 1)))
                        .eligible())
                .isFalse();
    }

    @Test
    void offersDiplomaModulesToPaedagogerAndLeadersWithTwoYears() {
        assertThat(EligibilityRules.assess(InitiativeKind.DIPLOMA_MODULE, person(35, StaffRole.LEDER, 24, null), ON)
                        .eligible())
                .isTrue();
        assertThat(EligibilityRules.assess(
                                InitiativeKind.DIPLOMA_MODULE, person(35, StaffRole.PAEDAGOGMEDHJAELPER, 120, null), ON)
                        .eligible())
                .isFalse();
    }

    @Test
    void offersShortCoursesToTheUnskilledOnly() {
        assertThat(EligibilityRules.assess(
                                InitiativeKind.SHORT_COURSE_UNSKILLED,
                                person(20, StaffRole.PAEDAGOGMEDHJAELPER, 0, null),
                                ON)
                        .eligible())
                .isTrue();
        assertThat(EligibilityRules.assess(
                                InitiativeKind.SHORT_COURSE_UNSKILLED, person(30, StaffRole.PAEDAGOG, 0, null), ON)
                        .eligible())
                .isFalse();
    }

    @Test
    void offersTrackChangeToGraduates() {
        StaffMember graduate = person(30, StaffRole.PAEDAGOGMEDHJAELPER, 0, null);
        graduate.addEducation(Education.BACHELOR, 2020);
        assertThat(EligibilityRules.assess(InitiativeKind.MERIT_SPORSKIFTE, graduate, ON)
                        .eligible())
                .isTrue();
        assertThat(EligibilityRules.assess(
                                InitiativeKind.MERIT_SPORSKIFTE, person(30, StaffRole.PAEDAGOGMEDHJAELPER, 0, null), ON)
                        .eligible())
                .isFalse();
    }
}
