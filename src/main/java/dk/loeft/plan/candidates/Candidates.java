package dk.loeft.plan.candidates;

import dk.loeft.coverage.CoverageService;
import dk.loeft.coverage.InstitutionCoverage;
import dk.loeft.coverage.KommuneCoverage;
import dk.loeft.plan.InitiativeKind;
import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.Paged;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.staff.Employment;
import dk.loeft.staff.StaffMember;
import dk.loeft.staff.StaffService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidates for a track on a date and the nominations made from them. The forvaltning sees and
 * nominates the whole kommune, a leader only the staff of their own institutions (the coverage and
 * staff queries are scoped so); økonomi, staff members and the ministry have no access. Candidates
 * are ranked so the institutions furthest below the kommune's coverage target come first.
 */
@Service
@Transactional(readOnly = true)
public class Candidates {

    private final CoverageService coverage;
    private final StaffService staff;
    private final NominationRepository nominations;
    private final JdbcClient jdbc;
    private final Clock clock;

    Candidates(
            CoverageService coverage,
            StaffService staff,
            NominationRepository nominations,
            JdbcClient jdbc,
            Clock clock) {
        this.coverage = coverage;
        this.staff = staff;
        this.nominations = nominations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * One page of the staff employed on the date in the reader's dagtilbud, ranked by their
     * institution's gap below the coverage target (largest first), then by name: only the eligible,
     * or everyone with the conditions they do not meet.
     */
    public Paged<Candidate> candidates(InitiativeKind track, LocalDate on, boolean eligibleOnly, Paged.Request page) {
        LoeftUser user = requireNominator();
        requireTrack(track);
        KommuneCoverage kommune = coverage.coverageOn(user.kommuneCode(), on);
        Map<UUID, InstitutionCoverage> dagtilbud = kommune.dagtilbud().stream()
                .collect(Collectors.toMap(InstitutionCoverage::institutionId, Function.identity()));
        Map<UUID, UUID> nominated = standing(track);
        List<Candidate> all = staff.employedAt(dagtilbud.keySet(), on).stream()
                .map(person -> candidate(person, track, on, dagtilbud, kommune.target(), nominated))
                .flatMap(Optional::stream)
                .filter(c -> !eligibleOnly || c.eligibility().eligible())
                .sorted(Comparator.comparing(Candidate::gap)
                        .reversed()
                        .thenComparing(Candidate::institutionName)
                        .thenComparing(Candidate::name)
                        .thenComparing(Candidate::employeeNumber))
                .toList();
        int from = Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return new Paged<>(all.subList(from, to), page.page(), page.size(), all.size());
    }

    private static Optional<Candidate> candidate(
            StaffMember person,
            InitiativeKind track,
            LocalDate on,
            Map<UUID, InstitutionCoverage> dagtilbud,
            BigDecimal target,
            Map<UUID, UUID> nominated) {
        return person.employments().stream()
                .filter(e -> e.isActiveOn(on))
                .map(Employment::institutionId)
                .map(dagtilbud::get)
                .filter(Objects::nonNull)
                .max(Comparator.comparing((InstitutionCoverage i) -> gap(i, target))
                        .thenComparing(InstitutionCoverage::name, Comparator.reverseOrder()))
                .map(institution -> new Candidate(
                        person.id(),
                        person.employeeNumber(),
                        person.name(),
                        person.role(),
                        person.ageOn(on),
                        person.experienceMonthsOn(on),
                        institution.institutionId(),
                        institution.name(),
                        institution.coverage().share(),
                        gap(institution, target),
                        EligibilityRules.assess(track, person, on),
                        nominated.get(person.id())));
    }

    /** How far the institution's coverage is below the target, as a share; 0 when met or without staff. */
    static BigDecimal gap(InstitutionCoverage institution, BigDecimal target) {
        BigDecimal share = institution.coverage().share();
        return share == null || share.compareTo(target) >= 0 ? BigDecimal.ZERO : target.subtract(share);
    }

    /** The standing nominations the reader may see, newest first. */
    public List<NominationView> nominations() {
        LoeftUser user = requireNominator();
        return jdbc.sql("""
                        select n.id, n.staff_member, s.employee_number, s.name, n.track, n.initiative, n.note,
                               n.nominated_by, n.nominated_at, n.version
                          from plan_nomination n
                          join staff_member s on s.id = n.staff_member
                         where n.kommune_code = :kommune and n.status = 'NOMINATED'
                           and (:leader = false or exists (
                                select 1 from employment e
                                 where e.staff_member = n.staff_member and e.institution_id in (:own)
                                   and e.start_date <= :today and (e.end_date is null or e.end_date >= :today)))
                         order by n.nominated_at desc, s.name""")
                .param("kommune", user.kommuneCode())
                .param("leader", user.is(Role.LEADER))
                .param("own", own(user))
                .param("today", today())
                .query((rs, n) -> new NominationView(
                        rs.getObject("id", UUID.class),
                        rs.getObject("staff_member", UUID.class),
                        rs.getString("employee_number"),
                        rs.getString("name"),
                        InitiativeKind.valueOf(rs.getString("track")),
                        rs.getObject("initiative", UUID.class),
                        rs.getString("note"),
                        rs.getString("nominated_by"),
                        rs.getTimestamp("nominated_at").toInstant(),
                        rs.getInt("version")))
                .list();
    }

    /**
     * Nominates a person the reader may nominate for a track: someone of another kommune (or, for a
     * leader, not employed at their institutions today) is not found; a person already nominated for
     * the track is refused. Eligibility is not re-checked: the leader may know experience the
     * registry lacks, and the list shows it.
     */
    @Transactional
    public Nomination nominate(UUID staffId, InitiativeKind track, @Nullable UUID initiativeId, @Nullable String note) {
        LoeftUser user = requireNominator();
        requireTrack(track);
        StaffMember person = nominee(user, staffId);
        if (initiativeId != null) {
            initiative(initiativeId, track);
        }
        if (standing(track).containsKey(person.id())) {
            throw new RuleViolationException("plan.candidate.error.already", person.name());
        }
        try {
            return nominations.save(Nomination.of(
                    user.kommuneCode(), person.id(), track, initiativeId, note, user.getUsername(), clock.instant()));
        } catch (DuplicateKeyException e) {
            throw new RuleViolationException("plan.candidate.error.already", person.name());
        }
    }

    /**
     * The name of the initiative whose seats a nomination fills: an initiative of the track in the
     * newest version of one of the reader's kommune's plans; anything else (another kommune's, a
     * removed one, a forged id) is not found.
     */
    public String initiative(UUID initiativeId, InitiativeKind track) {
        LoeftUser user = requireNominator();
        return jdbc.sql("""
                        select i.name from plan_initiative i
                          join plan_version v on v.id = i.version_id
                         where i.id = :initiative and i.kommune_code = :k and i.kind = :kind
                           and v.version_no = (select max(l.version_no) from plan_version l where l.plan_id = v.plan_id)
                         limit 1""")
                .param("initiative", initiativeId)
                .param("k", user.kommuneCode())
                .param("kind", track.name())
                .query(String.class)
                .optional()
                .orElseThrow(NotFoundException::new);
    }

    /** Standing nominations per initiative of the reader's kommune: how many seats the list has filled. */
    public Map<UUID, Integer> nominatedPerInitiative() {
        LoeftUser user = Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
        if (user.isNational() || user.is(Role.STAFF)) {
            return Map.of();
        }
        return jdbc
                .sql("""
                        select initiative, count(*) as n from plan_nomination
                         where kommune_code = :k and initiative is not null and status = 'NOMINATED'
                         group by initiative""")
                .param("k", user.kommuneCode())
                .query((rs, n) -> Map.entry(rs.getObject("initiative", UUID.class), rs.getInt("n")))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Withdraws a standing nomination the reader may see; a stale version is a conflict. */
    @Transactional
    public Nomination withdraw(UUID nominationId, int expectedVersion) {
        LoeftUser user = requireNominator();
        Nomination nomination = nominations
                .findById(nominationId)
                .filter(n -> n.kommuneCode() == user.kommuneCode())
                .orElseThrow(NotFoundException::new);
        nominee(user, nomination.staffMember());
        nomination.withdraw(expectedVersion, user.getUsername(), clock.instant());
        return nominations.save(nomination);
    }

    /** The person, if the reader may nominate them: in the kommune, and for a leader at their own institution today. */
    private StaffMember nominee(LoeftUser user, UUID staffId) {
        StaffMember person = staff.get(staffId);
        if (person.kommuneCode() != user.kommuneCode()) {
            throw new NotFoundException();
        }
        if (user.is(Role.LEADER)
                && person.employments().stream()
                        .noneMatch(e ->
                                e.isActiveOn(today()) && user.institutionIds().contains(e.institutionId()))) {
            throw new AccessDeniedException("Lederen kan kun indstille medarbejdere fra egne institutioner");
        }
        return person;
    }

    /** The name of a person the reader may see. */
    public String staffName(UUID staffId) {
        return staff.get(staffId).name();
    }

    /** Staff id to nomination id of the standing nominations for the track in the kommune. */
    private Map<UUID, UUID> standing(InitiativeKind track) {
        return jdbc
                .sql("""
                        select staff_member, id from plan_nomination
                         where kommune_code = :kommune and track = :track and status = 'NOMINATED'""")
                .param("kommune", currentUser().kommuneCode())
                .param("track", track.name())
                .query((rs, n) -> Map.entry(rs.getObject("staff_member", UUID.class), rs.getObject("id", UUID.class)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static List<UUID> own(LoeftUser user) {
        return user.institutionIds().isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(user.institutionIds());
    }

    private static void requireTrack(InitiativeKind track) {
        if (!EligibilityRules.TRACKS.contains(track)) {
            throw new RuleViolationException("plan.candidate.error.track");
        }
    }

    /** The forvaltning and leaders nominate; økonomi, staff members and the ministry do not. */
    private static LoeftUser requireNominator() {
        LoeftUser user = currentUser();
        if (!user.is(Role.KOMMUNE_ADMIN) && !user.is(Role.LEADER)) {
            throw new AccessDeniedException("Kun forvaltningen og ledere ser kandidater");
        }
        return user;
    }

    private static LoeftUser currentUser() {
        return Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
    }
}
