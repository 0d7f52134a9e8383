package dk.loeft.platform.sheet;

/**
 * Reads an uploaded file as CSV or XLSX, whichever its content is (the file name is only a hint):
 * a ZIP container is XLSX, an old binary Excel file is refused with a clear message, anything else
 * is read as CSV text.
 */
public final class SheetReader {

    private SheetReader() {}

    public static SheetData read(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new UnreadableFileException("dataimport.file.empty");
        }
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            return XlsxParser.parse(content);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new UnreadableFileException("dataimport.file.xls");
        }
        if (fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") || looksBinary(content)) {
            throw new UnreadableFileException("dataimport.file.unreadable");
        }
        return CsvParser.parse(content);
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes do not occur in text files, except in UTF-16 (which has a byte order mark). */
    private static boolean looksBinary(byte[] content) {
        if (startsWith(content, 0xFF, 0xFE) || startsWith(content, 0xFE, 0xFF)) {
            return false;
        }
        int limit = Math.min(content.length, 8192);
        for (int i = 0; i < limit; i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** Trims spaces, tabs and the non-breaking spaces spreadsheets like to leave around values. */
    static String clean(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isBlank(value.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(value.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == value.length() ? value : value.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return c <= ' ' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF';
    }

    static boolean isBlankRow(String[] cells) {
        for (String cell : cells) {
            if (!cell.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    static boolean isComment(String[] cells) {
        return cells.length > 0 && cells[0].startsWith("#");
    }
}
