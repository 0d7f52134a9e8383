package dk.loeft.platform.sheet;

/** One non-blank row of a file: its row number as the user sees it (header = the first row) and its cells. */
public record SheetRow(int number, String[] cells) {

    /** The trimmed cell at the index, or an empty string where the row is shorter. */
    public String cell(int index) {
        return index >= 0 && index < cells.length ? cells[index] : "";
    }

    public int width() {
        return cells.length;
    }
}
