package dk.loeft.catalog;

import static dk.loeft.testing.TestUsers.actingAs;
import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.leader;
import static dk.loeft.testing.TestUsers.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.loeft.IntegrationTest;
import dk.loeft.institution.Institution;
import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.testing.CourseFixture;
import dk.loeft.testing.KommuneFixture;
import dk.loeft.testing.PlanFixture;
import dk.loeft.testing.RoedovrePlan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The catalogue service: editing under a lock, cancelling, drafts, plan initiatives, frames and tenancy. */
@IntegrationTest
class CatalogIntegrationTests {

    static final int K = 240;
    static final int OTHER = 250;

    static final UUID LEARNING_DAYS_FRAME = UUID.fromString("00000003-0000-4000-8000-000000000001");
    static final UUID FYRTAARN_FRAME = UUID.fromString("00000003-0000-4000-8000-000000000003");

    @Autowired
    ApplicationContext context;

    @Autowired
    Catalog catalog;

    @Autowired
    Frameworks frameworks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditKeepsTheSessionsItNamesAndAStaleVersionChangesNothing() {
        var courses = new CourseFixture(K, context);
        Offering offering = courses.learningDays("Læringsdage", LocalDate.of(2027, 2, 1), 20, 5);
        OfferingDetails details = OfferingDetails.of(offering);
        CourseSession kept = offering.sessions().getFirst();
        OfferingDetails changed = withSessions(
                details,
                List.of(
                        OfferingDetails.NewSession.of(kept),
                        new OfferingDetails.NewSession(
                                Instant.parse("2027-03-15T08:00:00Z"),
                                Instant.parse("2027-03-15T15:30:00Z"),
                                "Online",
                                "Opsamling")));

        Offering updated = actingAs(admin(K), () -> catalog.update(offering.id(), offering.version(), changed));

        assertThat(updated.version()).isEqualTo(offering.version() + 1);
        assertThat(updated.sessions()).hasSize(2);
        assertThat(updated.sessions()).extracting(CourseSession::id).contains(kept.id());
        assertThatThrownBy(() -> actingAs(
                        admin(K),
                        () -> catalog.update(offering.id(), offering.version(), withTitle(details, "Forældet"))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(actingAs(admin(K), () -> catalog.offering(offering.id()).title()))
                .isEqualTo(offering.title());
    }

    @Test
    void aCancelledOfferingKeepsItsReasonAndCannotBeChanged() {
        var courses = new CourseFixture(K, context);
        Offering offering = courses.learningDays("Aflyses", LocalDate.of(2027, 4, 1), 20, 5);

        assertThatThrownBy(() -> actingAs(admin(K), () -> catalog.cancel(offering.id(), offering.version(), " ")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("catalog.error.cancelReason");
        Offering cancelled =
                actingAs(admin(K), () -> catalog.cancel(offering.id(), offering.version(), "For få tilmeldte"));

        assertThat(cancelled.status()).isEqualTo(OfferingStatus.CANCELLED);
        assertThat(actingAs(admin(K), () -> catalog.cancellation(offering.id())))
                .hasValueSatisfying(c -> assertThat(c.reason()).isEqualTo("For få tilmeldte"));
        assertThatThrownBy(() -> actingAs(
                        admin(K),
                        () -> catalog.update(offering.id(), cancelled.version(), OfferingDetails.of(cancelled))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("catalog.error.cancelled");
        assertThatThrownBy(() -> actingAs(leader(K), () -> catalog.cancel(offering.id(), cancelled.version(), "x")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void draftsAreTheForvaltningsAndPublishedOfferingsEveryones() {
        var courses = new CourseFixture(K, context);
        Offering draft = actingAs(
                admin(K),
                () -> catalog.create(courses.details(
                        courses.provider("Kladdeskolen").id(), "Kladde", LocalDate.of(2027, 5, 1), 10, 0, Map.of())));
        Offering published = courses.learningDays("Offentligt", LocalDate.of(2027, 5, 1), 10, 0);

        assertThat(actingAs(leader(K), () -> catalog.offerings()))
                .extracting(Offering::id)
                .contains(published.id())
                .doesNotContain(draft.id());
        assertThatThrownBy(() -> actingAs(staff(K, null), () -> catalog.offering(draft.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(actingAs(
                        admin(K),
                        () -> catalog.offerings(
                                new OfferingFilter(OfferingStatus.DRAFT, null, draft.providerId(), null))))
                .extracting(Offering::id)
                .containsExactly(draft.id());
    }

    @Test
    void badInputIsRefusedInDanishAndNothingIsWritten() {
        var kommune = new KommuneFixture(K, context);
        var other = new KommuneFixture(OTHER, context);
        Institution foreign = other.institution("Fremmed børnehus", null);
        var courses = new CourseFixture(K, context);
        Provider college = courses.provider("Skole");
        int before = offeringsOf(K);
        OfferingDetails base = courses.details(college.id(), "Forkert", LocalDate.of(2027, 6, 1), 10, 0, Map.of());

        assertThatThrownBy(() -> actingAs(admin(K), () -> catalog.create(withTailored(base))))
                .hasMessageContaining("catalog.error.tailored");
        assertThatThrownBy(() -> actingAs(
                        admin(K),
                        () -> catalog.create(courses.details(
                                college.id(), "Kvote", LocalDate.of(2027, 6, 1), 10, 0, Map.of(foreign.id(), 2)))))
                .hasMessageContaining("catalog.error.quotaInstitution");
        assertThatThrownBy(() -> actingAs(admin(K), () -> catalog.create(withInitiative(base, UUID.randomUUID()))))
                .hasMessageContaining("catalog.error.initiative");
        Institution own = kommune.institution("Eget børnehus", null);
        assertThatThrownBy(() -> actingAs(
                        admin(K),
                        () -> catalog.create(courses.details(
                                college.id(), "Kvote", LocalDate.of(2027, 6, 1), 10, 0, Map.of(own.id(), 11)))))
                .hasMessageContaining("catalog.error.quotas");
        assertThat(offeringsOf(K)).isEqualTo(before);
    }

    @Test
    void anOfferingIsLinkedToAnInitiativeOfTheKommunesPlanAndATailoredCourseHasTheKommuneAsProvider() {
        PlanFixture.draft(context.getBean(dk.loeft.plan.Plans.class), K);
        var courses = new CourseFixture(K, context);
        Provider self = actingAs(
                admin(K),
                () -> catalog.createProvider("Kommunen selv " + UUID.randomUUID(), ProviderKind.KOMMUNE, null));
        OfferingDetails base = courses.details(self.id(), "Eget forløb", LocalDate.of(2027, 8, 1), 10, 0, Map.of());

        assertThat(actingAs(admin(K), () -> catalog.planInitiatives()))
                .extracting(PlanInitiative::id)
                .contains(RoedovrePlan.MERIT, RoedovrePlan.DIPLOMA);
        Offering linked =
                actingAs(admin(K), () -> catalog.create(withTailored(withInitiative(base, RoedovrePlan.MERIT))));

        assertThat(linked.planInitiative()).isEqualTo(RoedovrePlan.MERIT);
        assertThat(linked.tailored()).isTrue();
        assertThat(actingAs(
                        admin(K), () -> catalog.offerings(new OfferingFilter(null, null, null, RoedovrePlan.MERIT))))
                .extracting(Offering::id)
                .contains(linked.id());
    }

    @Test
    void learningDaysMeetTheirFrameAndMissTheFyrtaarnModulesDemands() {
        var courses = new CourseFixture(K, context);
        Offering offering = courses.learningDays("Læringsdage for ledere", LocalDate.of(2027, 9, 1), 20, 5);
        actingAs(admin(K), () -> {
            frameworks.choose(offering.id(), List.of(LEARNING_DAYS_FRAME, FYRTAARN_FRAME));
            return null;
        });

        List<FrameworkCheck> checks = actingAs(leader(K), () -> frameworks.check(offering.id()));

        assertThat(frameworks.frameworks()).hasSize(4);
        assertThat(checks).extracting(c -> c.framework().code()).containsExactly("LAERINGSDAGE_3", "DIPLOM_FYRTAARNE");
        assertThat(checks.get(0).allMet()).isTrue();
        assertThat(checks.get(1).results())
                .filteredOn(r -> !r.met())
                .extracting(r -> r.demand().code())
                .contains("ECTS", "TEACHING", "SUPERVISION", "EXAM", "TARGET");
        assertThatThrownBy(() -> actingAs(admin(K), () -> {
                    frameworks.choose(offering.id(), List.of(UUID.randomUUID()));
                    return null;
                }))
                .hasMessageContaining("catalog.error.framework");
        assertThatThrownBy(() -> actingAs(leader(K), () -> {
                    frameworks.choose(offering.id(), List.of());
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherKommunesOfferingProviderAndFramesAreNotFound() {
        var theirs = new CourseFixture(OTHER, context);
        Offering offering = theirs.learningDays("Deres", LocalDate.of(2027, 10, 1), 10, 0);
        Provider provider = theirs.provider("Deres udbyder");

        assertThatThrownBy(() -> actingAs(admin(K), () -> catalog.offering(offering.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> actingAs(
                        admin(K),
                        () -> catalog.update(offering.id(), offering.version(), OfferingDetails.of(offering))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> actingAs(admin(K), () -> catalog.cancel(offering.id(), offering.version(), "x")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> actingAs(admin(K), () -> {
                    frameworks.choose(offering.id(), List.of(LEARNING_DAYS_FRAME));
                    return null;
                }))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> actingAs(
                        admin(K),
                        () -> catalog.updateProvider(provider.id(), 0, "Overtaget", ProviderKind.ANDEN, null)))
                .isInstanceOf(NotFoundException.class);
        var ours = new CourseFixture(K, context);
        assertThatThrownBy(() -> actingAs(
                        admin(K),
                        () -> catalog.create(ours.details(
                                provider.id(), "Fremmed udbyder", LocalDate.of(2027, 10, 1), 10, 0, Map.of()))))
                .isInstanceOf(NotFoundException.class);
        assertThat(actingAs(admin(OTHER), () -> catalog.offering(offering.id()).version()))
                .isEqualTo(offering.version());
    }

    @Test
    void aProviderIsRenamedUnderItsLockAndNamesAreUniqueInTheKommune() {
        var courses = new CourseFixture(K, context);
        Provider first = courses.provider("Første");
        Provider second = courses.provider("Anden");

        Provider renamed = actingAs(
                admin(K),
                () -> catalog.updateProvider(
                        first.id(), first.version(), first.name() + " ny", ProviderKind.SOSU_SKOLE, "sosu@example.dk"));

        assertThat(renamed.kind()).isEqualTo(ProviderKind.SOSU_SKOLE);
        assertThat(renamed.version()).isEqualTo(first.version() + 1);
        assertThatThrownBy(() -> actingAs(
                        admin(K),
                        () -> catalog.updateProvider(first.id(), first.version(), "Gammel", ProviderKind.ANDEN, null)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> actingAs(
                        admin(K),
                        () -> catalog.updateProvider(
                                second.id(), second.version(), renamed.name(), ProviderKind.ANDEN, null)))
                .hasMessageContaining("catalog.error.providerTaken");
    }

    private int offeringsOf(int kommune) {
        return Tenancy.asKommune(kommune, () -> jdbc.sql("select count(*) from offering")
                .query(Integer.class)
                .single());
    }

    static OfferingDetails withSessions(OfferingDetails d, List<OfferingDetails.NewSession> sessions) {
        return new OfferingDetails(
                d.providerId(),
                d.title(),
                d.kind(),
                d.programme(),
                d.planInitiative(),
                d.tailored(),
                d.delivery(),
                d.place(),
                d.startDate(),
                d.endDate(),
                d.applicationDeadline(),
                d.cancellationDeadline(),
                d.capacity(),
                d.minimumParticipants(),
                d.priceOere(),
                d.targetRoles(),
                d.targetGroup(),
                d.description(),
                d.format(),
                d.modules(),
                sessions,
                d.quotas());
    }

    static OfferingDetails withTitle(OfferingDetails d, String title) {
        return new OfferingDetails(
                d.providerId(),
                title,
                d.kind(),
                d.programme(),
                d.planInitiative(),
                d.tailored(),
                d.delivery(),
                d.place(),
                d.startDate(),
                d.endDate(),
                d.applicationDeadline(),
                d.cancellationDeadline(),
                d.capacity(),
                d.minimumParticipants(),
                d.priceOere(),
                d.targetRoles(),
                d.targetGroup(),
                d.description(),
                d.format(),
                d.modules(),
                d.sessions(),
                d.quotas());
    }

    static OfferingDetails withTailored(OfferingDetails d) {
        return new OfferingDetails(
                d.providerId(),
                d.title(),
                d.kind(),
                d.programme(),
                d.planInitiative(),
                true,
                d.delivery(),
                d.place(),
                d.startDate(),
                d.endDate(),
                d.applicationDeadline(),
                d.cancellationDeadline(),
                d.capacity(),
                d.minimumParticipants(),
                d.priceOere(),
                d.targetRoles(),
                d.targetGroup(),
                d.description(),
                d.format(),
                d.modules(),
                d.sessions(),
                d.quotas());
    }

    static OfferingDetails withInitiative(OfferingDetails d, UUID initiative) {
        return new OfferingDetails(
                d.providerId(),
                d.title(),
                d.kind(),
                d.programme(),
                initiative,
                d.tailored(),
                d.delivery(),
                d.place(),
                d.startDate(),
                d.endDate(),
                d.applicationDeadline(),
                d.cancellationDeadline(),
                d.capacity(),
                d.minimumParticipants(),
                d.priceOere(),
                d.targetRoles(),
                d.targetGroup(),
                d.description(),
                d.format(),
                d.modules(),
                d.sessions(),
                d.quotas());
    }
}
