package dk.loeft.staff;

import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.Paged;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff module's entry point. The forvaltning sees the kommune's staff, a leader those employed
 * at their institutions, a staff member only their own record.
 */
@Service
@Transactional(readOnly = true)
public class StaffService {

    private final StaffRepository staff;
    private final JdbcClient jdbc;
    private final Clock clock;

    StaffService(StaffRepository staff, JdbcClient jdbc, Clock clock) {
        this.staff = staff;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public StaffMember get(UUID id) {
        LoeftUser user = currentUser();
        Optional<StaffMember> found =
                user.isNational() ? staff.findById(id) : staff.findByIdAndKommuneCode(id, user.kommuneCode());
        return found.filter(member -> mayView(user, member)).orElseThrow(NotFoundException::new);
    }

    /** A staff member the signed-in user may both see and edit, for the edit forms. */
    public StaffMember editable(UUID id) {
        StaffMember member = get(id);
        requireEditor(member.kommuneCode());
        return member;
    }

    /** The kommune whose staff the signed-in user may edit: their own, if they are its forvaltning. */
    public int editorKommune() {
        LoeftUser user = currentUser();
        if (!user.is(Role.KOMMUNE_ADMIN)) {
            throw new AccessDeniedException("Kun forvaltningen i kommunen kan ændre personaledata");
        }
        return user.kommuneCode();
    }

    public Optional<StaffMember> findByEmployeeNumber(int kommuneCode, String employeeNumber) {
        return staff.findByKommuneCodeAndEmployeeNumber(kommuneCode, employeeNumber.trim());
    }

    /** Staff employed at the institution on the date, with their hours and education, for its page. */
    public List<StaffRow> staffAt(UUID institutionId, LocalDate date) {
        return jdbc.sql("""
                        select s.id, s.employee_number, s.name, s.role, s.birth_date,
                               sum(e.weekly_hours) as weekly_hours,
                               exists (select 1 from staff_education se
                                        where se.staff_member = s.id
                                          and se.education in ('PAEDAGOG', 'PAU', 'PGU')
                                          and se.completed_year <= :year) as educated
                          from employment e
                          join staff_member s on s.id = e.staff_member
                         where e.institution_id = :institution
                           and e.start_date <= :date and (e.end_date is null or e.end_date >= :date)
                         group by s.id
                         order by s.name
                        """)
                .param("institution", institutionId)
                .param("date", date)
                .param("year", date.getYear())
                .query(StaffRow.class)
                .list();
    }

    /**
     * Everyone employed on the date at one of the institutions, whole (for the eligibility rules):
     * one query for who, then the aggregates. A leader gets only those at their own institutions; a
     * staff member nobody.
     */
    public List<StaffMember> employedAt(Collection<UUID> institutionIds, LocalDate date) {
        LoeftUser user = currentUser();
        if (user.is(Role.STAFF)) {
            throw new AccessDeniedException("Medarbejdere kan kun se deres egne oplysninger");
        }
        List<UUID> scope = institutionIds.stream()
                .filter(id -> !user.is(Role.LEADER) || user.institutionIds().contains(id))
                .distinct()
                .toList();
        if (scope.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = jdbc.sql("""
                        select distinct staff_member from employment
                         where institution_id in (:institutions)
                           and start_date <= :date and (end_date is null or end_date >= :date)""")
                .param("institutions", scope)
                .param("date", date)
                .query(UUID.class)
                .list();
        return ids.isEmpty() ? List.of() : staff.findAllById(ids);
    }

    private static final RowMapper<StaffSummary> SUMMARY = (rs, n) -> new StaffSummary(
            rs.getObject("id", UUID.class),
            rs.getInt("kommune_code"),
            rs.getString("employee_number"),
            rs.getString("name"),
            rs.getObject("birth_date", LocalDate.class),
            StaffRole.valueOf(rs.getString("role")),
            rs.getInt("version"));

    /**
     * One page of the staff the signed-in user may see, sorted by name, in one query: the
     * forvaltning and økonomi the whole kommune, a leader those ever employed at their
     * institutions. A staff member gets no list (only their own record).
     */
    public Paged<StaffSummary> search(StaffFilter filter, Paged.Request page) {
        LoeftUser user = currentUser();
        if (user.is(Role.STAFF)) {
            throw new AccessDeniedException("Medarbejdere kan kun se deres egne oplysninger");
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        Integer kommune = user.isNational() ? filter.kommuneCode() : Integer.valueOf(user.kommuneCode());
        if (kommune != null) {
            where.add("s.kommune_code = :kommune");
            params.put("kommune", kommune);
        }
        if (user.is(Role.LEADER)) {
            if (user.institutionIds().isEmpty()) {
                return new Paged<>(List.of(), page.page(), page.size(), 0);
            }
            where.add("exists (select 1 from employment o where o.staff_member = s.id and o.institution_id in (:own))");
            params.put("own", List.copyOf(user.institutionIds()));
        }
        if (filter.institutionId() != null) {
            where.add("""
                    exists (select 1 from employment e where e.staff_member = s.id and e.institution_id = :institution
                               and e.start_date <= :today and (e.end_date is null or e.end_date >= :today))""");
            params.put("institution", filter.institutionId());
            params.put("today", LocalDate.now(clock));
        }
        if (filter.role() != null) {
            where.add("s.role = :role");
            params.put("role", filter.role().name());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("(s.name ilike :text or s.employee_number ilike :text)");
            params.put("text", "%" + likeEscaped(filter.text().trim()) + "%");
        }
        String sql = """
                select s.id, s.kommune_code, s.employee_number, s.name, s.birth_date, s.role, s.version,
                       count(*) over () as total
                  from staff_member s"""
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by s.name, s.employee_number limit :limit offset :offset";
        params.put("limit", page.size());
        params.put("offset", page.offset());
        long[] total = {0};
        List<StaffSummary> rows = jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return SUMMARY.mapRow(rs, n);
                })
                .list();
        if (rows.isEmpty() && page.page() > 0) {
            params.put("limit", 1);
            params.put("offset", 0);
            total[0] = jdbc.sql(sql)
                    .params(params)
                    .query((rs, n) -> rs.getLong("total"))
                    .optional()
                    .orElse(0L);
        }
        return new Paged<>(rows, page.page(), page.size(), total[0]);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Transactional
    public StaffMember register(int kommuneCode, String employeeNumber, StaffMember.PersonDetails details) {
        return staff.save(newMember(kommuneCode, employeeNumber, details));
    }

    /** Registers a person with their whole record at once, as an integration sends it. */
    @Transactional
    public StaffMember register(int kommuneCode, String employeeNumber, StaffRecord record) {
        StaffMember member = newMember(kommuneCode, employeeNumber, record.person());
        applyCollections(member, record);
        return staff.save(member);
    }

    private StaffMember newMember(int kommuneCode, String employeeNumber, StaffMember.PersonDetails details) {
        requireEditor(kommuneCode);
        if (employeeNumber.isBlank()) {
            throw new RuleViolationException("staff.error.employeenumber.required");
        }
        if (findByEmployeeNumber(kommuneCode, employeeNumber).isPresent()) {
            throw new RuleViolationException("staff.error.employeenumber.taken", employeeNumber.trim());
        }
        return StaffMember.register(kommuneCode, employeeNumber, details, clock.instant());
    }

    /** Replaces a person's whole record (facts, educations, modules, employments and functions). */
    @Transactional
    public StaffMember replace(UUID id, int expectedVersion, StaffRecord record) {
        StaffMember member = editable(id);
        member.expectVersion(expectedVersion);
        member.update(record.person(), clock.instant());
        applyCollections(member, record);
        return staff.save(member);
    }

    private void applyCollections(StaffMember member, StaffRecord record) {
        member.replaceEducations(new HashSet<>(record.educations()));
        member.replaceDiplomaModules(record.diplomaModules());
        Set<Employment> employments = new HashSet<>();
        for (StaffRecord.EmploymentEntry e : record.employments()) {
            requireInstitutionOfKommune(member.kommuneCode(), e.institutionId());
            employments.add(Employment.of(
                    member.kommuneCode(), e.institutionId(), e.weeklyHours(), e.startDate(), e.endDate()));
        }
        member.replaceEmployments(employments);
        member.functions().forEach(f -> member.removeFunction(f.function()));
        record.functions().forEach(f -> member.assignFunction(f.function(), f.since()));
    }

    @Transactional
    public StaffMember update(UUID id, int expectedVersion, StaffMember.PersonDetails details) {
        StaffMember member = editable(id);
        member.expectVersion(expectedVersion);
        member.update(details, clock.instant());
        return staff.save(member);
    }

    @Transactional
    public StaffMember addEducation(UUID id, int expectedVersion, Education education, int year) {
        StaffMember member = editable(id);
        member.expectVersion(expectedVersion);
        member.addEducation(education, year);
        return staff.save(member);
    }

    @Transactional
    public StaffMember addDiplomaModule(UUID id, int expectedVersion, String name, int ects, LocalDate completedOn) {
        StaffMember member = editable(id);
        member.expectVersion(expectedVersion);
        member.addDiplomaModule(name.trim(), ects, completedOn);
        return staff.save(member);
    }

    @Transactional
    public StaffMember employ(
            UUID id,
            int expectedVersion,
            UUID institutionId,
            BigDecimal hours,
            LocalDate start,
            @Nullable LocalDate end) {
        StaffMember member = editable(id);
        member.expectVersion(expectedVersion);
        requireInstitutionOfKommune(member.kommuneCode(), institutionId);
        member.employ(institutionId, hours, start, end);
        return staff.save(member);
    }

    @Transactional
    public StaffMember assignFunction(
            UUID id, int expectedVersion, SpecialFunction function, @Nullable LocalDate since) {
        StaffMember member = editable(id);
        member.expectVersion(expectedVersion);
        member.assignFunction(function, since);
        return staff.save(member);
    }

    @Transactional
    public StaffMember removeFunction(UUID id, int expectedVersion, SpecialFunction function) {
        StaffMember member = editable(id);
        member.expectVersion(expectedVersion);
        member.removeFunction(function);
        return staff.save(member);
    }

    /** Saves a staff member changed by the import, which has already checked every row. */
    @Transactional
    public StaffMember save(StaffMember member) {
        requireEditor(member.kommuneCode());
        return staff.save(member);
    }

    /** An employment must be at one of the person's own kommune's institutions. */
    private void requireInstitutionOfKommune(int kommuneCode, UUID institutionId) {
        boolean known = jdbc.sql("select exists (select 1 from institution where id = :id and kommune_code = :k)")
                .param("id", institutionId)
                .param("k", kommuneCode)
                .query(Boolean.class)
                .single();
        if (!known) {
            throw new RuleViolationException("staff.error.institution.unknown");
        }
    }

    private boolean mayView(LoeftUser user, StaffMember member) {
        return switch (user.role()) {
            case NATIONAL, KOMMUNE_ADMIN, FINANCE -> true;
            case LEADER ->
                member.employments().stream()
                        .anyMatch(e -> user.institutionIds().contains(e.institutionId()));
            case STAFF -> member.id().equals(user.staffId());
        };
    }

    private static void requireEditor(int kommuneCode) {
        LoeftUser user = currentUser();
        if (!user.is(Role.KOMMUNE_ADMIN) || user.kommuneCode() != kommuneCode) {
            throw new AccessDeniedException("Kun forvaltningen i kommunen kan ændre personaledata");
        }
    }

    private static LoeftUser currentUser() {
        return Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
    }

    /** One line of an institution's staff list. */
    public record StaffRow(
            UUID id,
            String employeeNumber,
            String name,
            StaffRole role,
            LocalDate birthDate,
            BigDecimal weeklyHours,
            boolean educated) {}
}
