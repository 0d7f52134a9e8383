package dk.loeft.enrolment;

import static dk.loeft.testing.TestUsers.actingAs;
import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.leader;
import static dk.loeft.testing.TestUsers.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.loeft.IntegrationTest;
import dk.loeft.catalog.Offering;
import dk.loeft.institution.Institution;
import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.staff.StaffMember;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Applying, the two decisions, eligibility with reasons, own budget and who may do what. */
@IntegrationTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationsIntegrationTests {

    static final int K = 253;

    @Autowired
    ApplicationContext context;

    @Autowired
    Applications applications;

    @Autowired
    ApplicationEvents events;

    EnrolmentSetup k;
    Institution home;
    Institution other;

    @BeforeAll
    void setUp() {
        k = new EnrolmentSetup(K, context);
        home = k.institution("Hjemme");
        other = k.institution("Andetsteds");
    }

    @Test
    void aStaffMemberAppliesTheLeaderAndThenTheForvaltningApproveAndEachDecisionIsPublished() {
        Offering offering = k.offering("Læreplan", 10, 0);
        StaffMember person = k.person("Ansøger", home);

        Application submitted = k.apply(person, offering);
        assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(submitted.institution()).isEqualTo(home.id());
        assertThat(submitted.nominated()).isFalse();

        Application leaderApproved = k.leaderApproves(submitted);
        assertThat(leaderApproved.status()).isEqualTo(ApplicationStatus.LEADER_APPROVED);
        Application approved = k.adminApproves(leaderApproved);
        assertThat(approved.status()).isEqualTo(ApplicationStatus.APPROVED);

        assertThat(events.stream(ApplicationDecided.class)
                        .filter(e -> e.applicationId().equals(submitted.id())))
                .extracting(ApplicationDecided::stage, ApplicationDecided::approved)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DecisionStage.LEADER, true),
                        org.assertj.core.groups.Tuple.tuple(DecisionStage.ADMIN, true));
        assertThat(events.stream(SeatGranted.class).filter(e -> e.staffMember().equals(person.id())))
                .singleElement()
                .satisfies(e -> assertThat(e.fromWaitList()).isFalse());
    }

    @Test
    void aLeaderNominatesOneOfTheirStaffAndTheirStageIsDecidedAtOnce() {
        Offering offering = k.offering("Nominering", 10, 0);
        StaffMember person = k.person("Indstillet", home);

        Application nominated =
                actingAs(leader(K, home.id()), () -> applications.apply(person.id(), List.of(offering.id()), null));

        assertThat(nominated.nominated()).isTrue();
        assertThat(nominated.status()).isEqualTo(ApplicationStatus.LEADER_APPROVED);
        assertThat(nominated.leaderDecidedBy()).isEqualTo("test-leader-" + K);
    }

    @Test
    void aLeaderCannotNominateOrDecideForAnotherInstitutionsStaff() {
        Offering offering = k.offering("Fremmed", 10, 0);
        StaffMember stranger = k.person("Fremmed", other);
        Application application = k.apply(stranger, offering);

        assertThatThrownBy(() -> actingAs(
                        leader(K, home.id()), () -> applications.apply(stranger.id(), List.of(offering.id()), null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> actingAs(
                        leader(K, home.id()),
                        () -> applications.decide(
                                application.id(), application.version(), DecisionStage.LEADER, true, null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(actingAs(admin(K), () -> applications.get(application.id()).status()))
                .isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void theForvaltningCannotDecideBeforeTheLeaderAndAStaffMemberOnlyAppliesForThemselves() {
        Offering offering = k.offering("Rækkefølge", 10, 0);
        StaffMember person = k.person("Tålmodig", home);
        StaffMember colleague = k.person("Kollega", home);
        Application application = k.apply(person, offering);

        assertThatThrownBy(() -> k.adminApproves(application)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actingAs(
                        staff(K, person.id()), () -> applications.apply(colleague.id(), List.of(offering.id()), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRefusalNeedsAReasonAndBadInputChangesNothing() {
        Offering offering = k.offering("Afslag", 10, 0);
        StaffMember person = k.person("Afslået", home);
        Application application = k.apply(person, offering);

        assertThatThrownBy(() -> actingAs(
                        leader(K, home.id()),
                        () -> applications.decide(
                                application.id(), application.version(), DecisionStage.LEADER, false, " ", null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("enrolment.application.error.reasonRequired");
        assertThat(actingAs(admin(K), () -> applications.get(application.id())))
                .satisfies(a -> assertThat(a.status()).isEqualTo(ApplicationStatus.SUBMITTED))
                .satisfies(a -> assertThat(a.version()).isEqualTo(application.version()));

        Application refused = actingAs(
                leader(K, home.id()),
                () -> applications.decide(
                        application.id(), application.version(), DecisionStage.LEADER, false, "Ingen vikar", null));
        assertThat(refused.status()).isEqualTo(ApplicationStatus.REFUSED);
        assertThat(refused.refusedStage()).isEqualTo(DecisionStage.LEADER);
        assertThat(refused.refusalReason()).isEqualTo("Ingen vikar");
    }

    @Test
    void aStaleVersionIsAConflict() {
        Offering offering = k.offering("Konflikt", 10, 0);
        Application application = k.apply(k.person("Konflikt", home), offering);
        k.leaderApproves(application);

        assertThatThrownBy(() -> actingAs(
                        admin(K),
                        () -> applications.decide(
                                application.id(), application.version(), DecisionStage.ADMIN, true, null, null)))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void choicesMustBeOneToThreeDistinctOpenOfferings() {
        StaffMember person = k.person("Vælger", home);
        Offering a = k.offering("A", 10, 0);
        Offering b = k.offering("B", 10, 0);
        Offering c = k.offering("C", 10, 0);
        Offering d = k.offering("D", 10, 0);
        Offering closed = k.courses.published(
                k.courses.details(k.provider, "Lukket", EnrolmentSetup.inDays(7), 10, 0, java.util.Map.of()));

        assertThatThrownBy(() -> k.apply(person, a, b, c, d)).hasMessage("enrolment.application.error.choices");
        assertThatThrownBy(() -> k.apply(person, a, a)).hasMessage("enrolment.application.error.sameOfferingTwice");
        assertThatThrownBy(() -> k.apply(person, closed)).hasMessage("enrolment.application.error.closed");
        assertThat(k.apply(person, a, b, c).choices()).containsExactly(a.id(), b.id(), c.id());
        assertThatThrownBy(() -> k.apply(person, a)).hasMessage("enrolment.application.error.already");
    }

    @Test
    void eligibilityIsShownWithReasonsAndOutsideTheTargetGroupOnlyOwnBudgetCanApprove() {
        Offering offering = k.offering("Privat", 10, 0);
        Institution privat = k.privateInstitution("Privatinstitution");
        StaffMember outsider = k.person("Privatansat", privat);
        Application application = k.leaderApproves(k.apply(outsider, offering));

        Applications.ApplicationView view = actingAs(admin(K), () -> applications.view(application.id()));
        assertThat(view.inTargetGroup()).isFalse();
        assertThat(view.choices().getFirst().eligibility().conditions())
                .filteredOn(c -> !c.met())
                .extracting(c -> c.messageKey())
                .contains("enrolment.application.rule.municipal", "enrolment.application.rule.targetRoles");

        assertThatThrownBy(() -> k.adminApproves(application))
                .hasMessage("enrolment.application.error.ownBudgetNeeded");
        Application approved = actingAs(
                admin(K),
                () -> applications.decide(
                        application.id(),
                        application.version(),
                        DecisionStage.ADMIN,
                        true,
                        null,
                        "Kommunen betaler selv for den private institution"));
        assertThat(approved.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(approved.ownBudget()).isTrue();
        assertThat(approved.ownBudgetReason()).isEqualTo("Kommunen betaler selv for den private institution");
    }

    @Test
    void theApplicantWithdrawsAnOpenApplicationButNotADecidedOne() {
        Offering offering = k.offering("Fortrudt", 10, 0);
        StaffMember person = k.person("Fortryder", home);
        Application application = k.apply(person, offering);

        Application withdrawn =
                actingAs(staff(K, person.id()), () -> applications.withdraw(application.id(), application.version()));
        assertThat(withdrawn.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThatThrownBy(() -> actingAs(
                        staff(K, person.id()), () -> applications.withdraw(application.id(), withdrawn.version())))
                .hasMessage("enrolment.application.error.notOpen");
    }

    @Test
    void anotherKommunesApplicationDoesNotExist() {
        EnrolmentSetup b = new EnrolmentSetup(259, context);
        Application theirs = b.apply(b.person("B-ansøger", b.institution("B-hus")), b.offering("B-kursus", 5, 0));

        assertThatThrownBy(() -> actingAs(admin(K), () -> applications.get(theirs.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> actingAs(
                        admin(K),
                        () -> applications.decide(
                                theirs.id(), theirs.version(), DecisionStage.ADMIN, true, null, null)))
                .isInstanceOf(NotFoundException.class);
    }
}
