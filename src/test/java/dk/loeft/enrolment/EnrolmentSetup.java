package dk.loeft.enrolment;

import static dk.loeft.testing.TestUsers.actingAs;
import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.leader;
import static dk.loeft.testing.TestUsers.staff;

import dk.loeft.catalog.Offering;
import dk.loeft.institution.Institution;
import dk.loeft.institution.InstitutionDetails;
import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.InstitutionService;
import dk.loeft.institution.Ownership;
import dk.loeft.staff.StaffMember;
import dk.loeft.testing.CourseFixture;
import dk.loeft.testing.KommuneFixture;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/** One kommune's institutions, staff and offerings, and applications taken through both stages, for the enrolment tests. */
final class EnrolmentSetup {

    final int kommune;
    final KommuneFixture people;
    final CourseFixture courses;
    final UUID provider;
    private final Applications applications;
    private final InstitutionService institutions;

    EnrolmentSetup(int kommune, ApplicationContext context) {
        this.kommune = kommune;
        this.people = new KommuneFixture(kommune, context);
        this.courses = new CourseFixture(kommune, context);
        this.provider = courses.provider("Professionshøjskolen").id();
        this.applications = context.getBean(Applications.class);
        this.institutions = context.getBean(InstitutionService.class);
    }

    static LocalDate inDays(int days) {
        return LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen")).plusDays(days);
    }

    /** Published learning days starting in two months (application deadline two weeks before). */
    Offering offering(String title, int capacity, int minimum) {
        return offering(title, capacity, minimum, Map.of());
    }

    Offering offering(String title, int capacity, int minimum, Map<UUID, Integer> quotas) {
        return courses.published(courses.details(provider, title, inDays(60), capacity, minimum, quotas));
    }

    Institution institution(String name) {
        return people.institution(name, null);
    }

    /** A private institution: its staff are outside the pool's target group (R4). */
    Institution privateInstitution(String name) {
        return actingAs(
                admin(kommune),
                () -> institutions.create(
                        kommune,
                        "P-" + UUID.randomUUID().toString().substring(0, 8),
                        new InstitutionDetails(
                                people.unique(name),
                                InstitutionKind.INTEGRERET,
                                Ownership.PRIVAT,
                                null,
                                null,
                                null,
                                null)));
    }

    StaffMember person(String name, Institution institution) {
        return people.staffMember(name, institution.id());
    }

    /** The person applies for the offerings themselves. */
    Application apply(StaffMember person, Offering... offerings) {
        return actingAs(
                staff(kommune, person.id()),
                () -> applications.apply(
                        person.id(),
                        List.of(offerings).stream().map(Offering::id).toList(),
                        "Gerne"));
    }

    Application leaderApproves(Application application) {
        return actingAs(
                leader(kommune, application.institution()),
                () -> applications.decide(
                        application.id(), application.version(), DecisionStage.LEADER, true, null, null));
    }

    Application adminApproves(Application application) {
        return actingAs(
                admin(kommune),
                () -> applications.decide(
                        application.id(), application.version(), DecisionStage.ADMIN, true, null, null));
    }

    /** Applies and gets both approvals: a seat or a place on the wait-list. */
    Application approved(StaffMember person, Offering... offerings) {
        return adminApproves(leaderApproves(apply(person, offerings)));
    }
}
