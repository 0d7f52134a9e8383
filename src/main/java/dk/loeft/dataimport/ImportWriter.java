package dk.loeft.dataimport;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Writes the checked items of one import kind in bulk, inside the caller's transaction, as the
 * kommune the transaction's connection acts for. Counts first; writes only when {@code apply}.
 */
interface ImportWriter<T> {

    ImportKind kind();

    Counts write(int kommuneCode, Checked<T> checked, boolean apply, Origin origin, Steps steps);

    /** Who imports, and the import job the written rows belong to (none when it is recorded only afterwards). */
    record Origin(String actor, @Nullable UUID job) {}

    /** Tells the import page which step of the write is under way (the rows are written in one transaction). */
    @FunctionalInterface
    interface Steps {
        Steps NONE = (step, of, phaseKey) -> {};

        void at(int step, int of, String phaseKey);
    }
}
