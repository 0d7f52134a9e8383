package dk.loeft.funding;

import dk.loeft.platform.sheet.SheetData;
import dk.loeft.platform.sheet.SheetRow;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Checks a key file (a DST-style table: kommunekode, optional kommunenavn, børn) against the 98
 * kommuner: every code once, no unknown code, whole non-negative numbers, a total above zero, and
 * a name, where given, that matches the code. Every problem is reported, with row and column.
 */
final class KeyFileCheck {

    static final String CODE = "kommunekode";
    static final String NAME = "kommunenavn";
    static final String CHILDREN = "børn";

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}([. ]\\d{3})+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+([.,]\\d+)+");
    private static final Pattern NEGATIVE = Pattern.compile("-\\d+");

    private final Map<Integer, String> kommuner;

    /** @param kommuner the 98 kommuner: code → name */
    KeyFileCheck(Map<Integer, String> kommuner) {
        this.kommuner = kommuner;
    }

    record Checked(Map<Integer, Long> children, List<KeyProblem> problems) {}

    Checked check(SheetData sheet) {
        List<KeyProblem> problems = new ArrayList<>();
        Map<String, Integer> columns = columns(sheet.header());
        for (String required : List.of(CODE, CHILDREN)) {
            if (!columns.containsKey(required)) {
                problems.add(KeyProblem.file("funding.key.error.column", required));
            }
        }
        if (!problems.isEmpty()) {
            return new Checked(Map.of(), problems);
        }
        boolean xlsx = sheet.source().format() == SheetData.Format.XLSX;
        Map<Integer, Long> children = new TreeMap<>();
        Map<Integer, Integer> rowOf = new HashMap<>();
        for (SheetRow row : sheet.rows()) {
            Integer code = code(row, columns.get(CODE), problems);
            Long count = children(row.cell(columns.get(CHILDREN)), row.number(), xlsx, problems);
            if (code == null) {
                continue;
            }
            Integer nameColumn = columns.get(NAME);
            if (nameColumn != null
                    && !row.cell(nameColumn).isEmpty()
                    && !same(row.cell(nameColumn), kommuner.get(code))) {
                problems.add(KeyProblem.at(
                        row.number(), NAME, "funding.key.error.name", row.cell(nameColumn), code, kommuner.get(code)));
            }
            Integer earlier = rowOf.putIfAbsent(code, row.number());
            if (earlier != null) {
                problems.add(KeyProblem.at(row.number(), CODE, "funding.key.error.duplicate", code, earlier));
            } else if (count != null) {
                children.put(code, count);
            }
        }
        kommuner.forEach((code, name) -> {
            if (!rowOf.containsKey(code)) {
                problems.add(KeyProblem.file("funding.key.error.missing", code, name));
            }
        });
        if (problems.isEmpty()
                && children.values().stream().mapToLong(Long::longValue).sum() <= 0) {
            problems.add(KeyProblem.file("funding.key.error.total"));
        }
        return new Checked(problems.isEmpty() ? children : Map.of(), problems);
    }

    private Integer code(SheetRow row, int column, List<KeyProblem> problems) {
        String value = row.cell(column);
        if (value.isEmpty()) {
            problems.add(KeyProblem.at(row.number(), CODE, "funding.key.error.code.empty"));
            return null;
        }
        if (!DIGITS.matcher(value).matches() || value.length() > 4) {
            problems.add(KeyProblem.at(row.number(), CODE, "funding.key.error.code.invalid", value));
            return null;
        }
        int code = Integer.parseInt(value);
        if (!kommuner.containsKey(code)) {
            problems.add(KeyProblem.at(row.number(), CODE, "funding.key.error.code.unknown", value));
            return null;
        }
        return code;
    }

    /** A whole number; in CSV the Danish thousands separator (2.132) is allowed, in XLSX cells are plain numbers. */
    private static Long children(String value, int row, boolean xlsx, List<KeyProblem> problems) {
        if (value.isEmpty()) {
            problems.add(KeyProblem.at(row, CHILDREN, "funding.key.error.children.empty"));
            return null;
        }
        if (DIGITS.matcher(value).matches() && value.length() <= 9) {
            return Long.parseLong(value);
        }
        if (!xlsx && THOUSANDS.matcher(value).matches() && value.length() <= 11) {
            return Long.parseLong(value.replace(".", "").replace(" ", ""));
        }
        if (NEGATIVE.matcher(value).matches() || value.startsWith("-")) {
            problems.add(KeyProblem.at(row, CHILDREN, "funding.key.error.children.negative", value));
        } else if (DECIMAL.matcher(value).matches()) {
            problems.add(KeyProblem.at(row, CHILDREN, "funding.key.error.children.decimal", value));
        } else {
            problems.add(KeyProblem.at(row, CHILDREN, "funding.key.error.children.invalid", value));
        }
        return null;
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = normalise(header.get(i));
            switch (name) {
                case "kommunekode", "kode", "kommunenr", "kommunenummer" -> columns.putIfAbsent(CODE, i);
                case "kommunenavn", "kommune", "navn" -> columns.putIfAbsent(NAME, i);
                case "born", "boern", "antal born", "antal boern" -> columns.putIfAbsent(CHILDREN, i);
                default -> {}
            }
        }
        return columns;
    }

    private static boolean same(String given, String name) {
        String a = normalise(given).replace(" kommune", "");
        String b = normalise(name).replace(" kommune", "");
        return a.equals(b);
    }

    /** Lower case, æ/ø/å and accents folded: "Børn" → "born", "Høje-Taastrup" → "hoje-taastrup". */
    static String normalise(String text) {
        String lower = text.trim()
                .toLowerCase(Locale.ROOT)
                .replace("æ", "ae")
                .replace("ø", "o")
                .replace("å", "aa");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
