package dk.loeft.enrolment.completion;

import org.jspecify.annotations.Nullable;

/** Something wrong in the provider's result file: the row as the spreadsheet shows it (0: the whole file), the column and why. */
public record ImportProblem(int row, @Nullable String column, String key, Object... args) {}
