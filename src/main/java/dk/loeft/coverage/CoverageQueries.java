package dk.loeft.coverage;

import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.Ownership;
import dk.loeft.staff.Education;
import dk.loeft.staff.StaffRole;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The coverage read models, one SQL query each (the staffing months take two). Which roles are pedagogical, which educations
 * count and which kinds are dagtilbud come from the enums, so the rules live in one place.
 * Row-level security keeps every query inside the caller's kommune; the queries also name it.
 */
@Component
class CoverageQueries {

    /** The employments that count on a measuring date {@code d}. */
    private static final String ACTIVE_ON = "e.start_date <= %1$s and (e.end_date is null or e.end_date >= %1$s)";

    /** The date a month {@code m} is measured on (see {@link CoverageCalendar#measuredOn}). */
    private static final String MEASURED_ON = "case when %1$s = cast(:currentMonth as date) then cast(:today as date)"
            + " else (%1$s + interval '1 month' - interval '1 day')::date end";

    /** Pedagogically educated people and the first year they were. */
    private static final String EDUCATED = """
            educated as (
                select staff_member, min(completed_year) as since
                  from staff_education
                 where education in (:educations)
                 group by staff_member
            )""";

    /**
     * The year a staff member {@code s} first was pedagogically educated, looked up per person (by
     * the primary key) so a kommune's query reads only its own staff's educations.
     */
    private static final String EDUCATED_SINCE = """
            left join lateral (
                select min(se.completed_year) as since
                  from staff_education se
                 where se.staff_member = s.id and se.education in (:educations)
            ) ed on true""";

    private static final List<String> PEDAGOGICAL_ROLES = Arrays.stream(StaffRole.values())
            .filter(StaffRole::isPedagogical)
            .map(Enum::name)
            .toList();
    private static final List<String> COUNTING_EDUCATIONS = Arrays.stream(Education.values())
            .filter(Education::countsAsPedagogicallyEducated)
            .map(Enum::name)
            .toList();
    private static final List<String> DAGTILBUD_KINDS = Arrays.stream(InstitutionKind.values())
            .filter(InstitutionKind::isDagtilbud)
            .map(Enum::name)
            .toList();
    private static final UUID NO_ID = new UUID(0, 0);

    private final JdbcClient jdbc;

    CoverageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which institutions of a kommune a reader sees: all, or (for a leader) only some. */
    record Scope(int kommuneCode, @Nullable Set<UUID> onlyInstitutions) {

        static Scope wholeKommune(int kommuneCode) {
            return new Scope(kommuneCode, null);
        }

        boolean everyInstitution() {
            return onlyInstitutions == null;
        }

        Collection<UUID> ids() {
            return onlyInstitutions == null || onlyInstitutions.isEmpty() ? List.of(NO_ID) : onlyInstitutions;
        }
    }

    record InstitutionLines(List<InstitutionCoverage> lines, int dagtilbudStaffCount) {}

    /** Every institution's coverage on the date, and the head count of the dagtilbud staff (each person once). */
    InstitutionLines institutionLines(Scope scope, LocalDate date) {
        List<Line> rows = jdbc.sql("""
                        select grouping(i.id) = 1 as total_row,
                               i.id, i.number, i.name, i.kind, i.ownership, i.area_id, a.name as area_name,
                               count(distinct s.id) as staff_count,
                               count(distinct s.id) filter (where i.kind in (:dagtilbud)) as dagtilbud_staff_count,
                               coalesce(sum(e.weekly_hours) filter (where s.role in (:roles)), 0) as pedagogical_hours,
                               coalesce(sum(e.weekly_hours)
                                        filter (where s.role in (:roles) and ed.since <= :year), 0) as educated_hours
                          from institution i
                          left join area a on a.id = i.area_id
                          left join employment e on e.institution_id = i.id and %s
                          left join staff_member s on s.id = e.staff_member
                          %s
                         where i.kommune_code = :kommune and (:everyInstitution or i.id in (:ids))
                         group by grouping sets ((i.id, i.number, i.name, i.kind, i.ownership, i.area_id, a.name), ())
                         order by total_row, i.name, i.number
                        """.formatted(ACTIVE_ON.formatted("cast(:date as date)"), EDUCATED_SINCE))
                .param("educations", COUNTING_EDUCATIONS)
                .param("dagtilbud", DAGTILBUD_KINDS)
                .param("roles", PEDAGOGICAL_ROLES)
                .param("year", date.getYear())
                .param("date", date)
                .param("kommune", scope.kommuneCode())
                .param("everyInstitution", scope.everyInstitution())
                .param("ids", scope.ids())
                .query((rs, n) -> rs.getBoolean("total_row")
                        ? new Line(rs.getInt("dagtilbud_staff_count"), null)
                        : new Line(
                                0,
                                new InstitutionCoverage(
                                        rs.getObject("id", UUID.class),
                                        rs.getString("number"),
                                        rs.getString("name"),
                                        InstitutionKind.valueOf(rs.getString("kind")),
                                        Ownership.valueOf(rs.getString("ownership")),
                                        rs.getObject("area_id", UUID.class),
                                        rs.getString("area_name"),
                                        rs.getInt("staff_count"),
                                        coverage(rs))))
                .list();
        List<InstitutionCoverage> lines =
                rows.stream().map(Line::line).filter(java.util.Objects::nonNull).toList();
        int dagtilbudStaff = rows.stream()
                .filter(r -> r.line() == null)
                .mapToInt(Line::dagtilbudStaff)
                .sum();
        return new InstitutionLines(lines, dagtilbudStaff);
    }

    private record Line(int dagtilbudStaff, @Nullable InstitutionCoverage line) {}

    /**
     * Coverage month by month: of the scope's dagtilbud, or of one institution (any kind). Months
     * without staff are present with zero hours.
     */
    List<MonthlyCoverage> monthly(
            Scope scope, @Nullable UUID institutionId, YearMonth from, YearMonth to, LocalDate today) {
        return jdbc.sql("""
                        with staffed as materialized (
                            select e.start_date, e.end_date, e.weekly_hours, ed.since
                              from employment e
                              join institution i on i.id = e.institution_id
                              join staff_member s on s.id = e.staff_member
                              %s
                             where i.kommune_code = :kommune
                               and s.role in (:roles)
                               and (:everyInstitution or i.id in (:ids))
                               and (:oneInstitution and i.id = :institution
                                    or not :oneInstitution and i.kind in (:dagtilbud))
                        ),
                        months as materialized (
                            select m::date as month, %s as measured_on
                              from generate_series(cast(:from as date), cast(:to as date), interval '1 month') m
                        )
                        select mo.month, mo.measured_on,
                               coalesce(sum(e.weekly_hours), 0) as pedagogical_hours,
                               coalesce(sum(e.weekly_hours) filter (where e.since <= extract(year from mo.measured_on)), 0)
                                   as educated_hours
                          from months mo
                          left join staffed e on %s
                         group by mo.month, mo.measured_on
                         order by mo.month
                        """.formatted(
                        EDUCATED_SINCE, MEASURED_ON.formatted("m::date"), ACTIVE_ON.formatted("mo.measured_on")))
                .param("educations", COUNTING_EDUCATIONS)
                .param("currentMonth", YearMonth.from(today).atDay(1))
                .param("today", today)
                .param("from", from.atDay(1))
                .param("to", to.atDay(1))
                .param("roles", PEDAGOGICAL_ROLES)
                .param("kommune", scope.kommuneCode())
                .param("everyInstitution", scope.everyInstitution())
                .param("ids", scope.ids())
                .param("oneInstitution", institutionId != null)
                .param("institution", institutionId == null ? NO_ID : institutionId)
                .param("dagtilbud", DAGTILBUD_KINDS)
                .query((rs, n) -> new MonthlyCoverage(
                        YearMonth.from(rs.getObject("month", LocalDate.class)),
                        rs.getObject("measured_on", LocalDate.class),
                        coverage(rs)))
                .list();
    }

    /**
     * Children and pedagogical staff per dagtilbud and month, for the months with a children count.
     * Two queries (the children counts; the dagtilbud's employments that overlap the period) summed
     * per institution and measuring date here: row-level security makes PostgreSQL estimate one row
     * for each side, and joining them in SQL then became a nested loop over every count and every
     * employment (1,7 s for a kommune with 3.500 staff). Each query alone is a plain index scan.
     */
    List<StaffingMonth> staffing(
            Scope scope, @Nullable UUID institutionId, YearMonth from, YearMonth to, LocalDate today) {
        String institutions = """
                  and i.kind in (:dagtilbud)
                  and (:everyInstitution or i.id in (:ids))
                  and (not :oneInstitution or i.id = :institution)
                """;
        List<StaffingMonth> counts = jdbc.sql("""
                        select i.id, i.number, i.name, i.kind, c.month, c.children_0_2, c.children_3_5,
                               %s as measured_on
                          from children_count c
                          join institution i on i.id = c.institution_id
                         where c.kommune_code = :kommune
                           and c.month between cast(:from as date) and cast(:to as date)
                           %s
                         order by i.name, i.number, c.month
                        """.formatted(MEASURED_ON.formatted("c.month"), institutions))
                .param("currentMonth", YearMonth.from(today).atDay(1))
                .param("today", today)
                .param("kommune", scope.kommuneCode())
                .param("from", from.atDay(1))
                .param("to", to.atDay(1))
                .param("dagtilbud", DAGTILBUD_KINDS)
                .param("everyInstitution", scope.everyInstitution())
                .param("ids", scope.ids())
                .param("oneInstitution", institutionId != null)
                .param("institution", institutionId == null ? NO_ID : institutionId)
                .query((rs, n) -> new StaffingMonth(
                        rs.getObject("id", UUID.class),
                        rs.getString("number"),
                        rs.getString("name"),
                        InstitutionKind.valueOf(rs.getString("kind")),
                        YearMonth.from(rs.getObject("month", LocalDate.class)),
                        rs.getObject("measured_on", LocalDate.class),
                        rs.getBigDecimal("children_0_2"),
                        rs.getBigDecimal("children_3_5"),
                        BigDecimal.ZERO,
                        0))
                .list();
        if (counts.isEmpty()) {
            return counts;
        }
        Map<UUID, List<Staffed>> staffed = jdbc
                .sql("""
                        select e.institution_id, e.start_date, e.end_date, e.weekly_hours, e.staff_member, s.role
                          from employment e
                          join institution i on i.id = e.institution_id
                          join staff_member s on s.id = e.staff_member
                         where e.kommune_code = :kommune
                           and e.start_date <= cast(:to as date)
                           and (e.end_date is null or e.end_date >= cast(:from as date))
                           and s.role in (:roles)
                           %s
                        """.formatted(institutions))
                .param("kommune", scope.kommuneCode())
                .param(
                        "from",
                        counts.stream()
                                .map(StaffingMonth::measuredOn)
                                .min(LocalDate::compareTo)
                                .orElseThrow())
                .param(
                        "to",
                        counts.stream()
                                .map(StaffingMonth::measuredOn)
                                .max(LocalDate::compareTo)
                                .orElseThrow())
                .param("roles", PEDAGOGICAL_ROLES)
                .param("dagtilbud", DAGTILBUD_KINDS)
                .param("everyInstitution", scope.everyInstitution())
                .param("ids", scope.ids())
                .param("oneInstitution", institutionId != null)
                .param("institution", institutionId == null ? NO_ID : institutionId)
                .query((rs, n) -> new Staffed(
                        rs.getObject("institution_id", UUID.class),
                        rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class),
                        rs.getBigDecimal("weekly_hours"),
                        rs.getObject("staff_member", UUID.class),
                        StaffRole.valueOf(rs.getString("role"))))
                .stream()
                .collect(Collectors.groupingBy(Staffed::institutionId));
        return counts.stream()
                .map(count -> measured(count, staffed.getOrDefault(count.institutionId(), List.of())))
                .toList();
    }

    /** An employment of pedagogical staff in a dagtilbud. */
    private record Staffed(
            UUID institutionId,
            LocalDate start,
            @Nullable LocalDate end,
            BigDecimal weeklyHours,
            UUID staffMember,
            StaffRole role) {

        boolean activeOn(LocalDate date) {
            return !start.isAfter(date) && (end == null || !end.isBefore(date));
        }
    }

    /** A month's count with the pedagogical hours and the dagplejere (head count) employed on its measuring date. */
    private static StaffingMonth measured(StaffingMonth count, List<Staffed> employments) {
        BigDecimal hours = BigDecimal.ZERO;
        Set<UUID> dagplejere = new HashSet<>();
        for (Staffed e : employments) {
            if (e.activeOn(count.measuredOn())) {
                hours = hours.add(e.weeklyHours());
                if (e.role() == StaffRole.DAGPLEJER) {
                    dagplejere.add(e.staffMember());
                }
            }
        }
        return new StaffingMonth(
                count.institutionId(),
                count.number(),
                count.name(),
                count.kind(),
                count.month(),
                count.measuredOn(),
                count.children02(),
                count.children35(),
                hours,
                dagplejere.size());
    }

    /** One page of the institution list, filtered, with today's coverage and this month's children. */
    List<InstitutionListRow> listPage(Scope scope, InstitutionFilter filter, LocalDate today, long[] total) {
        String query = filter.query();
        return jdbc.sql("""
                        with lines as (
                            select i.id, i.number, i.name, i.kind, i.ownership, a.name as area_name,
                                   count(distinct s.id) as staff_count,
                                   coalesce(sum(e.weekly_hours) filter (where s.role in (:roles)), 0) as pedagogical_hours,
                                   coalesce(sum(e.weekly_hours)
                                            filter (where s.role in (:roles) and ed.since <= :year), 0) as educated_hours
                              from institution i
                              left join area a on a.id = i.area_id
                              left join employment e on e.institution_id = i.id and %s
                              left join staff_member s on s.id = e.staff_member
                              %s
                             where i.kommune_code = :kommune
                               and (:everyInstitution or i.id in (:ids))
                               and (:anyName or i.name ilike :pattern escape '\\' or i.number = :query)
                               and (:anyArea or i.area_id = :area)
                               and (:anyKind or i.kind = :kind)
                               and (:anyOwnership or i.ownership = :ownership)
                             group by i.id, a.name
                        )
                        select l.*, c.children_0_2, c.children_3_5, count(*) over () as total
                          from lines l
                          left join children_count c on c.institution_id = l.id and c.month = cast(:month as date)
                         order by l.name, l.number
                         limit :limit offset :offset
                        """.formatted(ACTIVE_ON.formatted("cast(:today as date)"), EDUCATED_SINCE))
                .param("educations", COUNTING_EDUCATIONS)
                .param("roles", PEDAGOGICAL_ROLES)
                .param("year", today.getYear())
                .param("today", today)
                .param("kommune", scope.kommuneCode())
                .param("everyInstitution", scope.everyInstitution())
                .param("ids", scope.ids())
                .param("anyName", query == null)
                .param("pattern", query == null ? "" : "%" + escapeLike(query) + "%")
                .param("query", query == null ? "" : query)
                .param("anyArea", filter.areaId() == null)
                .param("area", filter.areaId() == null ? NO_ID : filter.areaId())
                .param("anyKind", filter.kind() == null)
                .param("kind", filter.kind() == null ? "" : filter.kind().name())
                .param("anyOwnership", filter.ownership() == null)
                .param(
                        "ownership",
                        filter.ownership() == null ? "" : filter.ownership().name())
                .param("month", YearMonth.from(today).atDay(1))
                .param("limit", InstitutionFilter.PAGE_SIZE)
                .param("offset", (long) (filter.page() - 1) * InstitutionFilter.PAGE_SIZE)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new InstitutionListRow(
                            rs.getObject("id", UUID.class),
                            rs.getString("number"),
                            rs.getString("name"),
                            InstitutionKind.valueOf(rs.getString("kind")),
                            Ownership.valueOf(rs.getString("ownership")),
                            rs.getString("area_name"),
                            rs.getInt("staff_count"),
                            coverage(rs),
                            rs.getBigDecimal("children_0_2"),
                            rs.getBigDecimal("children_3_5"));
                })
                .list();
    }

    /** Every kommune's dagtilbud, staff and coverage on the date (for the ministry). */
    List<KommuneSummary> kommuner(LocalDate date) {
        return jdbc.sql("with " + EDUCATED + """
                        select k.code, k.name, k.region, k.coverage_target,
                               count(distinct i.id) as institutions,
                               count(distinct s.id) as staff,
                               coalesce(sum(e.weekly_hours) filter (where s.role in (:roles)), 0) as pedagogical_hours,
                               coalesce(sum(e.weekly_hours)
                                        filter (where s.role in (:roles) and ed.since <= :year), 0) as educated_hours
                          from kommune k
                          left join institution i on i.kommune_code = k.code and i.kind in (:dagtilbud)
                          left join employment e on e.institution_id = i.id and %s
                          left join staff_member s on s.id = e.staff_member
                          left join educated ed on ed.staff_member = s.id
                         group by k.code
                         order by k.name
                        """.formatted(ACTIVE_ON.formatted("cast(:date as date)")))
                .param("educations", COUNTING_EDUCATIONS)
                .param("roles", PEDAGOGICAL_ROLES)
                .param("year", date.getYear())
                .param("dagtilbud", DAGTILBUD_KINDS)
                .param("date", date)
                .query((rs, n) -> new KommuneSummary(
                        rs.getInt("code"),
                        rs.getString("name"),
                        rs.getString("region"),
                        rs.getBigDecimal("coverage_target"),
                        rs.getInt("institutions"),
                        rs.getInt("staff"),
                        coverage(rs)))
                .list();
    }

    private static EducationCoverage coverage(ResultSet rs) throws SQLException {
        BigDecimal educated = rs.getBigDecimal("educated_hours");
        BigDecimal pedagogical = rs.getBigDecimal("pedagogical_hours");
        return new EducationCoverage(educated, pedagogical);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
