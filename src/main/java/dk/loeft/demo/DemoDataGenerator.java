package dk.loeft.demo;

import static dk.loeft.institution.InstitutionKind.BOERNEHAVE;
import static dk.loeft.institution.InstitutionKind.DAGPLEJE;
import static dk.loeft.institution.InstitutionKind.INTEGRERET;
import static dk.loeft.institution.InstitutionKind.SFO;
import static dk.loeft.institution.InstitutionKind.VUGGESTUE;
import static dk.loeft.staff.StaffRole.ANDET;
import static dk.loeft.staff.StaffRole.DAGPLEJER;
import static dk.loeft.staff.StaffRole.LEDER;
import static dk.loeft.staff.StaffRole.PAEDAGOG;
import static dk.loeft.staff.StaffRole.PAEDAGOGISK_ASSISTENT;
import static dk.loeft.staff.StaffRole.PAEDAGOGMEDHJAELPER;
import static dk.loeft.staff.StaffRole.SOUSCHEF;

import dk.loeft.demo.DanishNames.Module;
import dk.loeft.demo.SyntheticKommune.AreaRow;
import dk.loeft.demo.SyntheticKommune.ChildrenCountRow;
import dk.loeft.demo.SyntheticKommune.DiplomaModuleRow;
import dk.loeft.demo.SyntheticKommune.EducationRow;
import dk.loeft.demo.SyntheticKommune.EmploymentRow;
import dk.loeft.demo.SyntheticKommune.FunctionRow;
import dk.loeft.demo.SyntheticKommune.InstitutionRow;
import dk.loeft.demo.SyntheticKommune.StaffRow;
import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.Ownership;
import dk.loeft.staff.Education;
import dk.loeft.staff.SpecialFunction;
import dk.loeft.staff.StaffRole;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Generates one kommune's dagtilbud, staff and children counts from a {@link KommuneSpec}: the
 * same spec (seed) always gives the same rows. The mix follows the Danish picture (research §4):
 * about half of the staff in daginstitutioner are pædagoger, a tenth pædagogiske assistenter, a
 * third pædagogmedhjælpere; education coverage differs from institution to institution; children
 * counts are set so most institutions meet the minimum staffing (1:3 under 3 years, 1:6 from 3
 * years) while the spec's understaffed institutions miss it in a few months.
 */
public final class DemoDataGenerator {

    /** The first of the twelve months with children counts: December 2025 to November 2026. */
    public static final LocalDate FIRST_MONTH = LocalDate.of(2025, 12, 1);

    public static final int MONTHS = 12;

    /** No generated employment starts after this date, and every ended employment ends before it. */
    static final LocalDate LATEST_START = LocalDate.of(2026, 9, 1);

    private static final double FULL_TIME_HOURS = 37.0;
    private static final int LAST_EDUCATION_YEAR = 2025;

    /** Per calendar month (January first): the 0-2 groups fill up until summer and empty in August. */
    private static final double[] SEASON_0_2 = {0.98, 0.99, 1.00, 1.01, 1.02, 1.03, 1.01, 0.95, 0.96, 0.97, 0.98, 0.98};

    /** Per calendar month: the 3-5 groups peak before the oldest children leave for school (April). */
    private static final double[] SEASON_3_5 = {1.01, 1.02, 1.03, 0.97, 0.96, 0.96, 0.97, 0.98, 1.00, 1.00, 1.01, 1.01};

    private final KommuneSpec spec;
    private final Random random;
    private final List<AreaRow> areas = new ArrayList<>();
    private final List<InstitutionRow> institutions = new ArrayList<>();
    private final List<StaffRow> staff = new ArrayList<>();
    private final List<EducationRow> educations = new ArrayList<>();
    private final List<DiplomaModuleRow> diplomaModules = new ArrayList<>();
    private final List<EmploymentRow> employments = new ArrayList<>();
    private final List<FunctionRow> functions = new ArrayList<>();
    private final List<ChildrenCountRow> childrenCounts = new ArrayList<>();
    private final Map<UUID, StaffRole> roles = new HashMap<>();
    private final Set<String> usedPersonNames = new HashSet<>();
    private final Deque<String> institutionWords = new ArrayDeque<>();
    private Map<UUID, List<EmploymentRow>> employmentsByInstitution = Map.of();
    private int institutionWordRound;
    private int employeeSequence;

    private DemoDataGenerator(KommuneSpec spec) {
        this.spec = spec;
        this.random = new Random(spec.seed());
        this.employeeSequence = 100 + random.nextInt(50);
    }

    public static SyntheticKommune generate(KommuneSpec spec) {
        return new DemoDataGenerator(spec).generate();
    }

    private SyntheticKommune generate() {
        spec.areaNames().forEach(name -> areas.add(new AreaRow(id("area", name), name)));
        List<InstitutionRow> centres = createDaycareCentres();
        InstitutionRow dagpleje = spec.dagplejere() > 0 ? createDagpleje() : null;
        List<InstitutionRow> sfos = new ArrayList<>();
        for (int i = 0; i < spec.sfos(); i++) {
            sfos.add(institution(
                    String.valueOf(3001 + i), "SFO " + nextInstitutionWord(), SFO, Ownership.KOMMUNAL, null));
        }

        Map<UUID, List<Hire>> hiresByCentre = new HashMap<>();
        for (InstitutionRow centre : centres) {
            hiresByCentre.put(centre.id(), staffDaycareCentre(centre));
        }
        if (dagpleje != null) {
            staffDagpleje(dagpleje);
        }
        sfos.forEach(this::staffSfo);
        assignSpecialists(centres, hiresByCentre);
        addMovers(centres, hiresByCentre);
        addFormerStaff(centres);

        employmentsByInstitution = employments.stream().collect(Collectors.groupingBy(EmploymentRow::institutionId));
        List<InstitutionRow> understaffed = pickUnderstaffed(centres);
        centres.forEach(centre -> countChildren(centre, understaffed.contains(centre)));
        if (dagpleje != null) {
            countDagplejeChildren(dagpleje);
        }
        return new SyntheticKommune(
                spec.kommuneCode(),
                areas,
                institutions,
                staff,
                educations,
                diplomaModules,
                employments,
                functions,
                childrenCounts);
    }

    // --- Institutions -----------------------------------------------------------------------

    private List<InstitutionRow> createDaycareCentres() {
        int n = spec.daycareCentres();
        int vuggestuer = Math.round(n * 0.2f);
        int boernehaver = Math.round(n * 0.24f);
        List<InstitutionKind> kinds = new ArrayList<>();
        List<Ownership> ownerships = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            kinds.add(i < vuggestuer ? VUGGESTUE : i < vuggestuer + boernehaver ? BOERNEHAVE : INTEGRERET);
            ownerships.add(
                    i < spec.selfGoverning()
                            ? Ownership.SELVEJENDE
                            : i < spec.selfGoverning() + spec.poolSchemes()
                                    ? Ownership.PULJEORDNING
                                    : Ownership.KOMMUNAL);
        }
        Collections.shuffle(kinds, random);
        Collections.shuffle(ownerships, random);
        List<InstitutionRow> centres = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            InstitutionKind kind = kinds.get(i);
            Ownership ownership = ownerships.get(i);
            String prefix = ownership == Ownership.PULJEORDNING
                    ? "Naturbørnehuset"
                    : switch (kind) {
                        case VUGGESTUE -> "Vuggestuen";
                        case BOERNEHAVE -> "Børnehaven";
                        default -> random.nextInt(3) == 0 ? "Daginstitutionen" : "Børnehuset";
                    };
            UUID area = areas.get(i % areas.size()).id();
            centres.add(
                    institution(String.valueOf(1001 + i), prefix + " " + nextInstitutionWord(), kind, ownership, area));
        }
        return centres;
    }

    private InstitutionRow createDagpleje() {
        return institution("2001", "Dagplejen " + spec.city(), DAGPLEJE, Ownership.KOMMUNAL, null);
    }

    private InstitutionRow institution(
            String number, String name, InstitutionKind kind, Ownership ownership, @Nullable UUID areaId) {
        String street = pick(spec.streets()) + " " + (1 + random.nextInt(140));
        var row = new InstitutionRow(
                id("institution", number),
                number,
                name,
                kind,
                ownership,
                areaId,
                street,
                spec.postalCode(),
                spec.city());
        institutions.add(row);
        return row;
    }

    private String nextInstitutionWord() {
        if (institutionWords.isEmpty()) {
            List<String> words = new ArrayList<>(DanishNames.INSTITUTION_WORDS);
            Collections.shuffle(words, random);
            institutionWords.addAll(words);
            institutionWordRound++;
        }
        String word = institutionWords.pop();
        return institutionWordRound == 1 ? word : word + " " + institutionWordRound;
    }

    // --- Staff ------------------------------------------------------------------------------

    /** A person hired into an institution, with the year of their pedagogical education (0: none). */
    private record Hire(StaffRow person, EmploymentRow employment, int pedagogicalYear) {}

    private List<Hire> staffDaycareCentre(InstitutionRow centre) {
        int size =
                switch (centre.kind()) {
                    case VUGGESTUE -> 12 + random.nextInt(7);
                    case BOERNEHAVE -> 15 + random.nextInt(8);
                    default -> 19 + random.nextInt(11);
                };
        if (centre.ownership() == Ownership.PULJEORDNING) {
            size = Math.max(10, size - 5);
        }
        double educatedShare = 0.42 + 0.46 * random.nextDouble();
        int educated = clamp((int) Math.round(educatedShare * size), 4, size - 1);
        boolean souschef = size >= 16 || random.nextBoolean();
        int leaders = souschef ? 2 : 1;
        int assistants = clamp((int) Math.round(size * 0.10 + random.nextGaussian() * 0.8), 0, educated - leaders - 1);
        int paedagoger = educated - leaders - assistants;
        int helpers = size - educated;

        List<StaffRole> posts = new ArrayList<>();
        posts.add(LEDER);
        if (souschef) {
            posts.add(SOUSCHEF);
        }
        posts.addAll(Collections.nCopies(paedagoger, PAEDAGOG));
        posts.addAll(Collections.nCopies(assistants, PAEDAGOGISK_ASSISTENT));
        posts.addAll(Collections.nCopies(helpers, PAEDAGOGMEDHJAELPER));
        if (random.nextDouble() < 0.4) {
            posts.add(ANDET);
        }
        List<Hire> hires = hireAll(centre, posts);

        List<Hire> pedagogues =
                hires.stream().filter(h -> h.person().role() == PAEDAGOG).toList();
        Set<UUID> withFunction = new HashSet<>();
        if (!pedagogues.isEmpty() && random.nextDouble() < 0.55) {
            Hire supervisor = pick(pedagogues);
            withFunction.add(supervisor.person().id());
            assign(supervisor, SpecialFunction.PRAKTIKVEJLEDER, LocalDate.of(2012 + random.nextInt(14), 8, 1));
        }
        if (random.nextDouble() < 0.3) {
            List<Hire> candidates = hires.stream()
                    .filter(h -> h.person().role() == PAEDAGOG || h.person().role() == PAEDAGOGISK_ASSISTENT)
                    .filter(h -> !withFunction.contains(h.person().id()))
                    .toList();
            if (!candidates.isEmpty()) {
                assign(
                        pick(candidates),
                        SpecialFunction.FAGLIG_FYRTAARN,
                        LocalDate.of(2024, 1, 1).plusMonths(random.nextInt(30)));
            }
        }
        return hires;
    }

    /** The dagpleje: a leader, dagplejepædagoger who supervise (about one per twelve) and the dagplejere. */
    private void staffDagpleje(InstitutionRow dagpleje) {
        List<StaffRole> posts = new ArrayList<>();
        posts.add(LEDER);
        posts.addAll(Collections.nCopies(Math.max(1, Math.round(spec.dagplejere() / 12f)), PAEDAGOG));
        posts.addAll(Collections.nCopies(spec.dagplejere(), DAGPLEJER));
        hireAll(dagpleje, posts);
    }

    private void staffSfo(InstitutionRow sfo) {
        int size = 14 + random.nextInt(7);
        int paedagoger = (int) Math.round((size - 1) * 0.55);
        List<StaffRole> posts = new ArrayList<>();
        posts.add(LEDER);
        posts.addAll(Collections.nCopies(paedagoger, PAEDAGOG));
        posts.addAll(Collections.nCopies(size - 1 - paedagoger, PAEDAGOGMEDHJAELPER));
        hireAll(sfo, posts);
    }

    /** Hires into the posts in random order, so employee numbers do not follow the roles. */
    private List<Hire> hireAll(InstitutionRow institution, List<StaffRole> posts) {
        List<StaffRole> shuffled = new ArrayList<>(posts);
        Collections.shuffle(shuffled, random);
        List<Hire> hires = new ArrayList<>();
        shuffled.forEach(role -> hires.add(hire(institution, role, null)));
        return hires;
    }

    /** Creates a person with education, experience and one employment; {@code leftBy} ends it. */
    private Hire hire(InstitutionRow institution, StaffRole role, @Nullable LocalDate leftBy) {
        boolean female = random.nextDouble() < (role == DAGPLEJER ? 0.96 : 0.82);
        String name = uniquePersonName(female);
        int birthYear = birthYear(role);
        LocalDate birthDate = LocalDate.ofYearDay(birthYear, 1 + random.nextInt(365));
        employeeSequence += 1 + random.nextInt(6);
        String employeeNumber = spec.employeePrefix() + String.format("%05d", employeeSequence);
        UUID id = id("staff", employeeNumber);

        int pedagogicalYear = educate(id, role, birthYear);
        boolean pedagogue = role == PAEDAGOG || role == LEDER || role == SOUSCHEF;
        int earliest = Math.max(2005, birthYear + 19);
        if (pedagogue) {
            earliest = Math.max(earliest, pedagogicalYear + (role == PAEDAGOG ? 0 : 5));
        }
        LocalDate start;
        LocalDate end = null;
        if (leftBy == null) {
            start = startDate(earliest, role == LEDER ? 1.0 : 1.6);
        } else {
            start = LocalDate.of(
                    Math.min(Math.max(earliest, 2008 + random.nextInt(12)), 2025), 1 + random.nextInt(12), 1);
            end = YearMonth.from(start.plusMonths(6 + random.nextInt(60))).atEndOfMonth();
            if (end.isAfter(leftBy)) {
                end = YearMonth.from(leftBy).minusMonths(1 + random.nextInt(6)).atEndOfMonth();
            }
        }
        int prior = priorExperienceMonths(role, pedagogicalYear, start);
        var person = new StaffRow(id, employeeNumber, name, birthDate, role, prior);
        var employment = new EmploymentRow(id, institution.id(), weeklyHours(role), start, end);
        staff.add(person);
        employments.add(employment);
        roles.put(id, role);
        return new Hire(person, employment, pedagogicalYear);
    }

    private int birthYear(StaffRole role) {
        return switch (role) {
            case LEDER -> between(1962, 1983);
            case SOUSCHEF -> between(1965, 1988);
            case PAEDAGOG -> between(1962, 2001);
            case PAEDAGOGISK_ASSISTENT -> between(1964, 2003);
            case PAEDAGOGMEDHJAELPER -> random.nextDouble() < 0.6 ? between(1995, 2004) : between(1962, 1994);
            case DAGPLEJER -> between(1962, 1994);
            case ANDET -> between(1962, 1998);
        };
    }

    /** Records the person's educations; returns the year of the pedagogical one, or 0. */
    private int educate(UUID id, StaffRole role, int birthYear) {
        switch (role) {
            case PAEDAGOG, LEDER, SOUSCHEF -> {
                int year = Math.min(LAST_EDUCATION_YEAR, birthYear + 23 + random.nextInt(role == LEDER ? 5 : 8));
                educations.add(new EducationRow(id, Education.PAEDAGOG, year));
                if (role == LEDER) {
                    addModules(id, DanishNames.LEADERSHIP_MODULES, 2 + random.nextInt(3), year + 5);
                    if (random.nextDouble() < 0.1) {
                        educations.add(
                                new EducationRow(id, Education.KANDIDAT, Math.min(LAST_EDUCATION_YEAR, year + 8)));
                    }
                } else if (role == SOUSCHEF && random.nextBoolean()) {
                    addModules(id, DanishNames.LEADERSHIP_MODULES, 1 + random.nextInt(2), year + 4);
                } else if (role == PAEDAGOG && random.nextDouble() < 0.18) {
                    addModules(id, DanishNames.PEDAGOGY_MODULES, 1 + random.nextInt(2), year + 2);
                }
                return year;
            }
            case PAEDAGOGISK_ASSISTENT -> {
                return assistantEducation(id, birthYear + 20 + random.nextInt(20));
            }
            case PAEDAGOGMEDHJAELPER -> {
                double r = random.nextDouble();
                if (r < 0.35) {
                    addEducation(id, Education.GYMNASIAL, birthYear + 19);
                } else if (r < 0.45) {
                    addEducation(id, Education.SOSU_HJAELPER, birthYear + 20 + random.nextInt(15));
                } else if (r < 0.50) {
                    addEducation(id, Education.SOSU_ASSISTENT, birthYear + 21 + random.nextInt(15));
                } else if (r < 0.60) {
                    addEducation(id, Education.ANDEN_ERHVERVSUDDANNELSE, birthYear + 20 + random.nextInt(10));
                } else if (r < 0.63) {
                    addEducation(id, Education.BACHELOR, birthYear + 24 + random.nextInt(5));
                }
                return 0;
            }
            case DAGPLEJER -> {
                double r = random.nextDouble();
                if (r < 0.15) {
                    return assistantEducation(id, birthYear + 25 + random.nextInt(20));
                } else if (r < 0.35) {
                    addEducation(id, Education.SOSU_HJAELPER, birthYear + 20 + random.nextInt(15));
                } else if (r < 0.5) {
                    addEducation(id, Education.ANDEN_ERHVERVSUDDANNELSE, birthYear + 20 + random.nextInt(10));
                }
                return 0;
            }
            case ANDET -> {
                if (random.nextDouble() < 0.7) {
                    addEducation(id, Education.ANDEN_ERHVERVSUDDANNELSE, birthYear + 20 + random.nextInt(8));
                }
                return 0;
            }
        }
        throw new IllegalStateException("Unknown role " + role);
    }

    /** PAU from 2009, its predecessor PGU before. */
    private int assistantEducation(UUID id, int year) {
        int completed = Math.min(LAST_EDUCATION_YEAR, year);
        educations.add(new EducationRow(id, completed < 2009 ? Education.PGU : Education.PAU, completed));
        return completed;
    }

    private void addEducation(UUID id, Education education, int year) {
        if (year <= LAST_EDUCATION_YEAR) {
            educations.add(new EducationRow(id, education, year));
        }
    }

    private void addModules(UUID id, List<Module> catalogue, int count, int fromYear) {
        List<Module> shuffled = new ArrayList<>(catalogue);
        Collections.shuffle(shuffled, random);
        for (Module module : shuffled.subList(0, Math.min(count, shuffled.size()))) {
            int year = Math.max(2008, fromYear) + random.nextInt(6);
            if (year > 2026) {
                continue;
            }
            LocalDate completed =
                    random.nextBoolean() || year == 2026 ? LocalDate.of(year, 1, 31) : LocalDate.of(year, 6, 30);
            diplomaModules.add(new DiplomaModuleRow(id, module.name(), module.ects(), completed));
        }
    }

    /** First of a month from the earliest year to {@link #LATEST_START}; a bias above 1 favours recent years. */
    private LocalDate startDate(int earliestYear, double recentBias) {
        int last = LATEST_START.getYear();
        int first = Math.min(earliestYear, last);
        int offset = (int) ((last - first + 1) * Math.pow(random.nextDouble(), recentBias));
        int year = Math.max(first, last - offset);
        if (year == last && first < last && random.nextDouble() < 0.75) {
            year--; // most people were hired before the year the children counts cover
        }
        int month = 1 + random.nextInt(year == last ? LATEST_START.getMonthValue() : 12);
        return LocalDate.of(year, month, 1);
    }

    private int priorExperienceMonths(StaffRole role, int pedagogicalYear, LocalDate start) {
        return switch (role) {
            case LEDER, SOUSCHEF, PAEDAGOG -> {
                int sinceEducation = Math.max(0, (start.getYear() - pedagogicalYear) * 12);
                yield (int) Math.round(sinceEducation * (0.3 + 0.7 * random.nextDouble()));
            }
            case PAEDAGOGISK_ASSISTENT -> random.nextInt(73);
            case PAEDAGOGMEDHJAELPER -> random.nextBoolean() ? 0 : 1 + random.nextInt(48);
            case DAGPLEJER -> random.nextInt(121);
            case ANDET -> 0;
        };
    }

    private BigDecimal weeklyHours(StaffRole role) {
        String hours =
                switch (role) {
                    case LEDER, DAGPLEJER -> "37";
                    case SOUSCHEF -> random.nextDouble() < 0.8 ? "37" : "35";
                    case PAEDAGOG ->
                        weighted(
                                new String[] {"37", "35", "34", "32.5", "32", "30", "28", "25"},
                                new int[] {30, 8, 10, 5, 22, 15, 5, 5});
                    case PAEDAGOGISK_ASSISTENT ->
                        weighted(new String[] {"37", "34", "32", "30", "28", "25"}, new int[] {30, 10, 25, 20, 10, 5});
                    case PAEDAGOGMEDHJAELPER ->
                        weighted(new String[] {"37", "34", "32", "30", "28", "25"}, new int[] {22, 8, 20, 22, 13, 15});
                    case ANDET -> weighted(new String[] {"37", "32", "30"}, new int[] {30, 30, 40});
                };
        return new BigDecimal(hours);
    }

    private void assign(Hire hire, SpecialFunction function, LocalDate since) {
        LocalDate start = hire.employment().startDate();
        LocalDate from = since.isBefore(start) ? start : since;
        functions.add(new FunctionRow(hire.person().id(), function, from.isAfter(LATEST_START) ? LATEST_START : from));
    }

    /** Pædagogfaglige specialister (OK24): experienced pædagoger, at most one per institution. */
    private void assignSpecialists(List<InstitutionRow> centres, Map<UUID, List<Hire>> hiresByCentre) {
        List<InstitutionRow> shuffled = new ArrayList<>(centres);
        Collections.shuffle(shuffled, random);
        int assigned = 0;
        for (InstitutionRow centre : shuffled) {
            if (assigned == spec.specialists()) {
                return;
            }
            List<Hire> experienced = hiresByCentre.get(centre.id()).stream()
                    .filter(h -> h.person().role() == PAEDAGOG && h.pedagogicalYear() <= 2016)
                    .filter(h -> functions.stream()
                            .noneMatch(f -> f.staffId().equals(h.person().id())))
                    .toList();
            if (!experienced.isEmpty()) {
                assign(
                        pick(experienced),
                        SpecialFunction.PAEDAGOGFAGLIG_SPECIALIST,
                        LocalDate.of(2025, 8, 1).plusMonths(random.nextInt(12)));
                assigned++;
            }
        }
    }

    /** A few people moved from another daginstitution in the kommune: an earlier, ended employment. */
    private void addMovers(List<InstitutionRow> centres, Map<UUID, List<Hire>> hiresByCentre) {
        if (centres.size() < 2) {
            return;
        }
        int wanted = Math.max(2, (int) Math.round(staff.size() * 0.015));
        Set<UUID> movers = new HashSet<>();
        for (int attempt = 0; movers.size() < wanted && attempt < wanted * 20; attempt++) {
            InstitutionRow to = pick(centres);
            Hire hire = pick(hiresByCentre.get(to.id()));
            StaffRole role = hire.person().role();
            LocalDate currentStart = hire.employment().startDate();
            if (role == LEDER || role == ANDET || currentStart.getYear() < 2009) {
                continue;
            }
            LocalDate earlierStart = currentStart.minusYears(2 + random.nextInt(5));
            int earliestYear = Math.max(2005, hire.person().birthDate().getYear() + 19);
            if (role == PAEDAGOG || role == SOUSCHEF) {
                earliestYear = Math.max(earliestYear, hire.pedagogicalYear() + 1);
            }
            if (earlierStart.getYear() < earliestYear
                    || movers.contains(hire.person().id())) {
                continue;
            }
            InstitutionRow from = pick(centres);
            if (from.equals(to)) {
                continue;
            }
            employments.add(new EmploymentRow(
                    hire.person().id(), from.id(), weeklyHours(role), earlierStart, currentStart.minusDays(1)));
            movers.add(hire.person().id());
        }
    }

    /** A few people who have left: their only employment ended in the past. */
    private void addFormerStaff(List<InstitutionRow> centres) {
        int wanted = Math.max(2, (int) Math.round(staff.size() * 0.02));
        repeat(
                wanted,
                () -> hire(pick(centres), random.nextDouble() < 0.6 ? PAEDAGOGMEDHJAELPER : PAEDAGOG, LATEST_START));
    }

    // --- Children ---------------------------------------------------------------------------

    private List<InstitutionRow> pickUnderstaffed(List<InstitutionRow> centres) {
        List<InstitutionRow> municipal = new ArrayList<>(centres.stream()
                .filter(c -> c.ownership() == Ownership.KOMMUNAL)
                .toList());
        Collections.shuffle(municipal, random);
        return municipal.subList(0, Math.min(spec.understaffedCentres(), municipal.size()));
    }

    /**
     * Children per month from the pedagogical FTE on the 1st: a load of 86-95 % of what the
     * minimum staffing allows, with the seasons. An understaffed institution runs at 95-98 % and
     * is 3-7 % over the limit for three or four consecutive months.
     */
    private void countChildren(InstitutionRow centre, boolean understaffed) {
        double share02 =
                switch (centre.kind()) {
                    case VUGGESTUE -> 1.0;
                    case BOERNEHAVE -> 0.0;
                    default -> 0.36 + 0.12 * random.nextDouble();
                };
        double load = understaffed ? 0.95 + 0.03 * random.nextDouble() : 0.86 + 0.09 * random.nextDouble();
        int shortFrom = understaffed ? random.nextInt(MONTHS - 4) : -1;
        int shortMonths = 3 + random.nextInt(2);
        double shortLoad = 1.03 + 0.04 * random.nextDouble();
        double[] fte = steadyFte(pedagogicalFte(centre.id(), null));
        for (int m = 0; m < MONTHS; m++) {
            LocalDate month = FIRST_MONTH.plusMonths(m);
            int calendar = month.getMonthValue() - 1;
            double season02 = SEASON_0_2[calendar];
            double season35 = SEASON_3_5[calendar];
            boolean isShort = understaffed && m >= shortFrom && m < shortFrom + shortMonths;
            double monthLoad;
            if (isShort) {
                // scaled so the month's need is exactly shortLoad times the FTE, whatever the season
                monthLoad = shortLoad / (share02 * season02 + (1 - share02) * season35);
            } else {
                monthLoad = Math.min(0.995, load * (1 - 0.015 * random.nextDouble()));
            }
            RoundingMode rounding = isShort ? RoundingMode.HALF_UP : RoundingMode.FLOOR;
            BigDecimal c02 = children(fte[m] * share02 * 3 * monthLoad * season02, rounding);
            BigDecimal c35 = children(fte[m] * (1 - share02) * 6 * monthLoad * season35, rounding);
            addCount(centre, month, c02, c35);
        }
    }

    /** About four children under three per dagplejer at work on the 1st. */
    private void countDagplejeChildren(InstitutionRow dagpleje) {
        double perCarer = 3.8 + 0.2 * random.nextDouble();
        double[] carers = pedagogicalFte(dagpleje.id(), DAGPLEJER);
        for (int m = 0; m < MONTHS; m++) {
            LocalDate month = FIRST_MONTH.plusMonths(m);
            double season = Math.min(1.0, SEASON_0_2[month.getMonthValue() - 1]);
            BigDecimal c02 = children(carers[m] * perCarer * season, RoundingMode.FLOOR);
            addCount(dagpleje, month, c02, BigDecimal.ZERO.setScale(1));
        }
    }

    private void addCount(InstitutionRow institution, LocalDate month, BigDecimal c02, BigDecimal c35) {
        childrenCounts.add(new ChildrenCountRow(
                id("children", institution.number() + "/" + month), institution.id(), month, c02, c35));
    }

    /** Pedagogical FTE (hours / 37) at the institution on the 1st of each month, optionally of one role. */
    private double[] pedagogicalFte(UUID institutionId, @Nullable StaffRole onlyRole) {
        double[] fte = new double[MONTHS];
        for (EmploymentRow e : employmentsByInstitution.getOrDefault(institutionId, List.of())) {
            StaffRole role = roles.get(e.staffId());
            if (!role.isPedagogical() || (onlyRole != null && role != onlyRole)) {
                continue;
            }
            for (int m = 0; m < MONTHS; m++) {
                if (e.isActiveOn(FIRST_MONTH.plusMonths(m))) {
                    fte[m] += e.weeklyHours().doubleValue() / FULL_TIME_HOURS;
                }
            }
        }
        return fte;
    }

    /**
     * The FTE the children counts are planned on: the month's own, but no more than the year's
     * median, so a new hire adds room rather than a jump in children.
     */
    private static double[] steadyFte(double[] fte) {
        double[] sorted = fte.clone();
        Arrays.sort(sorted);
        double median = (sorted[MONTHS / 2 - 1] + sorted[MONTHS / 2]) / 2;
        double[] steady = new double[MONTHS];
        for (int m = 0; m < MONTHS; m++) {
            steady[m] = Math.min(fte[m], median);
        }
        return steady;
    }

    private static BigDecimal children(double value, RoundingMode rounding) {
        return BigDecimal.valueOf(value).setScale(1, rounding);
    }

    // --- Helpers ----------------------------------------------------------------------------

    private String uniquePersonName(boolean female) {
        String name = "";
        for (int attempt = 0; attempt < 20; attempt++) {
            String first = pick(female ? DanishNames.FEMALE_FIRST_NAMES : DanishNames.MALE_FIRST_NAMES);
            String middle = random.nextDouble() < 0.25 ? pick(DanishNames.MIDDLE_NAMES) + " " : "";
            name = first + " " + middle + pick(DanishNames.LAST_NAMES);
            if (usedPersonNames.add(name)) {
                return name;
            }
        }
        return name;
    }

    private UUID id(String kind, String key) {
        return UUID.nameUUIDFromBytes(
                ("loeft-demo/" + spec.kommuneCode() + "/" + kind + "/" + key).getBytes(StandardCharsets.UTF_8));
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    private String weighted(String[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private static void repeat(int times, Runnable action) {
        for (int i = 0; i < times; i++) {
            action.run();
        }
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
