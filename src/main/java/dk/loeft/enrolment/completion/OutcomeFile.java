package dk.loeft.enrolment.completion;

import dk.loeft.catalog.Offering;
import dk.loeft.enrolment.Outcome;
import dk.loeft.enrolment.Participation;
import dk.loeft.platform.sheet.SheetData;
import dk.loeft.platform.sheet.SheetReader;
import dk.loeft.platform.sheet.SheetRow;
import dk.loeft.platform.sheet.UnreadableFileException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The provider's result file: one row per participant with employee number (medarbejdernummer),
 * result (resultat: bestået, ikke bestået, afbrudt), date (dato), ECTS and reason (begrundelse,
 * required for afbrudt). Every row is checked against the offering's seated participants and the
 * completion rules; all problems are reported with row and column.
 */
final class OutcomeFile {

    static final String EMPLOYEE = "medarbejdernummer";
    static final String OUTCOME = "resultat";
    static final String DATE = "dato";
    static final String ECTS = "ects";
    static final String REASON = "begrundelse";

    private static final List<String> COLUMNS = List.of(EMPLOYEE, OUTCOME, DATE, ECTS, REASON);
    private static final List<String> REQUIRED = List.of(EMPLOYEE, OUTCOME, DATE);
    private static final Map<String, String> ALIASES = Map.of(
            "medarbejdernr", EMPLOYEE,
            "medarbejdernr.", EMPLOYEE,
            "lønnummer", EMPLOYEE,
            "udfald", OUTCOME,
            "resultatdato", DATE,
            "ects-point", ECTS,
            "grund", REASON,
            "årsag", REASON);
    private static final Pattern DANISH_DATE = Pattern.compile("(\\d{1,2})[-./](\\d{1,2})[-./](\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern CPR = Pattern.compile("\\d{6}-?\\d{4}");

    private OutcomeFile() {}

    record Row(int number, Participation participation, CompletionCommand command) {}

    record Parsed(List<Row> rows, List<ImportProblem> problems) {}

    static Parsed read(
            String fileName,
            byte[] content,
            Offering offering,
            Map<String, Participation> byEmployeeNumber,
            LocalDate today) {
        List<ImportProblem> problems = new ArrayList<>();
        SheetData data;
        try {
            data = SheetReader.read(fileName, content);
        } catch (UnreadableFileException e) {
            return new Parsed(List.of(), List.of(new ImportProblem(0, null, e.messageKey(), (Object[]) e.arguments())));
        }
        Map<String, Integer> columns = header(data, problems);
        if (!problems.isEmpty()) {
            return new Parsed(List.of(), problems);
        }
        if (data.rows().isEmpty()) {
            return new Parsed(List.of(), List.of(new ImportProblem(0, null, "enrolment.completion.import.noRows")));
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SheetRow row : data.rows()) {
            int n = row.number();
            String employee = cell(row, columns, EMPLOYEE);
            String outcomeText = cell(row, columns, OUTCOME);
            String dateText = cell(row, columns, DATE);
            String ectsText = cell(row, columns, ECTS);
            String reason = cell(row, columns, REASON);
            int before = problems.size();
            Participation participation = null;
            if (employee.isEmpty()) {
                problems.add(new ImportProblem(n, EMPLOYEE, "enrolment.completion.import.required"));
            } else if (CPR.matcher(employee).matches()) {
                problems.add(new ImportProblem(n, EMPLOYEE, "enrolment.completion.import.cpr"));
            } else {
                String key = employee.toLowerCase(Locale.ROOT);
                Integer earlier = seen.putIfAbsent(key, n);
                participation = byEmployeeNumber.get(key);
                if (earlier != null) {
                    problems.add(
                            new ImportProblem(n, EMPLOYEE, "enrolment.completion.import.twice", employee, earlier));
                } else if (participation == null) {
                    problems.add(
                            new ImportProblem(n, EMPLOYEE, "enrolment.completion.import.notParticipant", employee));
                }
            }
            Outcome outcome = null;
            if (outcomeText.isEmpty()) {
                problems.add(new ImportProblem(n, OUTCOME, "enrolment.completion.import.required"));
            } else {
                outcome = outcome(outcomeText);
                if (outcome == null) {
                    problems.add(new ImportProblem(n, OUTCOME, "enrolment.completion.import.outcome", outcomeText));
                }
            }
            LocalDate date = null;
            if (dateText.isEmpty()) {
                problems.add(new ImportProblem(n, DATE, "enrolment.completion.import.required"));
            } else {
                date = date(dateText);
                if (date == null) {
                    problems.add(new ImportProblem(n, DATE, "enrolment.completion.import.date", dateText));
                }
            }
            Integer ects = null;
            if (!ectsText.isEmpty()) {
                try {
                    ects = Integer.valueOf(ectsText.replace(",0", "").replace(".0", ""));
                } catch (NumberFormatException e) {
                    problems.add(new ImportProblem(n, ECTS, "enrolment.completion.import.integer", ectsText));
                }
            }
            if (problems.size() > before || participation == null || outcome == null || date == null) {
                continue;
            }
            var command = new CompletionCommand(outcome, date, ects, reason.isEmpty() ? null : reason);
            List<Violation> violations = CompletionRules.check(participation, offering, command, today);
            for (Violation v : violations) {
                problems.add(new ImportProblem(n, column(v.field()), v.key(), v.args()));
            }
            if (violations.isEmpty()) {
                rows.add(new Row(n, participation, command));
            }
        }
        return new Parsed(problems.isEmpty() ? rows : List.of(), problems);
    }

    private static Map<String, Integer> header(SheetData data, List<ImportProblem> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < data.header().size(); i++) {
            String name = normalise(data.header().get(i));
            String column = COLUMNS.contains(name) ? name : ALIASES.get(name);
            if (column == null) {
                continue;
            }
            if (columns.putIfAbsent(column, i) != null) {
                problems.add(new ImportProblem(data.headerRow(), column, "enrolment.completion.import.headerTwice"));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(
                        new ImportProblem(data.headerRow(), required, "enrolment.completion.import.headerMissing"));
            }
        }
        return columns;
    }

    private static String normalise(String header) {
        return header.trim().toLowerCase(Locale.ROOT).replace(" ", "");
    }

    private static String cell(SheetRow row, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index).trim();
    }

    /** The file column a rule's field is read from. */
    private static @Nullable String column(String field) {
        return switch (field) {
            case "on" -> DATE;
            case "ects" -> ECTS;
            case "reason" -> REASON;
            case "outcome" -> OUTCOME;
            default -> EMPLOYEE;
        };
    }

    static @Nullable Outcome outcome(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', ' ');
        return switch (t) {
            case "bestået", "bestaaet", "passed" -> Outcome.PASSED;
            case "ikke bestået", "ikke bestaaet", "dumpet", "failed" -> Outcome.FAILED;
            case "afbrudt", "frafald", "dropped out" -> Outcome.DROPPED_OUT;
            default -> null;
        };
    }

    static @Nullable LocalDate date(String text) {
        try {
            Matcher danish = DANISH_DATE.matcher(text);
            if (danish.matches()) {
                return LocalDate.of(
                        Integer.parseInt(danish.group(3)),
                        Integer.parseInt(danish.group(2)),
                        Integer.parseInt(danish.group(1)));
            }
            Matcher iso = ISO_DATE.matcher(text);
            if (iso.matches()) {
                return LocalDate.of(
                        Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
