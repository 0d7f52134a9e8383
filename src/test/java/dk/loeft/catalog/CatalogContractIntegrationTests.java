package dk.loeft.catalog;

import static dk.loeft.testing.TestUsers.actingAs;
import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.leader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.loeft.IntegrationTest;
import dk.loeft.enrolment.Participation;
import dk.loeft.enrolment.ParticipationStatus;
import dk.loeft.enrolment.Participations;
import dk.loeft.institution.Institution;
import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.staff.StaffMember;
import dk.loeft.testing.CourseFixture;
import dk.loeft.testing.KommuneFixture;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class CatalogContractIntegrationTests {

    private static final int KOMMUNE = 320;
    private static final int OTHER = 326;

    @Autowired
    ApplicationContext context;

    @Autowired
    Catalog catalog;

    @Autowired
    Participations participations;

    @Test
    void aPublishedOfferingIsReadBackWithItsSessionsModulesAndQuotas() {
        var kommune = new KommuneFixture(KOMMUNE, context);
        Institution institution = kommune.institution("Kastanjehuset", null);
        var courses = new CourseFixture(KOMMUNE, context);
        Provider provider = courses.provider("UC Syd");
        Offering offering = courses.published(courses.details(
                provider.id(), "Læringsdage", LocalDate.of(2027, 2, 1), 20, 8, Map.of(institution.id(), 4)));

        Offering read = actingAs(leader(KOMMUNE, institution.id()), () -> catalog.offering(offering.id()));

        assertThat(read.status()).isEqualTo(OfferingStatus.PUBLISHED);
        assertThat(read.providerName()).isEqualTo(provider.name());
        assertThat(read.sessions()).hasSize(3);
        assertThat(read.quotas()).containsEntry(institution.id(), 4);
        assertThat(read.format().learningDays()).isEqualTo(3);
        assertThat(actingAs(admin(OTHER), () -> catalog.offerings()))
                .extracting(Offering::id)
                .doesNotContain(offering.id());
        assertThatThrownBy(() -> actingAs(admin(OTHER), () -> catalog.offering(offering.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyTheForvaltningEditsAndBadFiguresAreRefused() {
        var courses = new CourseFixture(KOMMUNE, context);
        Provider provider = courses.provider("VIA");
        assertThatThrownBy(() -> actingAs(
                        leader(KOMMUNE),
                        () -> catalog.create(
                                courses.details(provider.id(), "X", LocalDate.of(2027, 1, 1), 10, 2, Map.of()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actingAs(
                        admin(KOMMUNE),
                        () -> catalog.create(
                                courses.details(provider.id(), "X", LocalDate.of(2027, 1, 1), 10, 11, Map.of()))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("catalog.error.minimum");
    }

    @Test
    void participationsAreReadPerOfferingAndPerson() {
        var kommune = new KommuneFixture(KOMMUNE, context);
        Institution institution = kommune.institution("Bøgely", null);
        StaffMember person = kommune.staffMember("Anna", institution.id());
        var courses = new CourseFixture(KOMMUNE, context);
        Offering offering = courses.learningDays("Læringsdage", LocalDate.of(2027, 3, 1), 10, 0);
        courses.participation(offering.id(), person.id(), institution.id(), "ENROLLED");

        var ofOffering = actingAs(admin(KOMMUNE), () -> participations.ofOffering(offering.id()));
        assertThat(ofOffering).extracting(Participation::status).containsExactly(ParticipationStatus.ENROLLED);
        assertThat(actingAs(admin(KOMMUNE), () -> participations.ofPerson(person.id())))
                .extracting(Participation::offeringId)
                .containsExactly(offering.id());
        assertThat(actingAs(admin(OTHER), () -> participations.ofOffering(offering.id())))
                .isEmpty();
    }
}
