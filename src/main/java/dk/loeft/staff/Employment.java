package dk.loeft.staff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** A period in which a person works a number of weekly hours at one institution (ansættelse). */
@Table("employment")
public record Employment(
        int kommuneCode,
        UUID institutionId,
        BigDecimal weeklyHours,
        LocalDate startDate,
        @Nullable LocalDate endDate) {

    public Employment {
        if (weeklyHours.signum() <= 0 || weeklyHours.compareTo(new BigDecimal("48")) > 0) {
            throw new IllegalArgumentException("Weekly hours must be above 0 and at most 48");
        }
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("An employment cannot end before it starts");
        }
    }

    public static Employment of(
            int kommuneCode, UUID institutionId, BigDecimal weeklyHours, LocalDate start, @Nullable LocalDate end) {
        return new Employment(kommuneCode, institutionId, weeklyHours, start, end);
    }

    public boolean isActiveOn(LocalDate date) {
        return !startDate.isAfter(date) && (endDate == null || !endDate.isBefore(date));
    }

    Employment endingOn(LocalDate end) {
        return new Employment(kommuneCode, institutionId, weeklyHours, startDate, end);
    }
}
