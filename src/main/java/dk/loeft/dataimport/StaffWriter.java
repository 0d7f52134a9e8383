package dk.loeft.dataimport;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes checked staff set-based, never one aggregate at a time: the people, educations,
 * employments and functions of the file are streamed with COPY into temporary tables; one query
 * per table then finds who is new, who changed (own facts or any education, employment or
 * function) and who is unchanged; and only the new and changed are written, their employments,
 * educations and functions replaced by the file's. Functions a person keeps keep their date.
 * People not in the file are left as they are. The database constraints back up the checks.
 */
@Component
class StaffWriter implements ImportWriter<StaffCheck.Person> {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Clock clock;

    StaffWriter(JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.STAFF;
    }

    @Override
    public Counts write(
            int kommuneCode, Checked<StaffCheck.Person> checked, boolean apply, Origin origin, Steps steps) {
        steps.at(1, 5, "dataimport.phase.stage");
        boolean educations = checked.has("staff.education");
        boolean functions = checked.has("staff.functions");
        stage(checked.items(), educations, functions);

        steps.at(2, 5, "dataimport.phase.compare");
        sql("""
                create temp table imp_staff on commit drop as
                select p.employee_number, coalesce(s.id, gen_random_uuid()) as staff_id, s.id is null as is_new,
                       s.id is not null
                       and (s.name, s.birth_date, s.role, s.prior_experience_months)
                           is distinct from (p.name, p.birth_date, p.role,
                                             coalesce(p.prior_experience_months, s.prior_experience_months))
                           as changed
                  from imp_person p
                  left join staff_member s on s.kommune_code = :k and s.employee_number = p.employee_number""", kommuneCode);
        int unknownInstitutions =
                jdbc.sql("""
                        select count(*) from imp_employment e
                         where not exists (select 1 from institution i
                                            where i.kommune_code = :k and i.number = e.institution_number)""").param("k", kommuneCode).query(Integer.class).single();
        if (unknownInstitutions > 0) {
            throw new StaleImportException();
        }
        sql(childChangesSql(educations, functions), kommuneCode);
        sql("""
                create temp table imp_touched on commit drop as
                select staff_id, employee_number, is_new from imp_staff
                 where is_new or changed or staff_id in (select staff_id from imp_child_changed)""", kommuneCode);
        Counts counts = jdbc.sql("""
                        select (select count(*) from imp_staff) as total,
                               count(*) filter (where is_new) as created,
                               count(*) filter (where not is_new) as updated
                          from imp_touched""")
                .query((rs, n) -> new Counts(
                        rs.getInt("created"),
                        rs.getInt("updated"),
                        rs.getInt("total") - rs.getInt("created") - rs.getInt("updated")))
                .single();
        if (apply && counts.created() + counts.updated() > 0) {
            apply(kommuneCode, educations, functions, steps);
        }
        return counts;
    }

    private void stage(List<StaffCheck.Person> people, boolean educations, boolean functions) {
        sql("""
                create temp table imp_person (
                    employee_number text not null, name text not null, birth_date date not null,
                    role text not null, prior_experience_months integer) on commit drop""", 0);
        sql("""
                create temp table imp_employment (
                    employee_number text not null, institution_number text not null,
                    weekly_hours numeric(5, 2) not null, start_date date not null, end_date date) on commit drop""", 0);
        sql(
                "create temp table imp_education (employee_number text not null, education text not null,"
                        + " completed_year integer not null) on commit drop",
                0);
        sql("create temp table imp_function (employee_number text not null, function text not null) on commit drop", 0);
        try (CopyRows persons = CopyRows.into(
                dataSource, "imp_person (employee_number, name, birth_date, role, prior_experience_months)")) {
            for (StaffCheck.Person p : people) {
                persons.add(p.employeeNumber())
                        .add(p.name())
                        .add(p.birthDate())
                        .add(p.role().name())
                        .add(
                                p.priorExperienceMonths() == null
                                        ? null
                                        : p.priorExperienceMonths().toString())
                        .endRow();
            }
            persons.finish();
        }
        try (CopyRows jobs = CopyRows.into(
                dataSource,
                "imp_employment (employee_number, institution_number, weekly_hours, start_date, end_date)")) {
            for (StaffCheck.Person p : people) {
                for (StaffCheck.Job job : p.employments()) {
                    jobs.add(p.employeeNumber())
                            .add(job.institutionNumber())
                            .add(job.weeklyHours())
                            .add(job.start())
                            .add(job.end())
                            .endRow();
                }
            }
            jobs.finish();
        }
        if (educations) {
            try (CopyRows rows =
                    CopyRows.into(dataSource, "imp_education (employee_number, education, completed_year)")) {
                for (StaffCheck.Person p : people) {
                    for (Map.Entry<dk.loeft.staff.Education, Integer> e :
                            p.educations().entrySet()) {
                        rows.add(p.employeeNumber())
                                .add(e.getKey().name())
                                .add(e.getValue())
                                .endRow();
                    }
                }
                rows.finish();
            }
        }
        if (functions) {
            try (CopyRows rows = CopyRows.into(dataSource, "imp_function (employee_number, function)")) {
                for (StaffCheck.Person p : people) {
                    for (var f : p.functions()) {
                        rows.add(p.employeeNumber()).add(f.name()).endRow();
                    }
                }
                rows.finish();
            }
        }
    }

    /**
     * Existing, otherwise unchanged people whose employments, educations or functions differ from
     * the file's: one full join per kind of child row, by its key, each side read once.
     */
    private static String childChangesSql(boolean educations, boolean functions) {
        List<String> ctes = new ArrayList<>();
        List<String> diffs = new ArrayList<>();
        ctes.add(
                "x as materialized (select staff_id, employee_number from imp_staff where not is_new and not changed)");
        ctes.add("""
                f_emp as (select x.staff_id, i.id as institution_id, e.weekly_hours, e.start_date, e.end_date
                            from imp_employment e join x using (employee_number)
                            join institution i on i.kommune_code = :k and i.number = e.institution_number)""");
        ctes.add("""
                d_emp as (select em.staff_member as staff_id, em.institution_id, em.weekly_hours, em.start_date,
                                 em.end_date
                            from employment em join x on x.staff_id = em.staff_member)""");
        diffs.add("""
                select coalesce(f.staff_id, d.staff_id) as staff_id
                  from f_emp f full join d_emp d
                    on f.staff_id = d.staff_id and f.institution_id = d.institution_id and f.start_date = d.start_date
                 where f.staff_id is null or d.staff_id is null or f.weekly_hours <> d.weekly_hours
                    or f.end_date is distinct from d.end_date""");
        if (educations) {
            ctes.add("""
                    f_edu as (select x.staff_id, e.education, e.completed_year
                                from imp_education e join x using (employee_number))""");
            ctes.add("""
                    d_edu as (select se.staff_member as staff_id, se.education, se.completed_year
                                from staff_education se join x on x.staff_id = se.staff_member)""");
            diffs.add("""
                    select coalesce(f.staff_id, d.staff_id)
                      from f_edu f full join d_edu d on f.staff_id = d.staff_id and f.education = d.education
                     where f.staff_id is null or d.staff_id is null or f.completed_year <> d.completed_year""");
        }
        if (functions) {
            ctes.add("""
                    f_fn as (select x.staff_id, f.function from imp_function f join x using (employee_number))""");
            ctes.add("""
                    d_fn as (select sf.staff_member as staff_id, sf.function
                               from staff_function sf join x on x.staff_id = sf.staff_member)""");
            diffs.add("""
                    select coalesce(f.staff_id, d.staff_id)
                      from f_fn f full join d_fn d on f.staff_id = d.staff_id and f.function = d.function
                     where f.staff_id is null or d.staff_id is null""");
        }
        return "create temp table imp_child_changed on commit drop as with " + String.join(", ", ctes) + " "
                + String.join(" union ", diffs);
    }

    private void apply(int kommuneCode, boolean educations, boolean functions, Steps steps) {
        steps.at(3, 5, "dataimport.phase.people");
        Timestamp now = Timestamp.from(clock.instant());
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                update staff_member s
                   set name = p.name, birth_date = p.birth_date, role = p.role,
                       prior_experience_months = coalesce(p.prior_experience_months, s.prior_experience_months),
                       updated_at = :now, version = s.version + 1
                  from imp_touched t join imp_person p using (employee_number)
                 where s.id = t.staff_id and not t.is_new""").param("now", now).update();
        jdbc.sql("""
                insert into staff_member (id, kommune_code, employee_number, name, birth_date, role,
                                          prior_experience_months, updated_at, version)
                select t.staff_id, :k, p.employee_number, p.name, p.birth_date, p.role,
                       coalesce(p.prior_experience_months, 0), :now, 0
                  from imp_touched t join imp_person p using (employee_number)
                 where t.is_new""").param("k", kommuneCode).param("now", now).update();
        steps.at(4, 5, "dataimport.phase.employments");
        sql("delete from employment e using imp_touched t where e.staff_member = t.staff_id and not t.is_new", 0);
        sql("""
                insert into employment (staff_member, kommune_code, institution_id, weekly_hours, start_date, end_date)
                select t.staff_id, :k, i.id, e.weekly_hours, e.start_date, e.end_date
                  from imp_employment e
                  join imp_touched t using (employee_number)
                  join institution i on i.kommune_code = :k and i.number = e.institution_number""", kommuneCode);
        steps.at(5, 5, "dataimport.phase.details");
        if (educations) {
            sql(
                    "delete from staff_education e using imp_touched t where e.staff_member = t.staff_id and not t.is_new",
                    0);
            sql("""
                    insert into staff_education (staff_member, kommune_code, education, completed_year)
                    select t.staff_id, :k, e.education, e.completed_year
                      from imp_education e join imp_touched t using (employee_number)""", kommuneCode);
        }
        if (functions) {
            sql("""
                    delete from staff_function f using imp_touched t
                     where f.staff_member = t.staff_id and not t.is_new
                       and not exists (select 1 from imp_function x
                                        where x.employee_number = t.employee_number and x.function = f.function)""", 0);
            jdbc.sql("""
                    insert into staff_function (staff_member, kommune_code, function, since)
                    select t.staff_id, :k, f.function, :today
                      from imp_function f join imp_touched t using (employee_number)
                    on conflict (staff_member, function) do nothing""").param("k", kommuneCode).param("today", today).update();
        }
    }

    private void sql(String sql, int kommuneCode) {
        var statement = jdbc.sql(sql);
        if (sql.contains(":k")) {
            statement = statement.param("k", kommuneCode);
        }
        statement.update();
    }
}
