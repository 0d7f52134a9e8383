package dk.loeft.staff;

import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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

    @Transactional
    public StaffMember register(int kommuneCode, String employeeNumber, StaffMember.PersonDetails details) {
        requireEditor(kommuneCode);
        if (findByEmployeeNumber(kommuneCode, employeeNumber).isPresent()) {
            throw new IllegalArgumentException("Employee number already registered");
        }
        return staff.save(StaffMember.register(kommuneCode, employeeNumber, details, clock.instant()));
    }

    @Transactional
    public StaffMember update(UUID id, int expectedVersion, StaffMember.PersonDetails details) {
        StaffMember member = get(id);
        requireEditor(member.kommuneCode());
        member.expectVersion(expectedVersion);
        member.update(details, clock.instant());
        return staff.save(member);
    }

    @Transactional
    public StaffMember addEducation(UUID id, int expectedVersion, Education education, int year) {
        StaffMember member = get(id);
        requireEditor(member.kommuneCode());
        member.expectVersion(expectedVersion);
        member.addEducation(education, year);
        return staff.save(member);
    }

    @Transactional
    public StaffMember employ(
            UUID id, int expectedVersion, UUID institutionId, BigDecimal hours, LocalDate start, LocalDate end) {
        StaffMember member = get(id);
        requireEditor(member.kommuneCode());
        member.expectVersion(expectedVersion);
        member.employ(institutionId, hours, start, end);
        return staff.save(member);
    }

    /** Saves a staff member changed by the import, which has already checked every row. */
    @Transactional
    public StaffMember save(StaffMember member) {
        requireEditor(member.kommuneCode());
        return staff.save(member);
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
