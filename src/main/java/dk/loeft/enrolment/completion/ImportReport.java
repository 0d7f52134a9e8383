package dk.loeft.enrolment.completion;

import java.util.List;

/** What a result file did: how many results it registered, or every problem (and then nothing was saved). */
public record ImportReport(int completed, List<ImportProblem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }
}
