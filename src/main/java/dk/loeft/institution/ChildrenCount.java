package dk.loeft.institution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Children enrolled in one institution in one month (børnetal), full-time converted, split at the
 * legal age line: a child counts as 0-2 until the 1st of the month after its third birthday.
 */
@Table("children_count")
public record ChildrenCount(
        @Id UUID id,
        int kommuneCode,
        UUID institutionId,
        LocalDate month,
        @Column("children_0_2") BigDecimal children02,
        @Column("children_3_5") BigDecimal children35,
        @Version int version) {

    public ChildrenCount {
        if (month.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("A children count is per month: the 1st");
        }
        if (children02.signum() < 0 || children35.signum() < 0) {
            throw new IllegalArgumentException("Children counts cannot be negative");
        }
    }

    public static ChildrenCount of(
            int kommuneCode, UUID institutionId, LocalDate month, BigDecimal c02, BigDecimal c35) {
        return new ChildrenCount(UUID.randomUUID(), kommuneCode, institutionId, month.withDayOfMonth(1), c02, c35, 0);
    }

    public ChildrenCount withCounts(BigDecimal c02, BigDecimal c35) {
        return new ChildrenCount(id, kommuneCode, institutionId, month, c02, c35, version);
    }

    /** The month a child born on this date moves from the 0-2 to the 3-5 band (R10). */
    public static LocalDate firstMonthAsOver3(LocalDate birthDate) {
        return birthDate.plusYears(3).withDayOfMonth(1).plusMonths(1);
    }
}
