package dk.loeft.platform.sheet;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A file read into its header row and data rows, with how it was read. Blank rows and rows whose
 * first cell starts with {@code #} (the templates' column descriptions) are left out.
 */
public record SheetData(List<String> header, int headerRow, List<SheetRow> rows, Source source) {

    /** How the file was understood: CSV with its encoding and separator, or XLSX. */
    public record Source(
            Format format,
            @Nullable String encoding,
            @Nullable Character separator) {}

    public enum Format {
        CSV,
        XLSX
    }
}
