package dk.loeft.dataimport;

import dk.loeft.funding.CostCategory;
import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.Ownership;
import dk.loeft.staff.Education;
import dk.loeft.staff.SpecialFunction;
import dk.loeft.staff.StaffRole;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Danish words an import file may use for the enum values of the institution, staff and
 * funding modules, with or without æ/ø/å ({@code pædagog}, {@code paedagog}) and in any case. The enum's
 * own name is accepted too ({@code PAEDAGOGISK_ASSISTENT}).
 */
final class Labels<E extends Enum<E>> {

    static final Labels<InstitutionKind> KINDS = new Labels<>(
                    InstitutionKind.class, "vuggestue, børnehave, integreret, dagpleje, sfo, klub, andet")
            .add(InstitutionKind.VUGGESTUE, "vuggestue")
            .add(InstitutionKind.BOERNEHAVE, "børnehave", "bornehave")
            .add(
                    InstitutionKind.INTEGRERET,
                    "integreret",
                    "integreret institution",
                    "integreret daginstitution",
                    "aldersintegreret",
                    "aldersintegreret institution")
            .add(InstitutionKind.DAGPLEJE, "dagpleje", "kommunal dagpleje")
            .add(InstitutionKind.SFO, "sfo", "skolefritidsordning")
            .add(InstitutionKind.KLUB, "klub", "fritidsklub", "fritidshjem")
            .add(InstitutionKind.ANDET, "andet", "anden");

    static final Labels<Ownership> OWNERSHIPS = new Labels<>(
                    Ownership.class, "kommunal, selvejende, udliciteret, privat, puljeordning")
            .add(Ownership.KOMMUNAL, "kommunal", "kommunalt")
            .add(Ownership.SELVEJENDE, "selvejende", "selvejende institution")
            .add(Ownership.UDLICITERET, "udliciteret", "udbudt")
            .add(Ownership.PRIVAT, "privat", "privatinstitution", "privat institution")
            .add(Ownership.PULJEORDNING, "puljeordning", "pulje");

    static final Labels<StaffRole> ROLES = new Labels<>(
                    StaffRole.class,
                    "pædagog, pædagogisk assistent, pædagogmedhjælper, dagplejer, leder, souschef, andet")
            .add(StaffRole.PAEDAGOG, "pædagog", "paedagog", "padagog")
            .add(StaffRole.PAEDAGOGISK_ASSISTENT, "pædagogisk assistent", "pa", "pau", "pæd assistent")
            .add(StaffRole.PAEDAGOGMEDHJAELPER, "pædagogmedhjælper", "pædagogisk medhjælper", "medhjælper")
            .add(StaffRole.DAGPLEJER, "dagplejer", "dagplejemor", "dagplejefar")
            .add(StaffRole.LEDER, "leder", "daglig leder", "institutionsleder")
            .add(StaffRole.SOUSCHEF, "souschef", "stedfortræder", "afdelingsleder")
            .add(StaffRole.ANDET, "andet", "anden");

    static final Labels<Education> EDUCATIONS = new Labels<>(
                    Education.class,
                    "pædagog, PAU, PGU, social- og sundhedsassistent, social- og sundhedshjælper,"
                            + " anden erhvervsuddannelse, gymnasial, bachelor, kandidat, andet")
            .add(
                    Education.PAEDAGOG,
                    "pædagog",
                    "paedagog",
                    "padagog",
                    "meritpædagog",
                    "professionsbachelor som pædagog",
                    "pædagoguddannelse")
            .add(
                    Education.PAU,
                    "pau",
                    "pædagogisk assistent",
                    "pædagogisk assistentuddannelse",
                    "pædagogisk assistent pau")
            .add(Education.PGU, "pgu", "pædagogisk grunduddannelse", "pædagogisk grunduddannelse pgu")
            .add(
                    Education.SOSU_ASSISTENT,
                    "social og sundhedsassistent",
                    "sosu assistent",
                    "sosu assistent",
                    "sosuassistent")
            .add(Education.SOSU_HJAELPER, "social og sundhedshjælper", "sosu hjælper", "sosuhjælper")
            .add(Education.ANDEN_ERHVERVSUDDANNELSE, "anden erhvervsuddannelse", "erhvervsuddannelse", "eud")
            .add(Education.GYMNASIAL, "gymnasial", "gymnasial uddannelse", "studentereksamen", "hf", "stx")
            .add(Education.BACHELOR, "bachelor", "professionsbachelor", "bachelor professionsbachelor")
            .add(Education.KANDIDAT, "kandidat", "kandidatuddannelse", "cand")
            .add(Education.ANDET, "andet", "anden");

    static final Labels<SpecialFunction> FUNCTIONS = new Labels<>(
                    SpecialFunction.class, "faglig fyrtårn, praktikvejleder, pædagogfaglig specialist")
            .add(SpecialFunction.FAGLIG_FYRTAARN, "faglig fyrtårn", "fyrtårn", "fagligt fyrtårn")
            .add(SpecialFunction.PRAKTIKVEJLEDER, "praktikvejleder", "praktikvejledning")
            .add(
                    SpecialFunction.PAEDAGOGFAGLIG_SPECIALIST,
                    "pædagogfaglig specialist",
                    "paedagogfaglig specialist",
                    "specialist");

    static final Labels<CostCategory> COST_CATEGORIES = new Labels<>(
                    CostCategory.class,
                    "deltagerbetaling, studieudgifter, uformel opkvalificering, administration, revision,"
                            + " løn under uddannelse, vikardækning")
            .add(
                    CostCategory.DELTAGERBETALING,
                    "deltagerbetaling",
                    "deltagergebyr",
                    "kursusgebyr",
                    "uddannelsesgebyr",
                    "undervisningsafgift")
            .add(
                    CostCategory.STUDIEUDGIFTER,
                    "studieudgifter",
                    "studierelaterede udgifter",
                    "studiemateriale",
                    "materialer",
                    "bøger",
                    "befordring",
                    "transport",
                    "mentor",
                    "mentorordning")
            .add(
                    CostCategory.UFORMEL,
                    "uformel",
                    "uformel opkvalificering",
                    "uformel kompetenceudvikling",
                    "intern undervisning")
            .add(CostCategory.ADMINISTRATION, "administration", "administrationsomkostninger", "adm")
            .add(CostCategory.REVISION, "revision", "revisor")
            .add(CostCategory.LOEN, "løn", "løn under uddannelse", "lønudgifter", "lønrefusion")
            .add(CostCategory.VIKAR, "vikar", "vikardækning", "vikarudgifter");

    private final Map<String, E> byLabel = new HashMap<>();

    /** The spellings met so far: a file repeats a handful of values tens of thousands of times. */
    private final Map<String, Optional<E>> seen = new java.util.concurrent.ConcurrentHashMap<>();

    private final String allowed;

    private Labels(Class<E> type, String allowed) {
        this.allowed = allowed;
        for (E value : type.getEnumConstants()) {
            byLabel.put(Values.normaliseLabel(value.name()), value);
        }
    }

    private Labels<E> add(E value, String... labels) {
        for (String label : labels) {
            byLabel.put(Values.normaliseLabel(label), value);
        }
        return this;
    }

    Optional<E> find(String label) {
        Optional<E> known = seen.get(label);
        if (known != null) {
            return known;
        }
        Optional<E> found = Optional.ofNullable(byLabel.get(Values.normaliseLabel(label)));
        if (seen.size() < 10_000) {
            seen.put(label, found);
        }
        return found;
    }

    /** The Danish words to suggest when a value is not understood. */
    String allowed() {
        return allowed;
    }
}
