package dk.loeft.dataimport;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with an import file, in Danish: the row as the user sees it in the spreadsheet
 * (none when it concerns the whole file) and the column header (none when it concerns no column).
 */
public record ImportError(@Nullable Integer row, @Nullable String column, String message) {}
