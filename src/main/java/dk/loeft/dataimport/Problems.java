package dk.loeft.dataimport;

import java.util.ArrayList;
import java.util.List;

/** Collects the errors of a file; all are counted, the first {@value #KEPT} are kept to show. */
final class Problems {

    static final int KEPT = 10_000;

    private final List<Problem> kept = new ArrayList<>();
    private int count;

    void add(Problem problem) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(problem);
        }
    }

    int count() {
        return count;
    }

    boolean isEmpty() {
        return count == 0;
    }

    List<Problem> list() {
        return List.copyOf(kept);
    }
}
