package dk.loeft.catalog;

/**
 * What an offering (udbud) is: a whole programme (merit, PAU, PD), one diploma module, a course of
 * learning days (seed 003), an AMU course or another course.
 */
public enum OfferingKind {
    PROGRAMME,
    DIPLOMA_MODULE,
    LEARNING_DAYS,
    AMU_COURSE,
    COURSE
}
