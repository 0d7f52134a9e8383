package dk.loeft.funding;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The outcome of a key import: the new key, or every problem found (and nothing written). */
public record KeyImportResult(@Nullable UUID keyId, List<KeyProblem> problems) {

    public boolean imported() {
        return keyId != null;
    }
}
