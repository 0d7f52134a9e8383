package dk.loeft.demo;

import dk.loeft.demo.SyntheticKommune.ChildrenCountRow;
import dk.loeft.demo.SyntheticKommune.DiplomaModuleRow;
import dk.loeft.demo.SyntheticKommune.EducationRow;
import dk.loeft.demo.SyntheticKommune.EmploymentRow;
import dk.loeft.demo.SyntheticKommune.FunctionRow;
import dk.loeft.demo.SyntheticKommune.InstitutionRow;
import dk.loeft.demo.SyntheticKommune.StaffRow;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;

/**
 * Inserts a {@link SyntheticKommune} into the institution and staff tables with batched SQL. Run it
 * as {@code Tenancy.runAs(Tenancy.ALL, ...)} or as the kommune itself, inside one transaction: row-level
 * security refuses rows of other kommuner.
 */
public final class DemoDataWriter {

    private static final int BATCH_SIZE = 1000;

    private final JdbcTemplate jdbc;

    public DemoDataWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes every row; {@code now} becomes the staff records' last-changed time. */
    public void write(SyntheticKommune kommune, Instant now) {
        short code = (short) kommune.kommuneCode();
        OffsetDateTime updatedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        batch("insert into area (id, kommune_code, name) values (?, ?, ?)", kommune.areas(), (ps, a) -> {
            ps.setObject(1, a.id());
            ps.setShort(2, code);
            ps.setString(3, a.name());
        });
        batch("""
                insert into institution (id, kommune_code, number, name, kind, ownership, area_id, street,
                                         postal_code, city)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", kommune.institutions(), (PreparedStatement ps, InstitutionRow i) -> {
            ps.setObject(1, i.id());
            ps.setShort(2, code);
            ps.setString(3, i.number());
            ps.setString(4, i.name());
            ps.setString(5, i.kind().name());
            ps.setString(6, i.ownership().name());
            setUuid(ps, 7, i.areaId());
            ps.setString(8, i.street());
            ps.setString(9, i.postalCode());
            ps.setString(10, i.city());
        });
        batch("""
                insert into staff_member (id, kommune_code, employee_number, name, birth_date, role,
                                          prior_experience_months, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", kommune.staff(), (PreparedStatement ps, StaffRow s) -> {
            ps.setObject(1, s.id());
            ps.setShort(2, code);
            ps.setString(3, s.employeeNumber());
            ps.setString(4, s.name());
            ps.setObject(5, s.birthDate());
            ps.setString(6, s.role().name());
            ps.setInt(7, s.priorExperienceMonths());
            ps.setObject(8, updatedAt);
        });
        batch(
                "insert into staff_education (staff_member, kommune_code, education, completed_year) values (?, ?, ?, ?)",
                kommune.educations(),
                (PreparedStatement ps, EducationRow e) -> {
                    ps.setObject(1, e.staffId());
                    ps.setShort(2, code);
                    ps.setString(3, e.education().name());
                    ps.setInt(4, e.completedYear());
                });
        batch("""
                insert into staff_diploma_module (staff_member, kommune_code, name, ects, completed_on)
                values (?, ?, ?, ?, ?)""", kommune.diplomaModules(), (PreparedStatement ps, DiplomaModuleRow m) -> {
            ps.setObject(1, m.staffId());
            ps.setShort(2, code);
            ps.setString(3, m.name());
            ps.setInt(4, m.ects());
            ps.setObject(5, m.completedOn());
        });
        batch("""
                insert into employment (staff_member, kommune_code, institution_id, weekly_hours, start_date, end_date)
                values (?, ?, ?, ?, ?, ?)""", kommune.employments(), (PreparedStatement ps, EmploymentRow e) -> {
            ps.setObject(1, e.staffId());
            ps.setShort(2, code);
            ps.setObject(3, e.institutionId());
            ps.setBigDecimal(4, e.weeklyHours());
            ps.setObject(5, e.startDate());
            setDate(ps, 6, e.endDate());
        });
        batch(
                "insert into staff_function (staff_member, kommune_code, function, since) values (?, ?, ?, ?)",
                kommune.functions(),
                (PreparedStatement ps, FunctionRow f) -> {
                    ps.setObject(1, f.staffId());
                    ps.setShort(2, code);
                    ps.setString(3, f.function().name());
                    setDate(ps, 4, f.since());
                });
        batch("""
                insert into children_count (id, kommune_code, institution_id, month, children_0_2, children_3_5)
                values (?, ?, ?, ?, ?, ?)""", kommune.childrenCounts(), (PreparedStatement ps, ChildrenCountRow c) -> {
            ps.setObject(1, c.id());
            ps.setShort(2, code);
            ps.setObject(3, c.institutionId());
            ps.setObject(4, c.month());
            ps.setBigDecimal(5, c.children02());
            ps.setBigDecimal(6, c.children35());
        });
    }

    private <T> void batch(String sql, List<T> rows, ParameterizedPreparedStatementSetter<T> setter) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows, BATCH_SIZE, setter);
        }
    }

    private static void setUuid(PreparedStatement ps, int index, @Nullable UUID value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.OTHER);
        } else {
            ps.setObject(index, value);
        }
    }

    private static void setDate(PreparedStatement ps, int index, @Nullable LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, value);
        }
    }
}
