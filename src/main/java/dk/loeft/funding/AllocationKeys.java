package dk.loeft.funding;

import dk.loeft.institution.InstitutionService;
import dk.loeft.institution.Kommune;
import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.sheet.SheetData;
import dk.loeft.platform.sheet.SheetReader;
import dk.loeft.platform.sheet.UnreadableFileException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocation keys: imported by the ministry from a CSV or XLSX table of children per kommune, checked
 * in full before anything is written, then read by allocations.
 */
@Service
public class AllocationKeys {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final InstitutionService institutions;
    private final Clock clock;

    AllocationKeys(JdbcClient jdbc, JdbcTemplate template, InstitutionService institutions, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.institutions = institutions;
        this.clock = clock;
    }

    /** The ministry imports a key file; on any problem nothing is written and every problem is returned. */
    @Transactional
    public KeyImportResult importFile(KeyDetails details, String fileName, byte[] content) {
        LoeftUser user = Access.national();
        return importFile(details, fileName, content, user.getUsername(), clock.instant());
    }

    /** The same for system work (demo data), with who and when stated by the caller. */
    @Transactional
    public KeyImportResult importFile(KeyDetails details, String fileName, byte[] content, String by, Instant at) {
        checkDetails(details);
        SheetData sheet;
        try {
            sheet = SheetReader.read(fileName, content);
        } catch (UnreadableFileException e) {
            return new KeyImportResult(null, List.of(KeyProblem.file(e.messageKey(), (Object[]) e.arguments())));
        }
        Map<Integer, String> kommuner =
                institutions.allKommuner().stream().collect(Collectors.toMap(Kommune::code, Kommune::name));
        KeyFileCheck.Checked checked = new KeyFileCheck(kommuner).check(sheet);
        if (!checked.problems().isEmpty()) {
            return new KeyImportResult(null, checked.problems());
        }
        UUID id = UUID.randomUUID();
        long total =
                checked.children().values().stream().mapToLong(Long::longValue).sum();
        jdbc.sql("""
                        insert into allocation_key (id, name, age_from, age_to, reference_year, source, file_name,
                                                    total_children, imported_by, imported_at)
                        values (:id, :name, :ageFrom, :ageTo, :year, :source, :file, :total, :by, :at)""")
                .param("id", id)
                .param("name", details.name().trim())
                .param("ageFrom", details.ageFrom())
                .param("ageTo", details.ageTo())
                .param("year", details.referenceYear())
                .param("source", details.source().trim())
                .param("file", fileName)
                .param("total", total)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
        List<Object[]> rows = new ArrayList<>();
        checked.children().forEach((code, children) -> rows.add(new Object[] {id, code, children}));
        template.batchUpdate(
                "insert into allocation_key_row (allocation_key, kommune_code, children) values (?, ?, ?)", rows);
        return new KeyImportResult(id, List.of());
    }

    private static void checkDetails(KeyDetails details) {
        if (details.name().isBlank() || details.source().isBlank()) {
            throw new RuleViolationException("funding.key.error.details");
        }
        if (details.ageFrom() < 0 || details.ageTo() < details.ageFrom()) {
            throw new RuleViolationException("funding.round.error.ageBand");
        }
    }

    /** Every key, newest first. */
    public List<AllocationKey> all() {
        return jdbc.sql(SELECT + " order by imported_at desc, name")
                .query(AllocationKey.class)
                .list();
    }

    public AllocationKey byId(UUID id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(AllocationKey.class)
                .optional()
                .orElseThrow(NotFoundException::new);
    }

    /** The key's rows, one per kommune, by kommune code. */
    public List<KeyRow> rows(UUID keyId) {
        return jdbc.sql("""
                        select r.kommune_code, k.name as kommune_name, r.children, a.total_children
                          from allocation_key_row r
                          join allocation_key a on a.id = r.allocation_key
                          join kommune k on k.code = r.kommune_code
                         where r.allocation_key = :id
                         order by r.kommune_code""").param("id", keyId).query(KeyRow.class).list();
    }

    Map<Integer, Long> children(UUID keyId) {
        return rows(keyId).stream().collect(Collectors.toMap(KeyRow::kommuneCode, KeyRow::children));
    }

    private static final String SELECT = """
            select id, name, age_from, age_to, reference_year, source, file_name, total_children,
                   imported_by, imported_at
              from allocation_key""";
}
