package dk.loeft.funding;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One thing wrong with a key file: where (row and column, when it is about one cell) and what, as a message key. */
public record KeyProblem(@Nullable Integer row, @Nullable String column, String messageKey, List<Object> arguments) {

    static KeyProblem at(int row, String column, String messageKey, Object... arguments) {
        return new KeyProblem(row, column, messageKey, List.of(arguments));
    }

    static KeyProblem file(String messageKey, Object... arguments) {
        return new KeyProblem(null, null, messageKey, List.of(arguments));
    }
}
