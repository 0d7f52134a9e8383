package dk.loeft.coverage;

import dk.loeft.coverage.CoverageQueries.Scope;
import dk.loeft.institution.Institution;
import dk.loeft.institution.InstitutionService;
import dk.loeft.institution.Kommune;
import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coverage module's entry point: education coverage and minimum staffing for the signed-in
 * user. The forvaltning and økonomi see their kommune, a leader only their own institutions (and
 * totals of those), the ministry any kommune. Another kommune is simply not found.
 */
@Service
@Transactional(readOnly = true)
public class CoverageService {

    /** The longest period asked for month by month (ten years). */
    static final int MAX_MONTHS = 120;

    private final CoverageQueries queries;
    private final InstitutionService institutions;
    private final Clock clock;

    CoverageService(CoverageQueries queries, InstitutionService institutions, Clock clock) {
        this.queries = queries;
        this.institutions = institutions;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public YearMonth currentMonth() {
        return YearMonth.from(today());
    }

    /** The first of the months shown "over time": twelve months before the current one. */
    public YearMonth firstRecentMonth() {
        return currentMonth().minusMonths(CoverageCalendar.MONTHS_BACK);
    }

    /** Every visible institution's coverage on the date, with area and kommune totals over dagtilbud. */
    public KommuneCoverage coverageOn(int kommuneCode, LocalDate date) {
        Access access = access(kommuneCode);
        CoverageQueries.InstitutionLines result = queries.institutionLines(access.scope(), date);
        return new KommuneCoverage(access.kommune(), date, result.lines(), result.dagtilbudStaffCount());
    }

    /** The kommune's (for a leader: their institutions') dagtilbud coverage month by month. */
    public List<MonthlyCoverage> kommuneCoverageByMonth(int kommuneCode, YearMonth from, YearMonth to) {
        requirePeriod(from, to);
        return queries.monthly(access(kommuneCode).scope(), null, from, to, today());
    }

    /** One institution's coverage month by month. */
    public List<MonthlyCoverage> institutionCoverageByMonth(UUID institutionId, YearMonth from, YearMonth to) {
        requirePeriod(from, to);
        Institution institution = visibleInstitution(institutionId);
        return queries.monthly(Scope.wholeKommune(institution.kommuneCode()), institution.id(), from, to, today());
    }

    /** Minimum staffing of the kommune's dagtilbud in a year (to date for the current year). */
    public KommuneStaffing staffing(int kommuneCode, int year) {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("Year out of range: " + year);
        }
        Access access = access(kommuneCode);
        LocalDate today = today();
        YearMonth from = YearMonth.of(year, 1);
        YearMonth to = CoverageCalendar.lastMonthOf(year, today);
        List<YearMonth> months = to.isBefore(from) ? List.of() : CoverageCalendar.months(from, to);
        List<StaffingMonth> lines =
                months.isEmpty() ? List.of() : queries.staffing(access.scope(), null, from, to, today);
        return new KommuneStaffing(access.kommune(), year, months, lines);
    }

    /** One dagtilbud's staffing month by month (the months with a children count). */
    public List<StaffingMonth> institutionStaffing(UUID institutionId, YearMonth from, YearMonth to) {
        requirePeriod(from, to);
        Institution institution = visibleInstitution(institutionId);
        return queries.staffing(Scope.wholeKommune(institution.kommuneCode()), institution.id(), from, to, today());
    }

    /** One page of the kommune's institutions, filtered, with staff, coverage and this month's margin. */
    public InstitutionListPage institutionList(int kommuneCode, InstitutionFilter filter) {
        Scope scope = access(kommuneCode).scope();
        long[] total = {0};
        List<InstitutionListRow> rows = queries.listPage(scope, filter, today(), total);
        if (rows.isEmpty() && filter.page() > 1) {
            return institutionList(kommuneCode, filter.withPage(1));
        }
        return new InstitutionListPage(rows, filter, total[0]);
    }

    /** Every kommune's dagtilbud, staff and coverage on a date: for the ministry only. */
    public List<KommuneSummary> kommuner(LocalDate date) {
        if (!currentUser().isNational()) {
            throw new AccessDeniedException("Kun ministeriet ser alle kommuner");
        }
        return queries.kommuner(date);
    }

    private Institution visibleInstitution(UUID institutionId) {
        requireReader(currentUser());
        return institutions.get(institutionId);
    }

    private Access access(int kommuneCode) {
        LoeftUser user = currentUser();
        requireReader(user);
        if (!user.isNational() && user.kommuneCode() != kommuneCode) {
            throw new NotFoundException();
        }
        Kommune kommune = institutions.kommune(kommuneCode).orElseThrow(NotFoundException::new);
        Scope scope =
                user.is(Role.LEADER) ? new Scope(kommuneCode, user.institutionIds()) : Scope.wholeKommune(kommuneCode);
        return new Access(kommune, scope);
    }

    private static void requireReader(LoeftUser user) {
        if (user.is(Role.STAFF)) {
            throw new AccessDeniedException("Medarbejdere ser kun deres egne oplysninger");
        }
    }

    private static void requirePeriod(YearMonth from, YearMonth to) {
        if (to.isBefore(from) || from.plusMonths(MAX_MONTHS).isBefore(to)) {
            throw new IllegalArgumentException("A period runs forward and covers at most " + MAX_MONTHS + " months");
        }
    }

    private static LoeftUser currentUser() {
        return Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
    }

    private record Access(Kommune kommune, Scope scope) {}
}
