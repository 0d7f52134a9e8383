package dk.loeft.catalog.web;

import dk.loeft.catalog.CourseSession;
import dk.loeft.catalog.Delivery;
import dk.loeft.catalog.Offering;
import dk.loeft.catalog.OfferingKind;
import dk.loeft.catalog.OfferingModule;
import dk.loeft.plan.InitiativeKind;
import dk.loeft.staff.StaffRole;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The offering form: its facts, and modules, sessions and quotas as repeated rows (parallel lists,
 * one entry per row; blank rows are ignored). Price in kroner and hours with a decimal comma, as
 * typed.
 */
record OfferingForm(
        @NotNull(message = "{catalog.form.provider.required}") @Nullable
        UUID providerId,

        @NotBlank(message = "{catalog.form.title.required}") @Size(max = 200, message = "{catalog.form.size}") @Nullable
        String title,

        @NotNull(message = "{catalog.form.kind.required}") @Nullable
        OfferingKind kind,

        @Nullable InitiativeKind programme,
        @Nullable UUID planInitiative,
        @Nullable Boolean tailored,

        @NotNull(message = "{catalog.form.delivery.required}") @Nullable
        Delivery delivery,

        @Size(max = 200, message = "{catalog.form.size}") @Nullable
        String place,

        @NotNull(message = "{catalog.form.startDate.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate startDate,

        @NotNull(message = "{catalog.form.endDate.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate endDate,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate applicationDeadline,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate cancellationDeadline,

        @NotNull(message = "{catalog.form.capacity.required}")
        @Min(value = 1, message = "{catalog.error.capacity}")
        @Max(value = 10000, message = "{catalog.form.capacity.max}")
        @Nullable
        Integer capacity,

        @Min(value = 0, message = "{catalog.error.minimum}") @Nullable
        Integer minimumParticipants,

        @Nullable String price,
        @Nullable Set<StaffRole> targetRoles,

        @Size(max = 300, message = "{catalog.form.size}") @Nullable
        String targetGroup,

        @Size(max = 4000, message = "{catalog.form.size}") @Nullable
        String description,

        @Min(value = 0, message = "{catalog.form.count}") @Max(value = 100, message = "{catalog.form.count}") @Nullable
        Integer learningDays,

        @Nullable String hoursPerLearningDay,

        @Min(value = 0, message = "{catalog.form.count}")
        @Max(value = 10000, message = "{catalog.form.count}")
        @Nullable
        Integer teachingHours,

        @Min(value = 0, message = "{catalog.form.count}") @Max(value = 100, message = "{catalog.form.count}") @Nullable
        Integer supervisions,

        @Nullable Boolean exam,
        @Nullable Boolean completionDocument,
        @Nullable List<String> moduleName,
        @Nullable List<String> moduleEcts,
        @Nullable List<String> sessionId,
        @Nullable List<String> sessionDate,
        @Nullable List<String> sessionFrom,
        @Nullable List<String> sessionTo,
        @Nullable List<String> sessionPlace,
        @Nullable List<String> sessionTitle,
        @Nullable List<String> quotaInstitution,
        @Nullable List<String> quotaSeats,
        @Nullable Integer version) {

    static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    static OfferingForm empty() {
        return new OfferingForm(
                null,
                null,
                null,
                null,
                null,
                false,
                Delivery.PLACE,
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                "0",
                Set.of(),
                null,
                null,
                0,
                "0",
                0,
                0,
                false,
                true,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null);
    }

    static OfferingForm of(Offering o) {
        List<String> ids = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        List<String> from = new ArrayList<>();
        List<String> to = new ArrayList<>();
        List<String> places = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (CourseSession s : o.sessions()) {
            ids.add(s.id().toString());
            dates.add(s.startsAt().atZone(DANISH).toLocalDate().toString());
            from.add(TIME.format(s.startsAt().atZone(DANISH)));
            to.add(TIME.format(s.endsAt().atZone(DANISH)));
            places.add(s.place());
            titles.add(s.title());
        }
        List<Map.Entry<UUID, Integer>> quotas = o.quotas().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .toList();
        return new OfferingForm(
                o.providerId(),
                o.title(),
                o.kind(),
                o.programme(),
                o.planInitiative(),
                o.tailored(),
                o.delivery(),
                o.place(),
                o.startDate(),
                o.endDate(),
                o.applicationDeadline(),
                o.cancellationDeadline(),
                o.capacity(),
                o.minimumParticipants(),
                Kroner.text(o.priceOere()),
                o.targetRoles(),
                o.targetGroup(),
                o.description(),
                o.format().learningDays(),
                Kroner.decimal(o.format().hoursPerLearningDay()),
                o.format().teachingHours(),
                o.format().supervisions(),
                o.format().exam(),
                o.format().completionDocument(),
                o.modules().stream().map(OfferingModule::name).toList(),
                o.modules().stream().map(m -> Integer.toString(m.ects())).toList(),
                ids,
                dates,
                from,
                to,
                places,
                titles,
                quotas.stream().map(e -> e.getKey().toString()).toList(),
                quotas.stream().map(e -> e.getValue().toString()).toList(),
                o.version());
    }

    /** Row {@code i} of a repeated field, blank when the list is shorter. */
    static String at(@Nullable List<String> list, int i) {
        if (list == null || i >= list.size() || list.get(i) == null) {
            return "";
        }
        return list.get(i).strip();
    }

    static int rows(@Nullable List<?>... lists) {
        int rows = 0;
        for (List<?> list : lists) {
            rows = Math.max(rows, list == null ? 0 : list.size());
        }
        return rows;
    }
}
