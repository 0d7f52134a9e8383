package dk.loeft.dataimport;

import static dk.loeft.dataimport.ImportFiles.fixture;
import static dk.loeft.dataimport.ImportFiles.institutions;
import static dk.loeft.dataimport.ImportFiles.stream;
import static dk.loeft.dataimport.ImportFiles.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.IntegrationTest;
import dk.loeft.platform.tenancy.Tenancy;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ImportServiceIntegrationTests {

    static final int GLOSTRUP = 161;
    static final int HERLEV = 163;
    static final int ALBERTSLUND = 165;

    @Autowired
    ImportService imports;

    @Autowired
    ImportTemplates templates;

    @Autowired
    JdbcClient jdbc;

    private <T> T asAll(Supplier<T> work) {
        return Tenancy.runAs(Tenancy.ALL, work);
    }

    private long staffCount(int kommune, String p) {
        return asAll(
                () -> jdbc.sql("select count(*) from staff_member where kommune_code = :k and employee_number like :p")
                        .param("k", kommune)
                        .param("p", p + "%")
                        .query(Long.class)
                        .single());
    }

    private ImportResult staff(int kommune, String p, String fixtureName) {
        return imports.importStaff(kommune, "test", fixtureName, stream(fixture(fixtureName, p)));
    }

    @Test
    void aFileWithErrorsWritesNothingAndListsEveryErrorAndTheFixedFileWrites() {
        String p = unique();
        imports.importInstitutions(GLOSTRUP, "test", "institutioner.csv", stream(institutions(p)));

        ImportResult refused = staff(GLOSTRUP, p, "personale-med-fejl.csv");

        assertThat(refused.status()).isEqualTo(ImportStatus.INVALID);
        assertThat(refused.errors())
                .containsExactly(
                        new ImportError(4, "fødselsdato", "'31-02-1990' er ikke en gyldig dato"),
                        new ImportError(
                                5,
                                "institutionsnummer",
                                "institutionsnummer '" + p
                                        + "-9' findes ikke i kommunen. Importér institutionen først."),
                        new ImportError(
                                5, "ugentlige timer", "'60' timer om ugen er ikke muligt: over 0 og højst 48."));
        assertThat(staffCount(GLOSTRUP, p)).isZero();

        ImportResult written = staff(GLOSTRUP, p, "personale.csv");

        assertThat(written.status()).isEqualTo(ImportStatus.DONE);
        assertThat(written.rows()).isEqualTo(4);
        assertThat(List.of(written.created(), written.updated(), written.unchanged()))
                .containsExactly(3, 0, 0);
        assertThat(staffCount(GLOSTRUP, p)).isEqualTo(3);
        Map<String, Object> mette = asAll(() ->
                jdbc.sql("""
                        select s.name, s.role, s.birth_date, s.prior_experience_months,
                               (select count(*) from employment e where e.staff_member = s.id) as employments,
                               (select sum(weekly_hours) from employment e where e.staff_member = s.id) as hours,
                               (select string_agg(education || ' ' || completed_year, ',') from staff_education e
                                 where e.staff_member = s.id) as educations,
                               (select string_agg(function, ',' order by function) from staff_function f
                                 where f.staff_member = s.id) as functions
                          from staff_member s where s.kommune_code = :k and s.employee_number = :nr""").param("k", GLOSTRUP).param("nr", p + "-A").query().singleRow());
        assertThat(mette)
                .containsEntry("name", "Mette Hansen")
                .containsEntry("role", "PAEDAGOGISK_ASSISTENT")
                .containsEntry("prior_experience_months", 18)
                .containsEntry("employments", 2L)
                .containsEntry("educations", "PAU 2015")
                .containsEntry("functions", "PRAKTIKVEJLEDER");
        assertThat((BigDecimal) mette.get("hours")).isEqualByComparingTo("37");
        String oleFunctions = asAll(() -> jdbc.sql("""
                        select string_agg(f.function, ',' order by f.function) from staff_function f
                          join staff_member s on s.id = f.staff_member
                         where s.kommune_code = :k and s.employee_number = :nr""")
                .param("k", GLOSTRUP)
                .param("nr", p + "-B")
                .query(String.class)
                .single());
        assertThat(oleFunctions).isEqualTo("FAGLIG_FYRTAARN,PAEDAGOGFAGLIG_SPECIALIST");
    }

    @Test
    void reImportUpdatesByEmployeeNumberInsteadOfDuplicatingAndReplacesEmployments() {
        String p = unique();
        imports.importInstitutions(GLOSTRUP, "test", "institutioner.csv", stream(institutions(p)));
        staff(GLOSTRUP, p, "personale.csv");
        LocalDate functionSince = functionSince(p + "-A", "PRAKTIKVEJLEDER");

        ImportResult same = staff(GLOSTRUP, p, "personale.csv");

        assertThat(List.of(same.created(), same.updated(), same.unchanged())).containsExactly(0, 0, 3);
        assertThat(version(p + "-A")).isZero();

        String changed = fixture("personale.csv", p)
                        .replace(p + "-2;4,5;01-09-2024;31-12-2026", p + "-2;6;01-09-2024;31-12-2026")
                        .replace("Ida Lund", "Ida Lund Madsen")
                + p + "-D;Nyansat Person;01-01-2000;pædagog;;;" + p + "-1;37;01-01-2026;;;\n";
        ImportResult update = imports.importStaff(GLOSTRUP, "test", "personale-2.csv", stream(changed));

        assertThat(List.of(update.created(), update.updated(), update.unchanged()))
                .containsExactly(1, 2, 1);
        assertThat(staffCount(GLOSTRUP, p)).isEqualTo(4);
        assertThat(version(p + "-A")).isEqualTo(1);
        assertThat(version(p + "-B")).isZero();
        List<BigDecimal> hours = asAll(() -> jdbc.sql("""
                        select e.weekly_hours from employment e join staff_member s on s.id = e.staff_member
                         where s.kommune_code = :k and s.employee_number = :nr order by e.start_date""")
                .param("k", GLOSTRUP)
                .param("nr", p + "-A")
                .query(BigDecimal.class)
                .list());
        assertThat(hours).hasSize(2);
        assertThat(hours.get(1)).isEqualByComparingTo("6");
        assertThat(functionSince(p + "-A", "PRAKTIKVEJLEDER")).isEqualTo(functionSince);

        String withoutAnEmployment = ImportFiles.STAFF_HEADER
                + p + "-A;Mette Hansen;14-03-1988;pædagogisk assistent;PAU;2015;" + p
                + "-1;32,5;01-08-2019;;18;\n";
        ImportResult replaced = imports.importStaff(GLOSTRUP, "test", "personale-3.csv", stream(withoutAnEmployment));

        assertThat(replaced.updated()).isEqualTo(1);
        assertThat(employments(p + "-A")).isEqualTo(1);
        assertThat(functionSince(p + "-A", "PRAKTIKVEJLEDER")).isNull();
        assertThat(staffCount(GLOSTRUP, p))
                .as("people not in the file are left alone")
                .isEqualTo(4);
    }

    @Test
    void anotherKommunesRowsWithTheSameNumbersAreUntouched() {
        String p = unique();
        imports.importInstitutions(HERLEV, "herlev", "institutioner.csv", stream(institutions(p)));
        staff(HERLEV, p, "personale.csv");
        imports.importInstitutions(GLOSTRUP, "glostrup", "institutioner.csv", stream(institutions(p)));
        staff(GLOSTRUP, p, "personale.csv");

        ImportResult renamed = imports.importStaff(
                GLOSTRUP,
                "glostrup",
                "personale.csv",
                stream(fixture("personale.csv", p).replace("Ole Berg", "Ole Bergmann")));
        imports.importInstitutions(
                GLOSTRUP,
                "glostrup",
                "institutioner.csv",
                stream(institutions(p).replace("Æblehaven", "Pæretræet")));

        assertThat(renamed.updated()).isEqualTo(1);
        assertThat(staffCount(HERLEV, p)).isEqualTo(3);
        assertThat(staffCount(GLOSTRUP, p)).isEqualTo(3);
        Map<Integer, String> names = nameByKommune("staff_member", "employee_number", p + "-B");
        assertThat(names).containsEntry(HERLEV, "Ole Berg").containsEntry(GLOSTRUP, "Ole Bergmann");
        Map<Integer, String> institutionNames = nameByKommune("institution", "number", p + "-1");
        assertThat(institutionNames)
                .containsEntry(HERLEV, "Børnehuset Æblehaven")
                .containsEntry(GLOSTRUP, "Børnehuset Pæretræet");
        long herlevVersions = asAll(() -> jdbc.sql(
                        "select coalesce(sum(version), 0) from staff_member where kommune_code = :k and employee_number like :p")
                .param("k", HERLEV)
                .param("p", p + "%")
                .query(Long.class)
                .single());
        assertThat(herlevVersions).isZero();
        long crossKommuneEmployments =
                asAll(() -> jdbc.sql("""
                        select count(*) from employment e join institution i on i.id = e.institution_id
                         where e.kommune_code <> i.kommune_code""").query(Long.class).single());
        assertThat(crossKommuneEmployments).isZero();
    }

    @Test
    void institutionsAreUpsertedByNumberNewAreasCreatedAndAbsentColumnsKept() {
        String p = unique();
        ImportResult first = imports.importInstitutions(GLOSTRUP, "test", "institutioner.csv", stream(institutions(p)));
        assertThat(List.of(first.created(), first.updated(), first.unchanged())).containsExactly(2, 0, 0);

        String moved = "institutionsnummer;navn;type;ejerform\n"
                + p + "-1;Børnehuset Æblehaven;integreret;kommunal\n"
                + p + "-2;Vuggestuen Mælkebøtten;vuggestue;selvejende\n"
                + p + "-3;Dagplejen " + p + ";dagpleje;kommunal\n";
        ImportResult second = imports.importInstitutions(GLOSTRUP, "test", "institutioner-2.csv", stream(moved));

        assertThat(List.of(second.created(), second.updated(), second.unchanged()))
                .containsExactly(1, 1, 1);
        Map<String, Object> one = asAll(() ->
                jdbc.sql("""
                        select i.kind, i.street, i.postal_code, a.name as area, i.version
                          from institution i left join area a on a.id = i.area_id
                         where i.kommune_code = :k and i.number = :nr""").param("k", GLOSTRUP).param("nr", p + "-1").query().singleRow());
        assertThat(one)
                .containsEntry("kind", "INTEGRERET")
                .containsEntry("street", "Æblevej 1")
                .containsEntry("postal_code", "2600")
                .containsEntry("area", "Område " + p)
                .containsEntry("version", 1);
        long areas = asAll(() -> jdbc.sql("select count(*) from area where kommune_code = :k and name = :n")
                .param("k", GLOSTRUP)
                .param("n", "Område " + p)
                .query(Long.class)
                .single());
        assertThat(areas).isOne();
    }

    @Test
    void childrenCountsAreUpsertedByInstitutionAndMonth() {
        String p = unique();
        imports.importInstitutions(GLOSTRUP, "test", "institutioner.csv", stream(institutions(p)));

        ImportResult first =
                imports.importChildrenCounts(GLOSTRUP, "test", "boernetal.csv", stream(fixture("boernetal.csv", p)));
        ImportResult second = imports.importChildrenCounts(
                GLOSTRUP,
                "test",
                "boernetal.csv",
                stream(fixture("boernetal.csv", p).replace("12,5;40", "14;40")));

        assertThat(List.of(first.created(), first.updated(), first.unchanged())).containsExactly(3, 0, 0);
        assertThat(List.of(second.created(), second.updated(), second.unchanged()))
                .containsExactly(0, 1, 2);
        List<BigDecimal> young = asAll(() -> jdbc.sql("""
                        select c.children_0_2 from children_count c join institution i on i.id = c.institution_id
                         where i.kommune_code = :k and i.number = :nr order by c.month""")
                .param("k", GLOSTRUP)
                .param("nr", p + "-1")
                .query(BigDecimal.class)
                .list());
        assertThat(young).hasSize(2);
        assertThat(young.getFirst()).isEqualByComparingTo("14");
    }

    @Test
    void everyRealImportLeavesAHistoryLineADryRunNone() {
        String p = unique();
        imports.importInstitutions(GLOSTRUP, "glostrup.forvaltning", "inst-" + p + ".csv", stream(institutions(p)));
        imports.importStaff(
                GLOSTRUP, "glostrup.forvaltning", "fejl-" + p + ".csv", stream(fixture("personale-med-fejl.csv", p)));
        ImportResult dry = imports.run(
                ImportKind.STAFF,
                GLOSTRUP,
                "glostrup.forvaltning",
                "proeve-" + p + ".csv",
                stream(fixture("personale.csv", p)),
                true);

        assertThat(dry.status()).isEqualTo(ImportStatus.READY);
        assertThat(dry.created()).isEqualTo(3);
        assertThat(staffCount(GLOSTRUP, p)).isZero();
        List<Map<String, Object>> history =
                asAll(() -> jdbc.sql("""
                        select file_name, kind, actor, status, total_rows, created_count, error_count, kommune_code
                          from import_job where file_name like :p order by started_at, file_name""").param("p", "%" + p + "%").query().listOfRows());
        assertThat(history).hasSize(2);
        assertThat(history.get(0))
                .containsEntry("kind", "INSTITUTIONS")
                .containsEntry("status", "DONE")
                .containsEntry("created_count", 2)
                .containsEntry("actor", "glostrup.forvaltning")
                .containsEntry("kommune_code", GLOSTRUP);
        assertThat(history.get(1))
                .containsEntry("kind", "STAFF")
                .containsEntry("status", "INVALID")
                .containsEntry("total_rows", 4)
                .containsEntry("error_count", 3);
        long visibleToHerlev = Tenancy.runAs(
                String.valueOf(HERLEV), () -> jdbc.sql("select count(*) from import_job where file_name like :p")
                        .param("p", "%" + p + "%")
                        .query(Long.class)
                        .single());
        assertThat(visibleToHerlev).isZero();
    }

    @Test
    void theDownloadedTemplatesImportCleanlyAsCsvAndAsExcel() {
        ImportResult institutionsFromExcel = imports.importInstitutions(
                ALBERTSLUND,
                "test",
                "skabelon.xlsx",
                new ByteArrayInputStream(templates.xlsx(ImportKind.INSTITUTIONS)));
        assertThat(institutionsFromExcel.errors()).isEmpty();
        assertThat(institutionsFromExcel.rows()).isOne();

        for (ImportKind kind : ImportKind.values()) {
            for (byte[] template : List.of(templates.csv(kind), templates.xlsx(kind))) {
                ImportResult result =
                        imports.run(kind, ALBERTSLUND, "test", "skabelon", new ByteArrayInputStream(template), true);
                assertThat(result.errors()).as(kind.name()).isEmpty();
                assertThat(result.warnings()).as(kind.name()).isEmpty();
                assertThat(result.rows()).as(kind.name()).isOne();
            }
        }
    }

    @Test
    void aFileWithCprNumbersIsRefusedAndNothingIsWritten() {
        String p = unique();
        imports.importInstitutions(GLOSTRUP, "test", "institutioner.csv", stream(institutions(p)));
        String csv = fixture("personale.csv", p).replace(p + "-A", "140388-1234");

        ImportResult result = imports.importStaff(GLOSTRUP, "test", "cpr.csv", stream(csv));

        assertThat(result.status()).isEqualTo(ImportStatus.INVALID);
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("medarbejdernummer");
            assertThat(e.message()).contains("CPR").doesNotContain("1234");
        });
        assertThat(staffCount(GLOSTRUP, p)).isZero();
    }

    private int version(String employeeNumber) {
        return asAll(
                () -> jdbc.sql("select version from staff_member where kommune_code = :k and employee_number = :nr")
                        .param("k", GLOSTRUP)
                        .param("nr", employeeNumber)
                        .query(Integer.class)
                        .single());
    }

    private long employments(String employeeNumber) {
        return asAll(() -> jdbc.sql("""
                        select count(*) from employment e join staff_member s on s.id = e.staff_member
                         where s.kommune_code = :k and s.employee_number = :nr""")
                .param("k", GLOSTRUP)
                .param("nr", employeeNumber)
                .query(Long.class)
                .single());
    }

    private LocalDate functionSince(String employeeNumber, String function) {
        return asAll(() -> jdbc.sql("""
                        select f.since from staff_function f join staff_member s on s.id = f.staff_member
                         where s.kommune_code = :k and s.employee_number = :nr and f.function = :f""")
                .param("k", GLOSTRUP)
                .param("nr", employeeNumber)
                .param("f", function)
                .query(LocalDate.class)
                .optional()
                .orElse(null));
    }

    private Map<Integer, String> nameByKommune(String table, String keyColumn, String key) {
        return asAll(() -> jdbc
                .sql("select kommune_code, name from " + table + " where " + keyColumn + " = :key")
                .param("key", key)
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getString(2)))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
