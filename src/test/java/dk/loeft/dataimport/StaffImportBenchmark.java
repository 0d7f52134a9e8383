package dk.loeft.dataimport;

import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.IntegrationTest;
import dk.loeft.benchmark.NationalDataSet;
import dk.loeft.platform.tenancy.Tenancy;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staff import of 80.000 rows against PostgreSQL COPY of the same rows into a plain table.
 * Not part of {@code verify}; run with
 * {@code ./mvnw verify -Dtest=StaffImportBenchmark -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@IntegrationTest
class StaffImportBenchmark {

    static final int KOMMUNE = 167;
    static final int ROWS = 80_000;
    static final int INSTITUTIONS = 300;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    TransactionTemplate tx;

    @Test
    void staffImportOf80000RowsAgainstCopy() throws Exception {
        var data = NationalDataSet.ensureLoaded(jdbcTemplate, tx);
        System.out.printf(
                "%nNational data set: %d kommuner, %d institutions, %d staff (ready in %d ms)%n",
                data.kommuner(), data.institutions(), data.staff(), data.millis());
        StringBuilder inst = new StringBuilder(ImportFiles.INSTITUTION_HEADER);
        for (int i = 0; i < INSTITUTIONS; i++) {
            inst.append("B")
                    .append(i)
                    .append(";Institution ")
                    .append(i)
                    .append(";integreret;kommunal;Område ")
                    .append(i % 7)
                    .append(";Vej ")
                    .append(i)
                    .append(";2650;Hvidovre\n");
        }
        imports.importInstitutions(KOMMUNE, "bench", "inst.csv", ImportFiles.stream(inst.toString()));
        String csv = staffFile("E", ROWS, "");
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        String warm = staffFile("W", 5_000, "");

        for (int i = 0; i < 3; i++) {
            copy(csv);
            imports.importStaff(KOMMUNE, "bench", "warm.csv", ImportFiles.stream(warm.replace("W", "W" + i)));
        }
        long copyNanos = Long.MAX_VALUE;
        long tablesNanos = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            copyNanos = Math.min(copyNanos, copy(csv));
            tablesNanos = Math.min(tablesNanos, copyIntoTheRealTables());
        }

        long start = System.nanoTime();
        ImportResult first = imports.importStaff(KOMMUNE, "bench", "staff.csv", new ByteArrayInputStream(bytes));
        long firstNanos = System.nanoTime() - start;
        assertThat(first.errors()).isEmpty();

        start = System.nanoTime();
        ImportResult again = imports.importStaff(KOMMUNE, "bench", "staff.csv", new ByteArrayInputStream(bytes));
        long againNanos = System.nanoTime() - start;

        String changedCsv = staffFile("E", ROWS, "x");
        start = System.nanoTime();
        ImportResult changed = imports.importStaff(
                KOMMUNE, "bench", "staff.csv", new ByteArrayInputStream(changedCsv.getBytes(StandardCharsets.UTF_8)));
        long changedNanos = System.nanoTime() - start;

        System.out.printf(
                "%nBENCHMARK staff import, %d rows, %d people%n"
                        + "  COPY of the file's rows into one table:                        %6d ms%n"
                        + "  COPY into staff_member, employment, education, function (superuser): %6d ms%n"
                        + "  first import: %6d ms = %5.1f x COPY into one table, %4.1f x COPY into the staff tables %s%n"
                        + "  same again:   %6d ms = %5.1f x COPY into one table, %4.1f x COPY into the staff tables %s%n"
                        + "  all changed:  %6d ms = %5.1f x COPY into one table, %4.1f x COPY into the staff tables %s%n",
                ROWS,
                first.created(),
                copyNanos / 1_000_000,
                tablesNanos / 1_000_000,
                firstNanos / 1_000_000,
                (double) firstNanos / copyNanos,
                (double) firstNanos / tablesNanos,
                counts(first),
                againNanos / 1_000_000,
                (double) againNanos / copyNanos,
                (double) againNanos / tablesNanos,
                counts(again),
                changedNanos / 1_000_000,
                (double) changedNanos / copyNanos,
                (double) changedNanos / tablesNanos,
                counts(changed));
        assertThat(again.unchanged()).isEqualTo(first.created());
        assertThat(changed.updated()).isEqualTo(first.created());
    }

    private static String counts(ImportResult r) {
        return "(" + r.created() + " new, " + r.updated() + " updated, " + r.unchanged() + " unchanged)";
    }

    /** 80 % of people have one employment, 20 % two (two rows). */
    private static String staffFile(String prefix, int rows, String nameSuffix) {
        StringBuilder csv = new StringBuilder(ImportFiles.STAFF_HEADER);
        int row = 0;
        int person = 0;
        while (row < rows) {
            boolean two = person % 5 == 0 && row + 1 < rows;
            for (int j = 0; j < (two ? 2 : 1); j++) {
                csv.append(prefix)
                        .append(person)
                        .append(";Medarbejder ")
                        .append(person)
                        .append(nameSuffix)
                        .append(";")
                        .append(1 + person % 28)
                        .append("-")
                        .append(1 + person % 12)
                        .append("-")
                        .append(1960 + person % 35)
                        .append(";")
                        .append(person % 3 == 0 ? "pædagog;pædagog;" + (1985 + person % 35) : "pædagogmedhjælper;;")
                        .append(";B")
                        .append((person + j) % INSTITUTIONS)
                        .append(";")
                        .append(j == 0 ? "32,5" : "4")
                        .append(";")
                        .append(j == 0 ? "01-08-2015" : "01-01-2024")
                        .append(";")
                        .append(j == 0 ? "" : "31-12-2026")
                        .append(";")
                        .append(person % 24)
                        .append(";")
                        .append(person % 10 == 0 ? "praktikvejleder" : "")
                        .append("\n");
                row++;
            }
            person++;
        }
        return csv.toString();
    }

    /**
     * The same people copied straight into the staff tables as the database superuser (COPY cannot
     * write tables with row-level security as the application role), then rolled back.
     */
    private long copyIntoTheRealTables() throws Exception {
        String url;
        try (Connection app = dataSource.getConnection()) {
            url = app.getMetaData().getURL();
        }
        String institutionIds = Tenancy.runAs(
                Tenancy.ALL,
                () -> String.join(
                        ",",
                        jdbc.sql(
                                        "select id::text from institution where kommune_code = :k and number like 'B%' order by number")
                                .param("k", KOMMUNE)
                                .query(String.class)
                                .list()));
        String[] ids = institutionIds.split(",");
        StringBuilder people = new StringBuilder();
        StringBuilder jobs = new StringBuilder();
        StringBuilder educations = new StringBuilder();
        StringBuilder functions = new StringBuilder();
        int row = 0;
        int person = 0;
        while (row < ROWS) {
            String id = java.util.UUID.randomUUID().toString();
            boolean two = person % 5 == 0 && row + 1 < ROWS;
            people.append(id)
                    .append('\t')
                    .append(KOMMUNE)
                    .append("\tC")
                    .append(person)
                    .append("\tMedarbejder ")
                    .append(person)
                    .append("\t1980-01-01\tPAEDAGOG\t")
                    .append(person % 24)
                    .append("\t2026-01-01 00:00:00+00\t0\n");
            for (int j = 0; j < (two ? 2 : 1); j++) {
                jobs.append(id)
                        .append('\t')
                        .append(KOMMUNE)
                        .append('\t')
                        .append(ids[(person + j) % ids.length])
                        .append(j == 0 ? "\t32.5\t2015-08-01\t\\N\n" : "\t4\t2024-01-01\t2026-12-31\n");
                row++;
            }
            if (person % 3 == 0) {
                educations.append(id).append('\t').append(KOMMUNE).append("\tPAEDAGOG\t2005\n");
            }
            if (person % 10 == 0) {
                functions.append(id).append('\t').append(KOMMUNE).append("\tPRAKTIKVEJLEDER\t2026-01-01\n");
            }
            person++;
        }
        var properties = new java.util.Properties();
        properties.setProperty("user", "postgres");
        try (Connection superuser =
                java.sql.DriverManager.getConnection(url.replaceAll("user=[^&]*", "user=postgres"), properties)) {
            superuser.setAutoCommit(false);
            var copy = superuser.unwrap(PGConnection.class).getCopyAPI();
            long start = System.nanoTime();
            copy.copyIn(
                    "copy staff_member (id, kommune_code, employee_number, name, birth_date, role,"
                            + " prior_experience_months, updated_at, version) from stdin",
                    new StringReader(people.toString()));
            copy.copyIn(
                    "copy employment (staff_member, kommune_code, institution_id, weekly_hours, start_date,"
                            + " end_date) from stdin",
                    new StringReader(jobs.toString()));
            copy.copyIn(
                    "copy staff_education (staff_member, kommune_code, education, completed_year) from stdin",
                    new StringReader(educations.toString()));
            copy.copyIn(
                    "copy staff_function (staff_member, kommune_code, function, since) from stdin",
                    new StringReader(functions.toString()));
            long took = System.nanoTime() - start;
            superuser.rollback();
            return took;
        }
    }

    private long copy(String csv) throws Exception {
        return Tenancy.runAs(String.valueOf(KOMMUNE), () -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (var statement = connection.createStatement()) {
                    statement.execute("create temp table copy_baseline (employee_number text, name text,"
                            + " birth_date text, role text, education text, education_year text,"
                            + " institution_number text, weekly_hours text, start_date text, end_date text,"
                            + " experience text, functions text) on commit drop");
                }
                long start = System.nanoTime();
                connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                                "copy copy_baseline from stdin (format csv, delimiter ';', header true)",
                                new StringReader(csv));
                connection.commit();
                return System.nanoTime() - start;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
