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
import dk.loeft.staff.StaffMember;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Seats by priority, the wait-list and its automatic promotion, quotas, late cancellation and the race for the last seat. */
@IntegrationTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeatsIntegrationTests {

    static final int K = 253;

    @Autowired
    ApplicationContext context;

    @Autowired
    Applications applications;

    @Autowired
    Seats seats;

    @Autowired
    Participations participations;

    @Autowired
    ApplicationEvents events;

    EnrolmentSetup k;
    Institution home;
    Institution other;

    @BeforeAll
    void setUp() {
        k = new EnrolmentSetup(K, context);
        home = k.institution("Sæder");
        other = k.institution("Kvote");
    }

    @Test
    void theHighestPriorityChoiceWithAFreeSeatIsTakenElseTheFirstChoicesWaitList() {
        Offering full = k.offering("Fuldt", 1, 0);
        Offering second = k.offering("Andet valg", 5, 0);
        k.approved(k.person("Først", home), full);

        StaffMember person = k.person("Prioritet", home);
        k.approved(person, full, second);
        assertThat(statusIn(person, second)).isEqualTo(ParticipationStatus.ENROLLED);

        Offering onlyFull = k.offering("Kun fuldt", 1, 0);
        k.approved(k.person("Har pladsen", home), onlyFull);
        StaffMember waiting = k.person("Venter", home);
        k.approved(waiting, onlyFull);
        assertThat(statusIn(waiting, onlyFull)).isEqualTo(ParticipationStatus.WAITLISTED);
    }

    @Test
    void aCancelledSeatGoesToTheNextOnTheWaitListAtOnceWithANotice() {
        Offering offering = k.offering("Venteliste", 1, 0);
        StaffMember seated = k.person("Siddende", home);
        StaffMember first = k.person("Først i kø", home);
        StaffMember second = k.person("Næst i kø", home);
        k.approved(seated, offering);
        k.approved(first, offering);
        k.approved(second, offering);

        Participation seat = participation(seated, offering);
        Seats.Cancellation done =
                actingAs(staff(K, seated.id()), () -> seats.cancel(seat.id(), seat.version(), "Syg i perioden"));

        assertThat(done.cancelled().status()).isEqualTo(ParticipationStatus.CANCELLED);
        assertThat(done.cancelled().cancelReason()).isEqualTo("Syg i perioden");
        assertThat(done.cancelled().cancelledLate()).isFalse();
        assertThat(done.promoted()).extracting(Participation::staffMember).containsExactly(first.id());
        assertThat(statusIn(first, offering)).isEqualTo(ParticipationStatus.ENROLLED);
        assertThat(statusIn(second, offering)).isEqualTo(ParticipationStatus.WAITLISTED);
        assertThat(events.stream(SeatGranted.class).filter(e -> e.staffMember().equals(first.id())))
                .singleElement()
                .satisfies(e -> assertThat(e.fromWaitList()).isTrue());
    }

    @Test
    void quotaSeatsAreKeptForTheirInstitutionAndTheRestAreShared() {
        Offering offering = k.offering("Kvoter", 2, 0, Map.of(other.id(), 1));
        StaffMember shared = k.person("Fælles", home);
        StaffMember waiting = k.person("Uden kvote", home);
        StaffMember quota = k.person("Med kvote", other);

        k.approved(shared, offering);
        k.approved(waiting, offering);
        k.approved(quota, offering);
        assertThat(statusIn(shared, offering)).isEqualTo(ParticipationStatus.ENROLLED);
        assertThat(statusIn(waiting, offering)).isEqualTo(ParticipationStatus.WAITLISTED);
        assertThat(statusIn(quota, offering)).isEqualTo(ParticipationStatus.ENROLLED);

        Participation quotaSeat = participation(quota, offering);
        Seats.Cancellation freedQuota =
                actingAs(leader(K, other.id()), () -> seats.cancel(quotaSeat.id(), quotaSeat.version(), "Vikarmangel"));
        assertThat(freedQuota.promoted()).isEmpty();
        assertThat(statusIn(waiting, offering)).isEqualTo(ParticipationStatus.WAITLISTED);

        Participation sharedSeat = participation(shared, offering);
        Seats.Cancellation freedShared =
                actingAs(admin(K), () -> seats.cancel(sharedSeat.id(), sharedSeat.version(), "Flyttet"));
        assertThat(freedShared.promoted())
                .extracting(Participation::staffMember)
                .containsExactly(waiting.id());
    }

    @Test
    void aCancellationAfterTheDeadlineIsMarkedLate() {
        Offering soon =
                k.courses.published(k.courses.details(k.provider, "Snart", EnrolmentSetup.inDays(3), 5, 0, Map.of()));
        StaffMember person = k.person("Sent afbud", home);
        UUID id = k.courses.participation(soon.id(), person.id(), home.id(), "ENROLLED");

        Seats.Cancellation done = actingAs(staff(K, person.id()), () -> seats.cancel(id, 0, "Glemte det"));

        assertThat(done.cancelled().cancelledLate()).isTrue();
    }

    @Test
    void aCancellationNeedsAReasonAndOnlyThePersonTheirLeaderOrTheForvaltningMayCancel() {
        Offering offering = k.offering("Afbud", 5, 0);
        StaffMember person = k.person("Afmelder", home);
        StaffMember colleague = k.person("Kollega", home);
        k.approved(person, offering);
        Participation seat = participation(person, offering);

        assertThatThrownBy(() -> actingAs(staff(K, person.id()), () -> seats.cancel(seat.id(), seat.version(), "")))
                .hasMessage("enrolment.seat.error.reasonRequired");
        assertThatThrownBy(() ->
                        actingAs(staff(K, colleague.id()), () -> seats.cancel(seat.id(), seat.version(), "Overtaget")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        actingAs(leader(K, other.id()), () -> seats.cancel(seat.id(), seat.version(), "Overtaget")))
                .isInstanceOf(NotFoundException.class);
        assertThat(statusIn(person, offering)).isEqualTo(ParticipationStatus.ENROLLED);
    }

    @Test
    void anotherKommunesParticipationCannotBeCancelled() {
        EnrolmentSetup b = new EnrolmentSetup(259, context);
        Institution bHouse = b.institution("B-afbud");
        StaffMember bPerson = b.person("B-deltager", bHouse);
        UUID theirs = b.courses.participation(b.offering("B-hold", 5, 0).id(), bPerson.id(), bHouse.id(), "ENROLLED");

        assertThatThrownBy(() -> actingAs(admin(K), () -> seats.cancel(theirs, 0, "Overtaget")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void twoApprovalsRacingForTheLastSeatNeverOverbook() throws Exception {
        Offering offering = k.offering("Sidste plads", 1, 0);
        List<Application> ready = new ArrayList<>();
        for (String name : List.of("Racer A", "Racer B")) {
            ready.add(k.leaderApproves(k.apply(k.person(name, home), offering)));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Application>> results = new ArrayList<>();
            for (Application application : ready) {
                results.add(pool.submit(() -> {
                    start.await();
                    return k.adminApproves(application);
                }));
            }
            start.countDown();
            for (Future<Application> result : results) {
                assertThat(result.get().status()).isEqualTo(ApplicationStatus.APPROVED);
            }
        } finally {
            pool.shutdown();
        }

        List<Participation> all = actingAs(admin(K), () -> participations.ofOffering(offering.id()));
        assertThat(all)
                .extracting(Participation::status)
                .containsExactlyInAnyOrder(ParticipationStatus.ENROLLED, ParticipationStatus.WAITLISTED);
    }

    private ParticipationStatus statusIn(StaffMember person, Offering offering) {
        return participation(person, offering).status();
    }

    private Participation participation(StaffMember person, Offering offering) {
        return actingAs(admin(K), () -> participations.ofPerson(person.id()).stream()
                .filter(p -> p.offeringId().equals(offering.id()))
                .filter(p -> p.status() != ParticipationStatus.CANCELLED)
                .findFirst()
                .orElseThrow());
    }
}
