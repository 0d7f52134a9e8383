package dk.loeft.dataimport;

import java.util.List;
import java.util.Locale;

/**
 * One column an import file may have: its Danish header as the templates write it, the other
 * headers accepted for it (case, spaces and æ/ø/å do not matter), whether the file must have it,
 * and an example value for the templates.
 */
public record ImportColumn(String key, String header, boolean required, List<String> aliases, String example) {

    public ImportColumn {
        aliases = List.copyOf(aliases);
    }

    static ImportColumn required(String key, String header, String example, String... aliases) {
        return new ImportColumn(key, header, true, List.of(aliases), example);
    }

    static ImportColumn optional(String key, String header, String example, String... aliases) {
        return new ImportColumn(key, header, false, List.of(aliases), example);
    }

    /** The message key of the column's one-line description (for templates and the import page). */
    public String descriptionKey() {
        return "dataimport.column." + key;
    }

    boolean matches(String normalisedHeader) {
        if (normaliseHeader(header).equals(normalisedHeader)) {
            return true;
        }
        for (String alias : aliases) {
            if (normaliseHeader(alias).equals(normalisedHeader)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, æ/ø/å spelt out (ae, oe, aa), everything but letters and digits dropped. */
    static String normaliseHeader(String header) {
        String lower = header.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case 'æ', 'ä' -> out.append("ae");
                case 'ø', 'ö' -> out.append("oe");
                case 'å' -> out.append("aa");
                case 'é' -> out.append('e');
                default -> {
                    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
