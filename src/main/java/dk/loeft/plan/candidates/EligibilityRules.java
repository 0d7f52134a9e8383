package dk.loeft.plan.candidates;

import dk.loeft.plan.InitiativeKind;
import dk.loeft.staff.Education;
import dk.loeft.staff.Employment;
import dk.loeft.staff.StaffMember;
import dk.loeft.staff.StaffRole;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The admission rules of the tracks candidates are found for, as pure functions of a person on a
 * date, each condition with the person's own figures. Age and experience are the staff registry's
 * ({@link StaffMember#ageOn}, {@link StaffMember#experienceMonthsOn}). Formal entry requirements
 * the registry does not hold (gymnasial exams, first-aid course) are left to the provider.
 */
public final class EligibilityRules {

    /** The tracks candidates can be listed for, in the order a form offers them. */
    public static final List<InitiativeKind> TRACKS = List.of(
            InitiativeKind.MERIT_NET,
            InitiativeKind.MERIT_SPORSKIFTE,
            InitiativeKind.PAU_EUV1,
            InitiativeKind.DIPLOMA_MODULE,
            InitiativeKind.SHORT_COURSE_UNSKILLED);

    static final int YEAR = 12;

    private EligibilityRules() {}

    /** Whether {@link #assess} has admission rules for the track. */
    public static boolean covers(InitiativeKind track) {
        return switch (track) {
            case MERIT_NET, MERIT_CAMPUS, MERIT_SPORSKIFTE, PAU_EUV1, DIPLOMA_MODULE, SHORT_COURSE_UNSKILLED -> true;
            default -> false;
        };
    }

    public static Eligibility assess(InitiativeKind track, StaffMember person, LocalDate on) {
        List<Condition> conditions =
                switch (track) {
                    case MERIT_NET, MERIT_CAMPUS -> merit(person, on);
                    case MERIT_SPORSKIFTE -> trackChange(person, on);
                    case PAU_EUV1 -> pauEuv1(person, on);
                    case DIPLOMA_MODULE -> diploma(person, on);
                    case SHORT_COURSE_UNSKILLED -> unskilled(person, on);
                    default -> throw new IllegalArgumentException("No candidate rule for " + track);
                };
        return new Eligibility(track, conditions);
    }

    /**
     * R6, merit (Danske Professionshøjskoler; research §5.1): (age ≥ 25 and at least 2 years'
     * experience) or at least 5 years' experience; not already a pædagog.
     */
    static List<Condition> merit(StaffMember person, LocalDate on) {
        int age = person.ageOn(on);
        int months = person.experienceMonthsOn(on);
        boolean experienced = (age >= 25 && months >= 2 * YEAR) || months >= 5 * YEAR;
        return List.of(
                pedagogical(person),
                notPaedagog(person, on),
                new Condition(
                        "plan.candidate.merit.experience",
                        List.of(Integer.toString(age), years(months), restMonths(months)),
                        experienced));
    }

    /** Merit as track change (sporskifte, KP and UCL; research §5.1): a bachelor or higher degree; not already a pædagog. */
    static List<Condition> trackChange(StaffMember person, LocalDate on) {
        return List.of(
                pedagogical(person),
                notPaedagog(person, on),
                new Condition(
                        "plan.candidate.degree",
                        List.of(),
                        holds(person, on, Set.of(Education.BACHELOR, Education.KANDIDAT))));
    }

    /**
     * R8, PAU as EUV1 (VIA, SOSU; research §5.2): at least 25 years old and at least 2 years of
     * relevant experience within the last 4 years; not already PAU or pædagog.
     */
    static List<Condition> pauEuv1(StaffMember person, LocalDate on) {
        int age = person.ageOn(on);
        int recent = recentExperienceMonths(person, on);
        return List.of(
                pedagogical(person),
                new Condition("plan.candidate.notEducated", List.of(), !pedagogicallyEducated(person, on)),
                new Condition("plan.candidate.age25", List.of(Integer.toString(age)), age >= 25),
                new Condition(
                        "plan.candidate.recentExperience",
                        List.of(years(recent), restMonths(recent)),
                        recent >= 2 * YEAR));
    }

    /** Diploma (PD) modules for pædagoger and leaders (KP; research §5.3): admission asks 2 years' experience. */
    static List<Condition> diploma(StaffMember person, LocalDate on) {
        int months = person.experienceMonthsOn(on);
        boolean paedagogOrLeader =
                Set.of(StaffRole.PAEDAGOG, StaffRole.LEDER, StaffRole.SOUSCHEF).contains(person.role())
                        || holds(person, on, Set.of(Education.PAEDAGOG));
        return List.of(
                new Condition("plan.candidate.paedagogOrLeader", List.of(), paedagogOrLeader),
                new Condition(
                        "plan.candidate.experience2", List.of(years(months), restMonths(months)), months >= 2 * YEAR));
    }

    /** Short courses for the unskilled (UVM 29.6.2023, purpose 2; research §1.4): medhjælpere and dagplejere without a pedagogical education. */
    static List<Condition> unskilled(StaffMember person, LocalDate on) {
        return List.of(
                new Condition(
                        "plan.candidate.unskilledPost",
                        List.of(),
                        person.role() == StaffRole.PAEDAGOGMEDHJAELPER || person.role() == StaffRole.DAGPLEJER),
                new Condition("plan.candidate.notEducated", List.of(), !pedagogicallyEducated(person, on)));
    }

    /**
     * Months of experience within the four years before the date. Employment in the kommune is
     * counted exactly (experience on the date less experience four years before). The registry
     * keeps prior experience as a number of months without dates, so it is taken to lie just
     * before the person's first employment in the kommune and counts as far as it reaches into
     * the four years.
     */
    static int recentExperienceMonths(StaffMember person, LocalDate on) {
        LocalDate windowStart = on.minusYears(4);
        int employed = person.experienceMonthsOn(on) - person.experienceMonthsOn(windowStart);
        LocalDate firstStart = person.employments().stream()
                .map(Employment::startDate)
                .min(Comparator.naturalOrder())
                .orElse(on);
        long priorRoom = firstStart.isAfter(windowStart) ? ChronoUnit.MONTHS.between(windowStart, firstStart) : 0;
        int prior = (int) Math.min(person.priorExperienceMonths(), priorRoom);
        return Math.min(employed + prior, 4 * YEAR);
    }

    /** The pool's target group (R4): pedagogical staff, not e.g. kitchen or cleaning staff. */
    private static Condition pedagogical(StaffMember person) {
        return new Condition(
                "plan.candidate.pedagogical", List.of(), person.role().isPedagogical());
    }

    private static Condition notPaedagog(StaffMember person, LocalDate on) {
        boolean paedagog = person.role() == StaffRole.PAEDAGOG || holds(person, on, Set.of(Education.PAEDAGOG));
        return new Condition("plan.candidate.notPaedagog", List.of(), !paedagog);
    }

    private static boolean pedagogicallyEducated(StaffMember person, LocalDate on) {
        return person.role() == StaffRole.PAEDAGOG
                || person.role() == StaffRole.PAEDAGOGISK_ASSISTENT
                || person.isPedagogicallyEducatedIn(on.getYear());
    }

    private static boolean holds(StaffMember person, LocalDate on, Set<Education> educations) {
        return person.educations().stream()
                .anyMatch(e -> educations.contains(e.education()) && e.completedYear() <= on.getYear());
    }

    /** Whole years of a number of months, as a message argument. */
    static String years(int months) {
        return Integer.toString(months / YEAR);
    }

    /** The months beyond the whole years, as a message argument. */
    static String restMonths(int months) {
        return Integer.toString(months % YEAR);
    }
}
