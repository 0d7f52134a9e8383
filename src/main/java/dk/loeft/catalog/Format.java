package dk.loeft.catalog;

import java.math.BigDecimal;

/**
 * The facts about an offering's form that quality frames (seed 003) set demands on.
 *
 * @param learningDays number of learning days (læringsdage)
 * @param hoursPerLearningDay contact hours per learning day (konfrontationstimer)
 * @param teachingHours hours of teaching in all
 * @param supervisions number of supervisions (vejledninger)
 * @param exam whether the offering ends with an exam (prøve)
 * @param completionDocument whether the provider issues documentation of completion
 */
public record Format(
        int learningDays,
        BigDecimal hoursPerLearningDay,
        int teachingHours,
        int supervisions,
        boolean exam,
        boolean completionDocument) {

    public static final Format NONE = new Format(0, BigDecimal.ZERO, 0, 0, false, false);
}
