package dk.loeft.catalog.api;

import dk.loeft.catalog.Cancellation;
import dk.loeft.catalog.Delivery;
import dk.loeft.catalog.DemandOperator;
import dk.loeft.catalog.Figure;
import dk.loeft.catalog.Format;
import dk.loeft.catalog.FrameworkAttribute;
import dk.loeft.catalog.FrameworkCheck;
import dk.loeft.catalog.Offering;
import dk.loeft.catalog.OfferingDetails;
import dk.loeft.catalog.OfferingKind;
import dk.loeft.catalog.OfferingModule;
import dk.loeft.catalog.ProviderKind;
import dk.loeft.plan.InitiativeKind;
import dk.loeft.staff.StaffRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The records the catalogue API takes and gives. */
final class CatalogApiModels {

    private CatalogApiModels() {}

    /** A provider as created or changed; a change carries the version last read (409 if stale). */
    record ProviderRequest(
            @Nullable Integer version,

            @NotBlank(message = "{api.validation.required}") @Size(max = 200, message = "{api.validation.size.max}")
            String name,

            @NotBlank(message = "{api.validation.required}") String kind,

            @Nullable @Email(message = "{catalog.api.email}") @Size(max = 200, message = "{api.validation.size.max}")
            String email) {

        ProviderKind providerKind() {
            return CatalogApiModels.parse(ProviderKind.class, kind);
        }
    }

    record ModuleRequest(
            @NotBlank(message = "{api.validation.required}") @Size(max = 200, message = "{api.validation.size.max}")
            String name,

            @Min(value = 1, message = "{catalog.api.min}") @Max(value = 60, message = "{catalog.api.max}")
            int ects) {}

    /** A session: with the id of an existing one to keep it (and its attendance) on a change. */
    record SessionRequest(
            @Nullable UUID id,
            @NotNull(message = "{api.validation.required}") Instant startsAt,
            @NotNull(message = "{api.validation.required}") Instant endsAt,

            @Nullable @Size(max = 200, message = "{api.validation.size.max}")
            String place,

            @Nullable @Size(max = 200, message = "{api.validation.size.max}")
            String title) {}

    /** An offering as created or changed; money in øre, hours as a decimal number. */
    record OfferingRequest(
            @Nullable Integer version,
            @NotNull(message = "{api.validation.required}") UUID providerId,

            @NotBlank(message = "{api.validation.required}") @Size(max = 200, message = "{api.validation.size.max}")
            String title,

            @NotBlank(message = "{api.validation.required}") String kind,
            @Nullable InitiativeKind programme,
            @Nullable UUID planInitiative,
            @Nullable Boolean tailored,
            @NotNull(message = "{api.validation.required}") Delivery delivery,

            @Nullable @Size(max = 200, message = "{api.validation.size.max}")
            String place,

            @NotNull(message = "{api.validation.required}") LocalDate startDate,
            @NotNull(message = "{api.validation.required}") LocalDate endDate,
            @Nullable LocalDate applicationDeadline,
            @Nullable LocalDate cancellationDeadline,

            @NotNull(message = "{api.validation.required}")
            @Min(value = 1, message = "{catalog.api.min}")
            @Max(value = 10000, message = "{catalog.api.max}")
            Integer capacity,

            @Nullable @Min(value = 0, message = "{catalog.api.min}")
            Integer minimumParticipants,

            @Nullable @Min(value = 0, message = "{catalog.api.min}")
            Long priceOere,

            @Nullable Set<StaffRole> targetRoles,

            @Nullable @Size(max = 300, message = "{api.validation.size.max}")
            String targetGroup,

            @Nullable @Size(max = 4000, message = "{api.validation.size.max}")
            String description,

            @Nullable @Min(value = 0, message = "{catalog.api.min}")
            Integer learningDays,

            @Nullable
            @DecimalMin(value = "0", message = "{catalog.api.min}")
            @DecimalMax(value = "24", message = "{catalog.api.max}")
            BigDecimal hoursPerLearningDay,

            @Nullable @Min(value = 0, message = "{catalog.api.min}")
            Integer teachingHours,

            @Nullable @Min(value = 0, message = "{catalog.api.min}")
            Integer supervisions,

            @Nullable Boolean exam,
            @Nullable Boolean completionDocument,
            @Nullable List<@Valid ModuleRequest> modules,
            @Nullable List<@Valid SessionRequest> sessions,
            @Nullable Map<UUID, Integer> quotas) {

        OfferingDetails details() {
            return new OfferingDetails(
                    providerId,
                    title,
                    CatalogApiModels.parse(OfferingKind.class, kind),
                    programme,
                    planInitiative,
                    Boolean.TRUE.equals(tailored),
                    delivery,
                    place == null ? "" : place,
                    startDate,
                    endDate,
                    applicationDeadline,
                    cancellationDeadline,
                    capacity,
                    minimumParticipants == null ? 0 : minimumParticipants,
                    priceOere == null ? 0 : priceOere,
                    targetRoles == null ? Set.of() : targetRoles,
                    targetGroup == null ? "" : targetGroup,
                    description == null ? "" : description,
                    new Format(
                            learningDays == null ? 0 : learningDays,
                            hoursPerLearningDay == null ? BigDecimal.ZERO : hoursPerLearningDay,
                            teachingHours == null ? 0 : teachingHours,
                            supervisions == null ? 0 : supervisions,
                            Boolean.TRUE.equals(exam),
                            Boolean.TRUE.equals(completionDocument)),
                    modules == null
                            ? List.of()
                            : modules.stream()
                                    .map(m -> new OfferingModule(m.name(), m.ects()))
                                    .toList(),
                    sessions == null
                            ? List.of()
                            : sessions.stream()
                                    .map(s -> new OfferingDetails.NewSession(
                                            s.id(),
                                            s.startsAt(),
                                            s.endsAt(),
                                            s.place() == null ? "" : s.place(),
                                            s.title() == null ? "" : s.title()))
                                    .toList(),
                    quotas == null ? Map.of() : quotas);
        }

        int requiredVersion() {
            return Objects.requireNonNull(version);
        }
    }

    record VersionRequest(
            @NotNull(message = "{api.validation.version}") Integer version) {}

    /** The reason is required; a blank one is refused with the catalogue's Danish message. */
    record CancelRequest(
            @NotNull(message = "{api.validation.version}") Integer version,

            @Nullable @Size(max = 1000, message = "{api.validation.size.max}")
            String reason) {}

    /** The frames to check the offering against; an empty list removes them all. */
    record FrameworksRequest(@Nullable List<UUID> frameworkIds) {}

    /** An enum constant by name; an unknown one is refused in Danish. */
    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            throw new dk.loeft.platform.RuleViolationException("catalog.api.unknownValue", name);
        }
    }

    /** An offering with, if it was cancelled, why and when. */
    record OfferingResponse(
            Offering offering, int ects, @Nullable Cancellation cancellation) {

        static OfferingResponse of(Offering offering, @Nullable Cancellation cancellation) {
            return new OfferingResponse(offering, offering.ects(), cancellation);
        }
    }

    /** One demand of a frame checked: what it asks, the offering's own figure, and whether it is met. */
    record DemandResult(
            String code,
            String label,
            FrameworkAttribute attribute,
            DemandOperator operator,
            String value,
            BigDecimal tolerance,
            String source,
            Object actual,
            boolean met) {}

    record CheckResponse(
            UUID frameworkId, String frameworkCode, String frameworkName, boolean allMet, List<DemandResult> demands) {

        static CheckResponse of(FrameworkCheck check) {
            return new CheckResponse(
                    check.framework().id(),
                    check.framework().code(),
                    check.framework().name(),
                    check.allMet(),
                    check.results().stream()
                            .map(r -> new DemandResult(
                                    r.demand().code(),
                                    r.demand().label(),
                                    r.demand().attribute(),
                                    r.demand().operator(),
                                    r.demand().value(),
                                    r.demand().tolerance(),
                                    r.demand().source(),
                                    value(r.actual()),
                                    r.met()))
                            .toList());
        }

        /** The figure as plain JSON: a number, a list of numbers (per module), true/false, or a list of codes. */
        private static Object value(Figure figure) {
            return switch (figure) {
                case Figure.Numbers n -> n.values().size() == 1 ? n.values().getFirst() : n.values();
                case Figure.Flag f -> f.value();
                case Figure.Codes c -> c.values().stream().sorted().toList();
            };
        }
    }
}
