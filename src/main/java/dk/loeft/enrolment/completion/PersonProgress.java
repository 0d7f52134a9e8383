package dk.loeft.enrolment.completion;

import dk.loeft.catalog.Offering;
import dk.loeft.enrolment.Participation;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One person's courses and programmes: every participation with its attendance and result, the
 * long programmes with the parts passed (merit semesters of six), and PD progress (ECTS of 60 and
 * the six-year deadline) when the person follows the PD track.
 */
public record PersonProgress(
        UUID staffId,
        String name,
        String employeeNumber,
        List<CourseLine> courses,
        List<ProgrammeLine> programmes,
        @Nullable PdProgress pd) {

    public PersonProgress {
        courses = List.copyOf(courses);
        programmes = List.copyOf(programmes);
    }

    /** Whether anything needs the leader's attention: a programme behind plan or PD at risk. */
    public boolean warning() {
        return (pd != null && pd.atRisk())
                || programmes.stream()
                        .anyMatch(p -> p.merit() != null && p.merit().behind());
    }

    /** A participation with its offering and attendance. */
    public record CourseLine(Participation participation, Offering offering, AttendanceShare attendance) {}

    /** A long programme the person follows, with the parts passed so far. */
    public record ProgrammeLine(
            Participation participation,
            Offering offering,
            List<ProgressPart> parts,
            @Nullable MeritProgress merit) {

        public ProgrammeLine {
            parts = List.copyOf(parts);
        }

        public int ects() {
            return parts.stream().mapToInt(ProgressPart::ects).sum();
        }
    }
}
