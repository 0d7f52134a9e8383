package dk.loeft.platform.sheet;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as Danish spreadsheets write it: UTF-8 (with or without byte order mark) or Windows-1252,
 * semicolon or comma separated (tab for Excel's "Unicode text"), fields optionally in double
 * quotes with {@code ""} for a quote and line breaks allowed inside quotes.
 */
final class CsvParser {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvParser() {}

    static SheetData parse(byte[] content) {
        Decoded decoded = decode(content);
        String text = decoded.text();
        char separator = detectSeparator(text);
        var source = new SheetData.Source(SheetData.Format.CSV, decoded.encoding(), separator);
        return split(text, separator, source);
    }

    record Decoded(String text, String encoding) {}

    /** Valid UTF-8 is UTF-8; anything else is taken as Windows-1252 (Excel's "CSV (semikolonsepareret)"). */
    static Decoded decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16");
        }
        if (isUtf8(bytes)) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), "UTF-8");
        }
        return new Decoded(new String(bytes, WINDOWS_1252), "Windows-1252");
    }

    /** Whether the bytes are well-formed UTF-8 (shortest forms, no surrogates, at most U+10FFFF). */
    static boolean isUtf8(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length;
            int min;
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + length > n) {
                return false;
            }
            int code = b & (0xFF >> (length + 1));
            for (int k = 1; k < length; k++) {
                int next = bytes[i + k] & 0xFF;
                if ((next & 0xC0) != 0x80) {
                    return false;
                }
                code = (code << 6) | (next & 0x3F);
            }
            if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
                return false;
            }
            i += length;
        }
        return true;
    }

    /** The separator that occurs most often in the header line, outside quotes; semicolon on a tie. */
    static char detectSeparator(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '\n' || c == '\r') {
                    if (semicolons + commas + tabs > 0) {
                        break;
                    }
                } else if (c == ';') {
                    semicolons++;
                } else if (c == ',') {
                    commas++;
                } else if (c == '\t') {
                    tabs++;
                }
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    static SheetData split(String text, char separator, SheetData.Source source) {
        List<String> header = null;
        int headerRow = 0;
        List<SheetRow> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>(16);
        StringBuilder quotedField = new StringBuilder();
        int n = text.length();
        int i = 0;
        int record = 0;
        while (i < n) {
            record++;
            fields.clear();
            boolean endOfRecord = false;
            while (!endOfRecord) {
                if (i < n && text.charAt(i) == '"') {
                    quotedField.setLength(0);
                    i++;
                    while (true) {
                        if (i >= n) {
                            throw new UnreadableFileException("dataimport.file.quote", Integer.toString(record));
                        }
                        char c = text.charAt(i++);
                        if (c == '"') {
                            if (i < n && text.charAt(i) == '"') {
                                quotedField.append('"');
                                i++;
                            } else {
                                break;
                            }
                        } else {
                            quotedField.append(c);
                        }
                    }
                    while (i < n) {
                        char c = text.charAt(i);
                        if (c == separator || c == '\n' || c == '\r') {
                            break;
                        }
                        quotedField.append(c);
                        i++;
                    }
                    fields.add(SheetReader.clean(quotedField.toString()));
                } else {
                    int start = i;
                    while (i < n) {
                        char c = text.charAt(i);
                        if (c == separator || c == '\n' || c == '\r') {
                            break;
                        }
                        i++;
                    }
                    fields.add(start == i ? "" : SheetReader.clean(text.substring(start, i)));
                }
                if (i >= n) {
                    endOfRecord = true;
                } else {
                    char c = text.charAt(i++);
                    if (c == separator) {
                        if (i >= n) {
                            fields.add("");
                            endOfRecord = true;
                        }
                    } else {
                        if (c == '\r' && i < n && text.charAt(i) == '\n') {
                            i++;
                        }
                        endOfRecord = true;
                    }
                }
            }
            String[] cells = fields.toArray(String[]::new);
            if (SheetReader.isBlankRow(cells)) {
                continue;
            }
            if (header == null) {
                header = List.of(cells);
                headerRow = record;
            } else if (!SheetReader.isComment(cells)) {
                rows.add(new SheetRow(record, cells));
            }
        }
        if (header == null) {
            throw new UnreadableFileException("dataimport.file.empty");
        }
        return new SheetData(header, headerRow, rows, source);
    }
}
