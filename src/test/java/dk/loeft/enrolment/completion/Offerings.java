package dk.loeft.enrolment.completion;

import dk.loeft.catalog.CourseSession;
import dk.loeft.catalog.Delivery;
import dk.loeft.catalog.Format;
import dk.loeft.catalog.Offering;
import dk.loeft.catalog.OfferingKind;
import dk.loeft.catalog.OfferingModule;
import dk.loeft.catalog.OfferingStatus;
import dk.loeft.enrolment.Outcome;
import dk.loeft.enrolment.Participation;
import dk.loeft.enrolment.ParticipationStatus;
import dk.loeft.plan.InitiativeKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Offerings and participations as plain values, for the unit tests of the rules. */
final class Offerings {

    private Offerings() {}

    static Offering offering(
            OfferingKind kind, @Nullable InitiativeKind programme, LocalDate start, List<OfferingModule> modules) {
        return new Offering(
                UUID.randomUUID(),
                260,
                UUID.randomUUID(),
                "Professionshøjskolen",
                "Forløb",
                kind,
                programme,
                null,
                false,
                Delivery.PLACE,
                "",
                start,
                start.plusMonths(3),
                null,
                null,
                20,
                0,
                0,
                Set.of(),
                "",
                "",
                Format.NONE,
                modules,
                List.<CourseSession>of(),
                Map.of(),
                OfferingStatus.PUBLISHED,
                1);
    }

    static Offering diplomaModule(LocalDate start, int ects) {
        return offering(
                OfferingKind.DIPLOMA_MODULE,
                InitiativeKind.DIPLOMA_MODULE,
                start,
                List.of(new OfferingModule("Pædagogisk viden og forskning", ects)));
    }

    static Participation participation(Offering offering, ParticipationStatus status, @Nullable Outcome outcome) {
        return new Participation(
                UUID.randomUUID(),
                260,
                offering.id(),
                UUID.randomUUID(),
                null,
                null,
                status,
                Instant.parse("2026-01-01T08:00:00Z"),
                Instant.parse("2026-01-02T08:00:00Z"),
                status == ParticipationStatus.CANCELLED ? Instant.parse("2026-01-03T08:00:00Z") : null,
                null,
                false,
                outcome,
                outcome == null ? null : offering.startDate().plusDays(10),
                null,
                0,
                0);
    }
}
