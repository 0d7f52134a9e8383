package dk.loeft.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fictional but plausible expenditure (forbrug) of Rødovre and Dragør from the pool 2023-2026:
 * tuition for merit and PAU classes, wages during education from 2024, informal upskilling under
 * the 10 % cap, administration and audit, and one line reversed. Written whether or not the
 * grants are published yet, so the demo ledger has spending from the start.
 */
final class DemoExpenditure {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private DemoExpenditure() {}

    /** One line: kommune, date, kroner as written in Danish books, category, voucher, initiative, and what it reverses. */
    record Line(
            int kommune,
            LocalDate bookedOn,
            String kroner,
            String category,
            String voucher,
            String initiative,
            @Nullable String reverses) {}

    static final List<Line> LINES = List.of(
            roedovre("2023-09-15", "86400.00", "DELTAGERBETALING", "RK-23-0412", "Meritpædagog hold 2023"),
            roedovre("2023-10-02", "18750.00", "UFORMEL", "RK-23-0455", "Sprogkursus for pædagogmedhjælpere"),
            roedovre("2023-11-20", "6212.50", "STUDIEUDGIFTER", "RK-23-0519", "Meritpædagog hold 2023"),
            roedovre("2023-12-14", "12000.00", "ADMINISTRATION", "RK-23-0588", "Koordinering af opkvalificeringen"),
            roedovre("2024-01-31", "144000.00", "DELTAGERBETALING", "RK-24-0031", "PAU for dagplejere"),
            roedovre("2024-02-29", "98560.00", "LOEN", "RK-24-0077", "Meritpædagog hold 2023, løn under uddannelse"),
            roedovre("2024-03-18", "24500.00", "UFORMEL", "RK-24-0112", "Intern undervisning: sprog og leg"),
            roedovre("2024-05-06", "4250.00", "STUDIEUDGIFTER", "RK-24-0190", "Meritpædagog hold 2023"),
            new Line(
                    175,
                    LocalDate.parse("2024-05-06"),
                    "-4250.00",
                    "STUDIEUDGIFTER",
                    "RK-24-0190-R",
                    "Meritpædagog hold 2023",
                    "RK-24-0190"),
            roedovre("2024-06-28", "197120.00", "LOEN", "RK-24-0301", "Meritpædagog hold 2023, løn under uddannelse"),
            roedovre("2024-08-19", "172800.00", "DELTAGERBETALING", "RK-24-0388", "Meritpædagog hold 2024"),
            roedovre("2024-09-09", "9845.75", "STUDIEUDGIFTER", "RK-24-0402", "Meritpædagog hold 2024"),
            roedovre("2024-11-04", "31200.00", "UFORMEL", "RK-24-0517", "Faglige fyrtårne: netværksdage"),
            roedovre("2024-12-16", "15000.00", "REVISION", "RK-24-0602", "Revision af regnskab 2023"),
            roedovre("2025-01-27", "172800.00", "DELTAGERBETALING", "RK-25-0044", "Meritpædagog hold 2024"),
            roedovre("2025-03-31", "221760.00", "LOEN", "RK-25-0150", "Meritpædagog hold 2024, løn under uddannelse"),
            roedovre("2025-05-12", "28900.00", "UFORMEL", "RK-25-0233", "Intern undervisning: udeliv og motorik"),
            roedovre("2025-08-25", "96000.00", "DELTAGERBETALING", "RK-25-0371", "PAU for dagplejere, hold 2"),
            roedovre("2025-10-06", "18000.00", "ADMINISTRATION", "RK-25-0440", "Koordinering af opkvalificeringen"),
            roedovre("2026-01-26", "172800.00", "DELTAGERBETALING", "RK-26-0038", "Meritpædagog hold 2025"),
            roedovre("2026-03-16", "22400.00", "UFORMEL", "RK-26-0121", "Faglige fyrtårne: netværksdage"),
            roedovre("2026-04-30", "184800.00", "LOEN", "RK-26-0199", "Meritpædagog hold 2025, løn under uddannelse"),
            roedovre("2026-06-15", "16500.00", "REVISION", "RK-26-0260", "Revision af regnskab 2025"),
            roedovre("2026-09-07", "7430.00", "STUDIEUDGIFTER", "RK-26-0355", "Meritpædagog hold 2025"),
            dragoer("2023-10-16", "43200.00", "DELTAGERBETALING", "DR-23-118", "Meritpædagog, 2 medhjælpere"),
            dragoer("2023-11-27", "6400.00", "UFORMEL", "DR-23-131", "Temadag om sprog"),
            dragoer("2024-02-12", "43200.00", "DELTAGERBETALING", "DR-24-022", "Meritpædagog, 2 medhjælpere"),
            dragoer("2024-06-24", "61600.00", "LOEN", "DR-24-097", "Meritpædagog, løn under uddannelse"),
            dragoer("2024-09-30", "3180.00", "STUDIEUDGIFTER", "DR-24-144", "Meritpædagog, bøger"),
            dragoer("2025-02-10", "48000.00", "DELTAGERBETALING", "DR-25-019", "PAU for dagplejere"),
            dragoer("2025-09-15", "7500.00", "UFORMEL", "DR-25-133", "Temadag om udeliv"),
            dragoer("2026-02-02", "9000.00", "REVISION", "DR-26-014", "Revision af regnskab 2025"));

    private static Line roedovre(String on, String kroner, String category, String voucher, String initiative) {
        return new Line(175, LocalDate.parse(on), kroner, category, voucher, initiative, null);
    }

    private static Line dragoer(String on, String kroner, String category, String voucher, String initiative) {
        return new Line(155, LocalDate.parse(on), kroner, category, voucher, initiative, null);
    }

    /** Inserts every line (as the kommune's økonomi, two working days after the booking date). */
    static void write(JdbcTemplate jdbc) {
        List<Object[]> rows = new ArrayList<>();
        java.util.Map<String, UUID> ids = new java.util.HashMap<>();
        for (Line line : LINES) {
            UUID id = UUID.nameUUIDFromBytes(("demo-expenditure-" + line.kommune() + "-" + line.voucher())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            ids.put(line.kommune() + "|" + line.voucher(), id);
            UUID corrects = line.reverses() == null ? null : ids.get(line.kommune() + "|" + line.reverses());
            rows.add(new Object[] {
                id,
                line.kommune(),
                line.bookedOn(),
                new BigDecimal(line.kroner()).movePointRight(2).longValueExact(),
                line.category(),
                line.voucher(),
                line.initiative(),
                line.reverses() == null ? null : "Forkert kontering",
                corrects,
                line.kommune() == 175 ? "oekonomi.roedovre" : "oekonomi.dragoer",
                Timestamp.from(line.bookedOn()
                        .plusDays(2)
                        .atTime(LocalTime.of(10, 0))
                        .atZone(COPENHAGEN)
                        .toInstant())
            });
        }
        jdbc.batchUpdate("""
                insert into expenditure (id, kommune_code, booked_on, amount_oere, cost_category, voucher, initiative,
                                         note, corrects, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }
}
