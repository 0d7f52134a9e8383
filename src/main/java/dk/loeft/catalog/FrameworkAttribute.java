package dk.loeft.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** The fact of an offering a frame's demand is about, read from the offering as a {@link Figure}. */
public enum FrameworkAttribute {
    LEARNING_DAYS,
    HOURS_PER_LEARNING_DAY,
    TEACHING_HOURS,
    SUPERVISIONS,
    EXAM,
    COMPLETION_DOCUMENT,
    /** ECTS points of all modules together. */
    ECTS,
    /** How many modules. */
    MODULES,
    /** The ECTS points of each module (a demand on it holds for every module). */
    MODULE_ECTS,
    TARGET_ROLES,
    DELIVERY;

    /** The offering's own figure for this fact. */
    public Figure of(Offering o) {
        Format f = o.format();
        return switch (this) {
            case LEARNING_DAYS -> Figure.number(f.learningDays());
            case HOURS_PER_LEARNING_DAY -> new Figure.Numbers(List.of(f.hoursPerLearningDay()));
            case TEACHING_HOURS -> Figure.number(f.teachingHours());
            case SUPERVISIONS -> Figure.number(f.supervisions());
            case EXAM -> new Figure.Flag(f.exam());
            case COMPLETION_DOCUMENT -> new Figure.Flag(f.completionDocument());
            case ECTS -> Figure.number(o.ects());
            case MODULES -> Figure.number(o.modules().size());
            case MODULE_ECTS ->
                new Figure.Numbers(o.modules().stream()
                        .map(m -> BigDecimal.valueOf(m.ects()))
                        .toList());
            case TARGET_ROLES ->
                new Figure.Codes(o.targetRoles().stream().map(Enum::name).collect(Collectors.toSet()));
            case DELIVERY -> new Figure.Codes(java.util.Set.of(o.delivery().name()));
        };
    }
}
