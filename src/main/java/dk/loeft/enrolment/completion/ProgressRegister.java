package dk.loeft.enrolment.completion;

import dk.loeft.catalog.Catalog;
import dk.loeft.catalog.Offering;
import dk.loeft.catalog.OfferingKind;
import dk.loeft.enrolment.Participation;
import dk.loeft.enrolment.ParticipationStatus;
import dk.loeft.enrolment.Participations;
import dk.loeft.plan.InitiativeKind;
import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.staff.StaffMember;
import dk.loeft.staff.StaffService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress (fremdrift) over long programmes: the forvaltning registers the parts a participant
 * has passed (a merit semester, credited or not; a PD module with its ECTS, which also goes into
 * the person's record); the person, their leader and the forvaltning see where it stands.
 */
@Service
@Transactional(readOnly = true)
public class ProgressRegister {

    private final Participations participations;
    private final Catalog catalog;
    private final StaffService staff;
    private final AttendanceRegister attendance;
    private final Completions completions;
    private final JdbcClient jdbc;
    private final Clock clock;

    ProgressRegister(
            Participations participations,
            Catalog catalog,
            StaffService staff,
            AttendanceRegister attendance,
            Completions completions,
            JdbcClient jdbc,
            Clock clock) {
        this.participations = participations;
        this.catalog = catalog;
        this.staff = staff;
        this.attendance = attendance;
        this.completions = completions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether an offering is a long programme whose parts are registered: merit, PAU or a whole PD. */
    public static boolean longProgramme(Offering offering) {
        return offering.kind() == OfferingKind.PROGRAMME
                || offering.programme() != null && offering.programme().longProgramme();
    }

    /** Whether an offering is on the PD track: a diploma module or a whole PD. */
    static boolean pdTrack(Offering offering) {
        return offering.kind() == OfferingKind.DIPLOMA_MODULE
                || offering.programme() == InitiativeKind.DIPLOMA_MODULE
                || offering.programme() == InitiativeKind.PD_WHOLE;
    }

    /** Registers a passed part of a seated participant's long programme. */
    @Transactional
    public ProgressPart add(UUID participationId, ProgressCommand command) {
        LoeftUser user = CompletionAccess.requireAdmin();
        Participation participation = participations.get(participationId);
        Offering offering = catalog.offering(participation.offeringId());
        if (participation.status() != ParticipationStatus.ENROLLED) {
            throw new RuleViolationException("enrolment.progress.error.notSeated");
        }
        if (!longProgramme(offering)) {
            throw new RuleViolationException("enrolment.progress.error.notLong");
        }
        String part = command.part().trim();
        if (part.isEmpty() || part.length() > 200) {
            throw new RuleViolationException("enrolment.progress.error.part");
        }
        if (command.ects() < 0 || command.ects() > CompletionRules.MAX_MODULE_ECTS) {
            throw new RuleViolationException("enrolment.progress.error.ects");
        }
        boolean merit = offering.programme() != null && offering.programme().merit();
        if (command.credited() && !merit) {
            throw new RuleViolationException("enrolment.progress.error.creditOnlyMerit");
        }
        if (offering.programme() == InitiativeKind.PD_WHOLE && command.ects() == 0) {
            throw new RuleViolationException("enrolment.progress.error.pdEcts");
        }
        LocalDate today = LocalDate.now(clock);
        if (command.passedOn().isAfter(today)) {
            throw new RuleViolationException("enrolment.progress.error.future");
        }
        if (command.passedOn().isBefore(offering.startDate())) {
            throw new RuleViolationException(
                    "enrolment.progress.error.beforeStart", CompletionRules.DANISH_DATE.format(offering.startDate()));
        }
        List<ProgressPart> parts = parts(List.of(participationId)).getOrDefault(participationId, List.of());
        if (parts.stream().anyMatch(p -> p.part().equalsIgnoreCase(part))) {
            throw new RuleViolationException("enrolment.progress.error.twice", part);
        }
        if (merit && parts.size() >= MeritProgress.SEMESTERS) {
            throw new RuleViolationException("enrolment.progress.error.allSemesters");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into participation_progress (id, participation, kommune_code, part, ects, passed_on, credited,
                                                    recorded_by, recorded_at)
                values (:id, :p, :k, :part, :ects, :on, :credited, :by, :now)
                """)
                .param("id", id)
                .param("p", participationId)
                .param("k", participation.kommuneCode())
                .param("part", part)
                .param("ects", command.ects())
                .param("on", command.passedOn())
                .param("credited", command.credited())
                .param("by", user.getUsername())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (pdTrack(offering) && command.ects() > 0) {
            StaffMember member = staff.get(participation.staffMember());
            staff.addDiplomaModule(member.id(), member.version(), part, command.ects(), command.passedOn());
        }
        return new ProgressPart(id, participationId, part, command.ects(), command.passedOn(), command.credited());
    }

    /** A participation in full, for whoever may see the person. */
    public ParticipationDetail participation(UUID participationId) {
        Participation participation = participations.get(participationId);
        StaffMember member = staff.get(participation.staffMember());
        Offering offering = catalog.offering(participation.offeringId());
        var marks = attendance.marksOf(participationId);
        List<ParticipationDetail.SessionLine> sessions = offering.sessions().stream()
                .map(s -> new ParticipationDetail.SessionLine(s, marks.get(s.id())))
                .toList();
        List<ProgressPart> parts = parts(List.of(participationId)).getOrDefault(participationId, List.of());
        ParticipationDetail.Recorded recorded = completions
                .currentEntry(participationId)
                .map(e -> new ParticipationDetail.Recorded(e.source(), e.recordedBy(), e.recordedAt()))
                .orElse(null);
        return new ParticipationDetail(
                participation,
                offering,
                member.name(),
                member.employeeNumber(),
                sessions,
                attendance.shareOf(participationId),
                recorded,
                parts,
                merit(offering, parts),
                longProgramme(offering));
    }

    /** One person's courses and progress, for whoever may see the person (the person, their leader, the forvaltning). */
    public PersonProgress ofPerson(UUID staffId) {
        StaffMember member = staff.get(staffId);
        List<Participation> own = participations.ofPerson(staffId).stream()
                .filter(Participation::seated)
                .toList();
        Map<UUID, Offering> offerings =
                catalog.offerings(own.stream().map(Participation::offeringId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(Offering::id, Function.identity()));
        List<UUID> ids = own.stream().map(Participation::id).toList();
        Map<UUID, AttendanceShare> shares = shares(ids);
        Map<UUID, List<ProgressPart>> parts = parts(ids);
        List<PersonProgress.CourseLine> courses = new ArrayList<>();
        List<PersonProgress.ProgrammeLine> programmes = new ArrayList<>();
        LocalDate pdStart = null;
        for (Participation participation : own) {
            Offering offering = offerings.get(participation.offeringId());
            if (offering == null) {
                continue;
            }
            courses.add(new PersonProgress.CourseLine(
                    participation, offering, shares.getOrDefault(participation.id(), new AttendanceShare(0, 0))));
            List<ProgressPart> passed = parts.getOrDefault(participation.id(), List.of());
            if (longProgramme(offering)) {
                programmes.add(
                        new PersonProgress.ProgrammeLine(participation, offering, passed, merit(offering, passed)));
            }
            if (pdTrack(offering) && (pdStart == null || offering.startDate().isBefore(pdStart))) {
                pdStart = offering.startDate();
            }
        }
        PdProgress pd = pdStart == null ? null : PdProgress.of(pdStart, member.diplomaEcts(), LocalDate.now(clock));
        return new PersonProgress(member.id(), member.name(), member.employeeNumber(), courses, programmes, pd);
    }

    /**
     * The people following a long programme or the PD track, with their progress: the whole kommune
     * for the forvaltning, a leader's own institutions' staff.
     */
    public List<PersonProgress> overview() {
        LoeftUser user = CompletionAccess.user();
        if (!user.is(Role.KOMMUNE_ADMIN) && !user.is(Role.LEADER)) {
            throw new AccessDeniedException("Kun forvaltningen og ledere ser fremdriften for flere");
        }
        if (user.is(Role.LEADER) && user.institutionIds().isEmpty()) {
            return List.of();
        }
        String scope = user.is(Role.LEADER)
                ? " and exists (select 1 from employment e where e.staff_member = p.staff_member"
                        + " and e.institution_id in (:own))"
                : "";
        var query = jdbc.sql("""
                select distinct p.staff_member, s.name from participation p
                  join offering o on o.id = p.offering
                  join staff_member s on s.id = p.staff_member
                 where p.status in ('ENROLLED', 'COMPLETED')
                   and (o.kind in ('PROGRAMME', 'DIPLOMA_MODULE')
                        or o.programme in ('MERIT_NET', 'MERIT_CAMPUS', 'MERIT_SPORSKIFTE', 'PAU_EUD', 'PAU_EUV1',
                                           'PAU_EUV2', 'PAU_EUV3', 'PD_WHOLE', 'DIPLOMA_MODULE'))""" + scope + " order by s.name");
        if (user.is(Role.LEADER)) {
            query = query.param("own", List.copyOf(user.institutionIds()));
        }
        Set<UUID> people = new LinkedHashSet<>(
                query.query((rs, n) -> rs.getObject("staff_member", UUID.class)).list());
        List<PersonProgress> result = new ArrayList<>();
        for (UUID person : people) {
            try {
                result.add(ofPerson(person));
            } catch (NotFoundException e) {
                // a leader sees only the people employed at their institutions
            }
        }
        return result;
    }

    private @Nullable MeritProgress merit(Offering offering, List<ProgressPart> parts) {
        if (offering.programme() == null || !offering.programme().merit()) {
            return null;
        }
        int credited = (int) parts.stream().filter(ProgressPart::credited).count();
        return MeritProgress.of(offering.startDate(), parts.size(), credited, LocalDate.now(clock));
    }

    private Map<UUID, List<ProgressPart>> parts(Collection<UUID> participationIds) {
        Map<UUID, List<ProgressPart>> parts = new HashMap<>();
        if (participationIds.isEmpty()) {
            return parts;
        }
        jdbc.sql("""
                select id, participation, part, ects, passed_on, credited from participation_progress
                 where participation in (:ids) order by passed_on, part
                """)
                .param("ids", participationIds)
                .query((rs, n) -> parts.computeIfAbsent(
                                rs.getObject("participation", UUID.class), k -> new ArrayList<>())
                        .add(new ProgressPart(
                                rs.getObject("id", UUID.class),
                                rs.getObject("participation", UUID.class),
                                rs.getString("part"),
                                rs.getInt("ects"),
                                rs.getObject("passed_on", LocalDate.class),
                                rs.getBoolean("credited"))))
                .list();
        return parts;
    }

    private Map<UUID, AttendanceShare> shares(Collection<UUID> participationIds) {
        Map<UUID, AttendanceShare> shares = new HashMap<>();
        if (participationIds.isEmpty()) {
            return shares;
        }
        jdbc.sql("""
                select participation, count(*) filter (where status = 'PRESENT') as present, count(*) as registered
                  from attendance where participation in (:ids) group by participation
                """)
                .param("ids", participationIds)
                .query((rs, n) -> shares.put(
                        rs.getObject("participation", UUID.class),
                        new AttendanceShare(rs.getInt("present"), rs.getInt("registered"))))
                .list();
        return shares;
    }
}
