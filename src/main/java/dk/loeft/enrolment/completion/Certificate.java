package dk.loeft.enrolment.completion;

import dk.loeft.catalog.OfferingModule;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A course certificate (kursusbevis) for a passed participation: everything the PDF shows. */
public record Certificate(
        String number,
        String kommune,
        String name,
        String employeeNumber,
        String offering,
        String provider,
        LocalDate start,
        LocalDate end,
        List<OfferingModule> modules,
        int ectsAwarded,
        AttendanceShare attendance,
        @Nullable String education,
        LocalDate passedOn,
        String fileName) {

    public Certificate {
        modules = List.copyOf(modules);
    }
}
