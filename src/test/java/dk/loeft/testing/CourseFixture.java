package dk.loeft.testing;

import static dk.loeft.testing.TestUsers.actingAs;
import static dk.loeft.testing.TestUsers.admin;

import dk.loeft.catalog.Catalog;
import dk.loeft.catalog.Delivery;
import dk.loeft.catalog.Format;
import dk.loeft.catalog.Offering;
import dk.loeft.catalog.OfferingDetails;
import dk.loeft.catalog.OfferingKind;
import dk.loeft.catalog.OfferingModule;
import dk.loeft.catalog.Provider;
import dk.loeft.catalog.ProviderKind;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.staff.StaffRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Providers, offerings and seats for tests of one kommune, made by its forvaltning. Offerings are
 * three learning days (seed 003's frame for faglige ledere: 3 days of 7,5 hours with documentation
 * of completion), starting on a given date, with a session on each day.
 */
public final class CourseFixture {

    private static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");

    private final int kommune;
    private final Catalog catalog;
    private final JdbcClient jdbc;
    private final Map<String, Provider> providers = new java.util.HashMap<>();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    public CourseFixture(int kommune, ApplicationContext context) {
        this.kommune = kommune;
        this.catalog = context.getBean(Catalog.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    /** The fixture's provider of this name, created the first time it is asked for. */
    public Provider provider(String name) {
        return providers.computeIfAbsent(
                name,
                n -> actingAs(
                        admin(kommune),
                        () -> catalog.createProvider(
                                n + " " + suffix, ProviderKind.PROFESSIONSHOEJSKOLE, "kursus@example.dk")));
    }

    /** Three published learning days for leaders and pædagoger, capacity and minimum as given. */
    public Offering learningDays(String title, LocalDate start, int capacity, int minimum) {
        return published(details(provider("Professionshøjskolen").id(), title, start, capacity, minimum, Map.of()));
    }

    public OfferingDetails details(
            UUID providerId, String title, LocalDate start, int capacity, int minimum, Map<UUID, Integer> quotas) {
        List<OfferingDetails.NewSession> sessions = List.of(0, 14, 28).stream()
                .map(days -> new OfferingDetails.NewSession(
                        start.plusDays(days)
                                .atTime(LocalTime.of(9, 0))
                                .atZone(DANISH)
                                .toInstant(),
                        start.plusDays(days)
                                .atTime(LocalTime.of(16, 30))
                                .atZone(DANISH)
                                .toInstant(),
                        "Campus Carlsberg",
                        "Læringsdag " + (days / 14 + 1)))
                .toList();
        return new OfferingDetails(
                providerId,
                title + " " + suffix,
                OfferingKind.LEARNING_DAYS,
                null,
                null,
                false,
                Delivery.PLACE,
                "Campus Carlsberg",
                start,
                start.plusDays(28),
                start.minusDays(14),
                start.minusDays(7),
                capacity,
                minimum,
                450_000,
                Set.of(StaffRole.LEDER, StaffRole.PAEDAGOG),
                "Faglige ledere og faglige fyrtårne",
                "Tre læringsdage om den styrkede pædagogiske læreplan.",
                new Format(3, new BigDecimal("7.5"), 22, 0, false, true),
                List.of(),
                sessions,
                quotas);
    }

    /** A diploma module of the given ECTS (PD track), published. */
    public Offering diplomaModule(String title, LocalDate start, int ects, int capacity) {
        OfferingDetails base = details(provider("Diplomudbyder").id(), title, start, capacity, 0, Map.of());
        return published(new OfferingDetails(
                base.providerId(),
                base.title(),
                OfferingKind.DIPLOMA_MODULE,
                dk.loeft.plan.InitiativeKind.DIPLOMA_MODULE,
                null,
                false,
                Delivery.BLENDED,
                base.place(),
                start,
                start.plusMonths(3),
                base.applicationDeadline(),
                base.cancellationDeadline(),
                capacity,
                0,
                1_200_000,
                Set.of(StaffRole.PAEDAGOG),
                "Pædagoger",
                "Diplommodul.",
                new Format(0, BigDecimal.ZERO, 40, 2, true, true),
                List.of(new OfferingModule(title, ects)),
                base.sessions(),
                Map.of()));
    }

    public Offering published(OfferingDetails details) {
        return actingAs(admin(kommune), () -> {
            Offering draft = catalog.create(details);
            return catalog.publish(draft.id(), draft.version());
        });
    }

    /**
     * Puts a person straight into an offering with the given status (ENROLLED or WAITLISTED), as
     * test set-up for the steps after enrolment; returns the participation's id.
     */
    public UUID participation(UUID offeringId, UUID staffMember, @Nullable UUID institution, String status) {
        UUID id = UUID.randomUUID();
        Tenancy.runAs(Integer.toString(kommune), () -> jdbc.sql("""
                        insert into participation (id, kommune_code, offering, staff_member, institution, status, queued_at, seated_at)
                        values (:id, :k, :o, :s, :i, :status, now(), case when :status = 'ENROLLED' then now() end)
                        """)
                .param("id", id)
                .param("k", kommune)
                .param("o", offeringId)
                .param("s", staffMember)
                .param("i", institution)
                .param("status", status)
                .update());
        return id;
    }
}
