package dk.loeft.catalog;

import dk.loeft.institution.Institution;
import dk.loeft.institution.InstitutionService;
import dk.loeft.plan.InitiativeKind;
import dk.loeft.plan.PlanVersionSummary;
import dk.loeft.plan.PlanVersions;
import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.staff.StaffRole;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kommune's catalogue: providers and offerings. An offering is drafted by the forvaltning
 * (kommune admin), published (staff may apply) and may be cancelled (aflyst) with a reason. Everyone
 * in the kommune reads published and cancelled offerings; drafts only the forvaltning (and the
 * ministry). Reads are scoped by row-level security; every edit names the version it was made on.
 */
@Service
public class Catalog {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final InstitutionService institutions;
    private final PlanVersions plans;
    private final ApplicationEventPublisher events;

    Catalog(
            JdbcClient jdbc,
            Clock clock,
            InstitutionService institutions,
            PlanVersions plans,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.institutions = institutions;
        this.plans = plans;
        this.events = events;
    }

    // ---- providers

    @Transactional
    public Provider createProvider(String name, ProviderKind kind, @Nullable String email) {
        int kommune = editorKommune();
        String trimmed = providerName(kommune, name, null);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into provider (id, kommune_code, name, kind, email, created_at)
                values (:id, :k, :name, :kind, :email, :now)
                """)
                .param("id", id)
                .param("k", kommune)
                .param("name", trimmed)
                .param("kind", kind.name())
                .param("email", email == null || email.isBlank() ? null : email.trim())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return provider(id);
    }

    /** Changes a provider's name, kind and e-mail. */
    @Transactional
    public Provider updateProvider(
            UUID id, int expectedVersion, String name, ProviderKind kind, @Nullable String email) {
        int kommune = editorKommune();
        provider(id);
        String trimmed = providerName(kommune, name, id);
        int changed = jdbc.sql("""
                update provider set name = :name, kind = :kind, email = :email, version = version + 1
                 where id = :id and version = :version
                """)
                .param("id", id)
                .param("version", expectedVersion)
                .param("name", trimmed)
                .param("kind", kind.name())
                .param("email", email == null || email.isBlank() ? null : email.trim())
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("Provider " + id + " was changed by someone else");
        }
        return provider(id);
    }

    private String providerName(int kommune, String name, @Nullable UUID self) {
        String trimmed = name.trim();
        if (trimmed.isEmpty()) {
            throw new RuleViolationException("catalog.error.providerName");
        }
        boolean taken = jdbc.sql("""
                select exists (select 1 from provider where kommune_code = :k and name = :n
                                  and (cast(:self as uuid) is null or id <> :self))""")
                .param("k", kommune)
                .param("n", trimmed)
                .param("self", self)
                .query(Boolean.class)
                .single();
        if (taken) {
            throw new RuleViolationException("catalog.error.providerTaken", trimmed);
        }
        return trimmed;
    }

    public Provider provider(UUID id) {
        return jdbc.sql("select id, kommune_code, name, kind, email, version from provider where id = :id")
                .param("id", id)
                .query(Catalog::provider)
                .optional()
                .orElseThrow(NotFoundException::new);
    }

    /** The providers the signed-in user's kommune (or, for the ministry, every kommune) has. */
    public List<Provider> providers() {
        return jdbc.sql("select id, kommune_code, name, kind, email, version from provider order by name")
                .query(Catalog::provider)
                .list();
    }

    // ---- offerings

    /** Creates a draft offering. */
    @Transactional
    public Offering create(OfferingDetails details) {
        int kommune = editorKommune();
        validate(details);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into offering (id, kommune_code, provider_id, title, kind, delivery, start_date, end_date,
                                      capacity, status, changed_by, changed_at)
                values (:id, :k, :provider, :title, :kind, :delivery, :start, :end, :capacity, 'DRAFT', :by, :now)
                """)
                .param("id", id)
                .param("k", kommune)
                .param("provider", details.providerId())
                .param("title", details.title().trim())
                .param("kind", details.kind().name())
                .param("delivery", details.delivery().name())
                .param("start", details.startDate())
                .param("end", details.endDate())
                .param("capacity", details.capacity())
                .param("by", actor())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        write(id, 0, details, false);
        writeParts(id, kommune, details);
        return offering(id);
    }

    /**
     * Changes a draft or published offering: its facts, modules, sessions (a session that keeps its
     * id keeps its attendance) and quotas. A cancelled offering is not changed.
     */
    @Transactional
    public Offering update(UUID id, int expectedVersion, OfferingDetails details) {
        int kommune = editorKommune();
        Offering current = offering(id);
        if (current.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("Offering " + id + " was changed by someone else");
        }
        if (current.status() == OfferingStatus.CANCELLED) {
            throw new RuleViolationException("catalog.error.cancelled");
        }
        validate(details);
        Set<UUID> known = current.sessions().stream().map(CourseSession::id).collect(Collectors.toSet());
        if (details.sessions().stream().anyMatch(s -> s.id() != null && !known.contains(s.id()))) {
            throw new RuleViolationException("catalog.error.sessionUnknown");
        }
        write(id, expectedVersion, details, true);
        Set<UUID> kept = details.sessions().stream()
                .map(OfferingDetails.NewSession::id)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        jdbc.sql("delete from offering_module where offering = :o")
                .param("o", id)
                .update();
        jdbc.sql("delete from offering_quota where offering = :o")
                .param("o", id)
                .update();
        for (UUID gone : known) {
            if (!kept.contains(gone)) {
                jdbc.sql("delete from offering_session where offering = :o and id = :id")
                        .param("o", id)
                        .param("id", gone)
                        .update();
            }
        }
        writeParts(id, kommune, details);
        return offering(id);
    }

    /** Cancels (aflyser) a draft or published offering, with a reason its participants are told. */
    @Transactional
    public Offering cancel(UUID id, int expectedVersion, String reason) {
        int kommune = editorKommune();
        Offering offering = offering(id);
        if (offering.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("Offering " + id + " was changed by someone else");
        }
        if (offering.status() == OfferingStatus.CANCELLED) {
            throw new RuleViolationException("catalog.error.cancelled");
        }
        if (reason.isBlank()) {
            throw new RuleViolationException("catalog.error.cancelReason");
        }
        jdbc.sql("""
                update offering set status = 'CANCELLED', cancelled_at = :now, cancelled_by = :by,
                       cancel_reason = :reason, changed_by = :by, changed_at = :now, version = version + 1
                 where id = :id and version = :version
                """)
                .param("id", id)
                .param("version", expectedVersion)
                .param("by", actor())
                .param("reason", reason.trim())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new OfferingCancelled(id, kommune, offering.title(), reason.trim()));
        return offering(id);
    }

    /** Why and when the offering was cancelled, if it was. */
    public Optional<Cancellation> cancellation(UUID id) {
        offering(id);
        return jdbc.sql(
                        "select cancel_reason, cancelled_at, cancelled_by from offering where id = :id and cancelled_at is not null")
                .param("id", id)
                .query((rs, n) -> new Cancellation(
                        rs.getString("cancel_reason"),
                        rs.getTimestamp("cancelled_at").toInstant(),
                        rs.getString("cancelled_by")))
                .optional();
    }

    /**
     * The initiatives of the kommune's plans (the newest version of each plan) an offering can be
     * linked to; initiative ids are stable across versions. Empty for those who do not read plans.
     */
    public List<PlanInitiative> planInitiatives() {
        LoeftUser user = Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
        if (user.is(Role.STAFF) || user.isNational()) {
            return List.of();
        }
        Map<UUID, PlanInitiative> found = new LinkedHashMap<>();
        Set<UUID> seenPlans = new java.util.HashSet<>();
        for (PlanVersionSummary version : plans.versionsOf(user.kommuneCode())) {
            if (seenPlans.add(version.planId())) {
                plans.content(version.planId(), version.versionNo())
                        .initiatives()
                        .forEach(i -> found.putIfAbsent(
                                i.id(), new PlanInitiative(i.id(), i.name(), i.kind(), version.title())));
            }
        }
        return List.copyOf(found.values());
    }

    /** Writes an offering's own facts under the lock it was read with; an edit (bump) counts as a new version. */
    private void write(UUID id, int expectedVersion, OfferingDetails details, boolean bump) {
        int changed = jdbc.sql("""
                update offering set provider_id = :provider, title = :title, kind = :kind, programme = :programme,
                       plan_initiative = :initiative, tailored = :tailored, delivery = :delivery, place = :place,
                       start_date = :start, end_date = :end, application_deadline = :applicationDeadline,
                       cancellation_deadline = :cancellationDeadline, capacity = :capacity,
                       minimum_participants = :minimum, price_oere = :price, target_roles = string_to_array(:roles, ','),
                       target_group = :targetGroup, description = :description, learning_days = :learningDays,
                       hours_per_learning_day = :hoursPerDay, teaching_hours = :teachingHours,
                       supervisions = :supervisions, exam = :exam, completion_document = :completionDocument,
                       changed_by = :by, changed_at = :now, version = version + case when :bump then 1 else 0 end
                 where id = :id and version = :version
                """)
                .param("id", id)
                .param("version", expectedVersion)
                .param("bump", bump)
                .param("provider", details.providerId())
                .param("title", details.title().trim())
                .param("kind", details.kind().name())
                .param(
                        "programme",
                        details.programme() == null ? null : details.programme().name())
                .param("initiative", details.planInitiative())
                .param("tailored", details.tailored())
                .param("delivery", details.delivery().name())
                .param("place", details.place().trim())
                .param("start", details.startDate())
                .param("end", details.endDate())
                .param("applicationDeadline", details.applicationDeadline())
                .param("cancellationDeadline", details.cancellationDeadline())
                .param("capacity", details.capacity())
                .param("minimum", details.minimumParticipants())
                .param("price", details.priceOere())
                .param(
                        "roles",
                        details.targetRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("targetGroup", details.targetGroup().trim())
                .param("description", details.description().trim())
                .param("learningDays", details.format().learningDays())
                .param("hoursPerDay", details.format().hoursPerLearningDay())
                .param("teachingHours", details.format().teachingHours())
                .param("supervisions", details.format().supervisions())
                .param("exam", details.format().exam())
                .param("completionDocument", details.format().completionDocument())
                .param("by", actor())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("Offering " + id + " was changed by someone else");
        }
    }

    /** Publishes a draft offering: from now on staff can apply for it. */
    @Transactional
    public Offering publish(UUID id, int expectedVersion) {
        editorKommune();
        Offering offering = offering(id);
        if (offering.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("Offering " + id + " was changed by someone else");
        }
        if (offering.status() != OfferingStatus.DRAFT) {
            throw new RuleViolationException("catalog.error.notDraft");
        }
        jdbc.sql("""
                update offering set status = 'PUBLISHED', published_at = :now, changed_at = :now, version = version + 1
                 where id = :id and version = :version
                """)
                .param("id", id)
                .param("version", expectedVersion)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return offering(id);
    }

    public Offering offering(UUID id) {
        List<Offering> found = offerings("where o.id = :id", Map.of("id", id));
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        return found.getFirst();
    }

    /** The given offerings that the signed-in user may see, in no particular order. */
    public List<Offering> offerings(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return offerings("where o.id in (:ids)", Map.of("ids", ids));
    }

    /** Every offering the signed-in user may see, newest start first. */
    public List<Offering> offerings() {
        return offerings(OfferingFilter.ALL);
    }

    /** The offerings the signed-in user may see that match the filter, newest start first. */
    public List<Offering> offerings(OfferingFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("status", filter.status() == null ? null : filter.status().name());
        params.put("kind", filter.kind() == null ? null : filter.kind().name());
        params.put("provider", filter.providerId());
        params.put("initiative", filter.planInitiative());
        return offerings("""
                where (cast(:status as text) is null or o.status = :status)
                  and (cast(:kind as text) is null or o.kind = :kind)
                  and (cast(:provider as uuid) is null or o.provider_id = :provider)
                  and (cast(:initiative as uuid) is null or o.plan_initiative = :initiative)""", params);
    }

    /** Drafts are the forvaltning's (and the ministry's) to see; others read published and cancelled offerings. */
    private static boolean seesDrafts() {
        return Tenancy.currentUser()
                .map(u -> u.is(Role.KOMMUNE_ADMIN) || u.isNational())
                .orElse(true);
    }

    private List<Offering> offerings(String where, Map<String, ?> params) {
        Map<UUID, Offering> rows = new LinkedHashMap<>();
        String drafts = seesDrafts() ? "" : " and o.status <> 'DRAFT'";
        jdbc.sql("""
                select o.*, p.name as provider_name
                  from offering o join provider p on p.id = o.provider_id
                """ + where + drafts + " order by o.start_date desc, o.title")
                .params(params)
                .query((rs, n) -> rows.put(rs.getObject("id", UUID.class), row(rs)))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<UUID> ids = rows.keySet();
        Map<UUID, List<OfferingModule>> modules = new HashMap<>();
        jdbc.sql("select offering, name, ects from offering_module where offering in (:ids) order by position")
                .param("ids", ids)
                .query((rs, n) -> modules.computeIfAbsent(rs.getObject("offering", UUID.class), k -> new ArrayList<>())
                        .add(new OfferingModule(rs.getString("name"), rs.getInt("ects"))))
                .list();
        Map<UUID, List<CourseSession>> sessions = new HashMap<>();
        jdbc.sql("""
                select offering, id, starts_at, ends_at, place, title from offering_session
                 where offering in (:ids) order by starts_at
                """)
                .param("ids", ids)
                .query((rs, n) -> sessions.computeIfAbsent(rs.getObject("offering", UUID.class), k -> new ArrayList<>())
                        .add(new CourseSession(
                                rs.getObject("id", UUID.class),
                                rs.getObject("offering", UUID.class),
                                rs.getTimestamp("starts_at").toInstant(),
                                rs.getTimestamp("ends_at").toInstant(),
                                rs.getString("place"),
                                rs.getString("title"))))
                .list();
        Map<UUID, Map<UUID, Integer>> quotas = new HashMap<>();
        jdbc.sql("select offering, institution, seats from offering_quota where offering in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> quotas.computeIfAbsent(rs.getObject("offering", UUID.class), k -> new HashMap<>())
                        .put(rs.getObject("institution", UUID.class), rs.getInt("seats")))
                .list();
        return rows.values().stream()
                .map(o -> o.withParts(
                        modules.getOrDefault(o.id(), List.of()),
                        sessions.getOrDefault(o.id(), List.of()),
                        quotas.getOrDefault(o.id(), Map.of())))
                .toList();
    }

    private void writeParts(UUID id, int kommune, OfferingDetails details) {
        int position = 0;
        for (OfferingModule module : details.modules()) {
            jdbc.sql(
                            "insert into offering_module (offering, position, kommune_code, name, ects) values (:o, :p, :k, :n, :e)")
                    .param("o", id)
                    .param("p", position++)
                    .param("k", kommune)
                    .param("n", module.name().trim())
                    .param("e", module.ects())
                    .update();
        }
        for (OfferingDetails.NewSession session : details.sessions()) {
            jdbc.sql("""
                    insert into offering_session (offering, id, kommune_code, starts_at, ends_at, place, title)
                    values (:o, :id, :k, :s, :e, :place, :title)
                    on conflict (offering, id) do update
                       set starts_at = excluded.starts_at, ends_at = excluded.ends_at,
                           place = excluded.place, title = excluded.title
                    """)
                    .param("o", id)
                    .param("id", session.id() == null ? UUID.randomUUID() : session.id())
                    .param("k", kommune)
                    .param("s", Timestamp.from(session.startsAt()))
                    .param("e", Timestamp.from(session.endsAt()))
                    .param("place", session.place().trim())
                    .param("title", session.title().trim())
                    .update();
        }
        for (Map.Entry<UUID, Integer> quota : details.quotas().entrySet()) {
            jdbc.sql("insert into offering_quota (offering, institution, kommune_code, seats) values (:o, :i, :k, :s)")
                    .param("o", id)
                    .param("i", quota.getKey())
                    .param("k", kommune)
                    .param("s", quota.getValue())
                    .update();
        }
    }

    private void validate(OfferingDetails d) {
        if (d.title().isBlank()) {
            throw new RuleViolationException("catalog.error.title");
        }
        if (d.endDate().isBefore(d.startDate())) {
            throw new RuleViolationException("catalog.error.endBeforeStart");
        }
        if (d.capacity() < 1) {
            throw new RuleViolationException("catalog.error.capacity");
        }
        if (d.minimumParticipants() < 0 || d.minimumParticipants() > d.capacity()) {
            throw new RuleViolationException("catalog.error.minimum");
        }
        if (d.priceOere() < 0) {
            throw new RuleViolationException("catalog.error.price");
        }
        if (d.applicationDeadline() != null && d.applicationDeadline().isAfter(d.startDate())) {
            throw new RuleViolationException("catalog.error.applicationDeadline");
        }
        for (OfferingDetails.NewSession s : d.sessions()) {
            if (!s.endsAt().isAfter(s.startsAt())) {
                throw new RuleViolationException("catalog.error.sessionTimes");
            }
        }
        for (OfferingModule m : d.modules()) {
            if (m.name().isBlank() || m.ects() < 1 || m.ects() > 60) {
                throw new RuleViolationException("catalog.error.module");
            }
        }
        int quotaSeats =
                d.quotas().values().stream().mapToInt(Integer::intValue).sum();
        if (d.quotas().values().stream().anyMatch(s -> s < 1) || quotaSeats > d.capacity()) {
            throw new RuleViolationException("catalog.error.quotas", d.capacity());
        }
        if (!d.quotas().isEmpty()) {
            Set<UUID> own = institutions.institutionsOf(editorKommune()).stream()
                    .map(Institution::id)
                    .collect(Collectors.toSet());
            if (!own.containsAll(d.quotas().keySet())) {
                throw new RuleViolationException("catalog.error.quotaInstitution");
            }
        }
        Provider provider = provider(d.providerId());
        if (d.tailored() && provider.kind() != ProviderKind.KOMMUNE) {
            throw new RuleViolationException("catalog.error.tailored");
        }
        if (d.planInitiative() != null
                && planInitiatives().stream().noneMatch(i -> i.id().equals(d.planInitiative()))) {
            throw new RuleViolationException("catalog.error.initiative");
        }
    }

    private static String actor() {
        return Tenancy.currentUser().map(LoeftUser::getUsername).orElse("system");
    }

    private static int editorKommune() {
        LoeftUser user = Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
        if (!user.is(Role.KOMMUNE_ADMIN)) {
            throw new AccessDeniedException("Kun forvaltningen i kommunen kan ændre kataloget");
        }
        return user.kommuneCode();
    }

    private static Provider provider(ResultSet rs, int n) throws SQLException {
        return new Provider(
                rs.getObject("id", UUID.class),
                rs.getInt("kommune_code"),
                rs.getString("name"),
                ProviderKind.valueOf(rs.getString("kind")),
                rs.getString("email"),
                rs.getInt("version"));
    }

    /** An offering's own row; its modules, sessions and quotas are read separately and added with {@link Offering#withParts}. */
    private static Offering row(ResultSet rs) throws SQLException {
        Array roles = rs.getArray("target_roles");
        String programme = rs.getString("programme");
        return new Offering(
                rs.getObject("id", UUID.class),
                rs.getInt("kommune_code"),
                rs.getObject("provider_id", UUID.class),
                rs.getString("provider_name"),
                rs.getString("title"),
                OfferingKind.valueOf(rs.getString("kind")),
                programme == null ? null : InitiativeKind.valueOf(programme),
                rs.getObject("plan_initiative", UUID.class),
                rs.getBoolean("tailored"),
                Delivery.valueOf(rs.getString("delivery")),
                rs.getString("place"),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                rs.getObject("application_deadline", LocalDate.class),
                rs.getObject("cancellation_deadline", LocalDate.class),
                rs.getInt("capacity"),
                rs.getInt("minimum_participants"),
                rs.getLong("price_oere"),
                Arrays.stream((String[]) roles.getArray())
                        .map(StaffRole::valueOf)
                        .collect(Collectors.toSet()),
                rs.getString("target_group"),
                rs.getString("description"),
                new Format(
                        rs.getInt("learning_days"),
                        rs.getBigDecimal("hours_per_learning_day"),
                        rs.getInt("teaching_hours"),
                        rs.getInt("supervisions"),
                        rs.getBoolean("exam"),
                        rs.getBoolean("completion_document")),
                List.of(),
                List.of(),
                Map.of(),
                OfferingStatus.valueOf(rs.getString("status")),
                rs.getInt("version"));
    }
}
