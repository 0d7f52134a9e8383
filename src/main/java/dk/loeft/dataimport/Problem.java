package dk.loeft.dataimport;

import org.jspecify.annotations.Nullable;

/** An error or warning as data: where, and a message key with its (already formatted) arguments. */
record Problem(int row, @Nullable String column, String key, String... args) {

    static Problem ofFile(String key, String... args) {
        return new Problem(0, null, key, args);
    }
}
