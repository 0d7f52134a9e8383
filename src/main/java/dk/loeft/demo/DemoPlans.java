package dk.loeft.demo;

import dk.loeft.plan.Approval;
import dk.loeft.plan.ApprovingBody;
import dk.loeft.plan.CostLine;
import dk.loeft.plan.CostType;
import dk.loeft.plan.CoverageGoal;
import dk.loeft.plan.FundingSource;
import dk.loeft.plan.FundingSourceKind;
import dk.loeft.plan.InitiativeKind;
import dk.loeft.plan.PlanContent;
import dk.loeft.plan.PlanStatus;
import dk.loeft.plan.PlannedInitiative;
import dk.loeft.staff.StaffRole;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Seed 001, Rødovre's plan for 2023-2025, as a plan version. The seed gives the grants (533.000,
 * 1.030.000 and 976.000 kr.), the three initiatives, their seats and dates, the 5.000 kr. book grant
 * per merit student, substitutes for merit students from August 2024, and the split "about half on
 * merit in 2023 and 2024, nearly all in 2025, topped up with own money in 2024". The prices per
 * line are ours, from research §5 (merit fee 7.000 kr. a semester at KP), and keep each year inside
 * its grant and the short courses inside the 10 % cap.
 *
 * <p>Expected totals, pool only: 2023 137.000 kr.; 2024 1.005.500 kr.; 2025 672.500 kr. Own
 * budget 2024: 108.000 kr. Informal (short courses) 2024: 97.000 kr. of a 103.000 kr. cap.
 *
 * <p>Also Dragør's small draft. The demo data stores both ({@link DemoDataLoader}); tests build
 * the same content through {@code dk.loeft.testing.RoedovrePlan}.
 */
public final class DemoPlans {

    public static final int KOMMUNE = 175;
    public static final UUID ROUND_2023 = UUID.fromString("6b1f3c1e-2a41-4c55-9a0e-000000002023");
    public static final UUID ROUND_2024 = UUID.fromString("6b1f3c1e-2a41-4c55-9a0e-000000002024");

    public static final UUID SHORT_COURSES = UUID.fromString("00000175-0000-4000-8000-000000000001");
    public static final UUID DIPLOMA = UUID.fromString("00000175-0000-4000-8000-000000000002");
    public static final UUID MERIT = UUID.fromString("00000175-0000-4000-8000-000000000003");

    private DemoPlans() {}

    /** Seed 001's plan as a version of the given plan, number and status, without an approval. */
    public static PlanContent roedovre(UUID planId, int versionNo, PlanStatus status) {
        return roedovre(planId, versionNo, status, null);
    }

    /**
     * Seed 001's plan as the demo data stores it: version 1, approved by Børne- og Kulturudvalget on
     * 18.06.2024 (the first diploma team starts in June 2024).
     */
    public static PlanContent roedovreApproved() {
        return roedovre(
                UUID.fromString("00000175-0000-4000-8000-000000000000"),
                1,
                PlanStatus.APPROVED,
                new Approval(
                        ApprovingBody.UDVALG,
                        "Børne- og Kulturudvalget",
                        LocalDate.of(2024, 6, 18),
                        "Sag 24/01187, BKU 18.06.2024 pkt. 7"));
    }

    private static PlanContent roedovre(UUID planId, int versionNo, PlanStatus status, @Nullable Approval approval) {
        return new PlanContent(
                planId,
                versionNo,
                KOMMUNE,
                "Rødovre",
                "Udmøntning af puljemidler til opkvalificering af det pædagogiske personale på Dagtilbudsområdet 2023-25",
                2023,
                2025,
                status,
                approval,
                "Dagtilbudsområdet i Rødovre arbejder fortsat på at styrke den pædagogiske kvalitet. Høj kvalitet"
                        + " kræver fagligt dygtige ledere og medarbejdere, og det udfordres af mangel på kvalificeret"
                        + " arbejdskraft. Opkvalificering af de nuværende ansatte er en del af løsningen.",
                "Indsatserne er valgt i dialog med lederne på området og ud fra den seneste kvalitetsrapport. De"
                        + " faglige organisationer er orienteret, og der er indgået en fælles uddannelsesaftale med"
                        + " FOA for meritstuderende 2024-25.",
                "Samtlige forløb evalueres med deltagere og dagtilbudsledere, så indhold og antal pladser kan"
                        + " tilpasses interesse og efterspørgsel.",
                List.of(new CoverageGoal(
                        CoverageGoal.Scope.KOMMUNE,
                        null,
                        "Rødovre",
                        CoverageGoal.Kind.SHARE,
                        new BigDecimal("85"),
                        2030)),
                List.of(shortCourses(), diploma(), merit()),
                List.of(
                        line("a1", 2023, CostType.ADMINISTRATION, "Koordinering", 1, 20_000, pool2023()),
                        line("a2", 2024, CostType.ADMINISTRATION, "Koordinering", 1, 25_000, pool2024()),
                        line("a3", 2025, CostType.ADMINISTRATION, "Koordinering", 1, 25_000, pool2024()),
                        line("a4", 2025, CostType.AUDIT, "Revision af regnskab", 1, 30_000, pool2024())));
    }

    private static PlannedInitiative shortCourses() {
        return new PlannedInitiative(
                SHORT_COURSES,
                "Korte faglige forløb for ufaglærte pædagogiske medarbejdere",
                InitiativeKind.SHORT_COURSE_UNSKILLED,
                true,
                "Ufaglærte pædagogiske medarbejdere",
                Set.of(StaffRole.PAEDAGOGMEDHJAELPER),
                "Efteruddannelsesvirksomhed (privat)",
                LocalDate.of(2024, 5, 1),
                LocalDate.of(2024, 6, 30),
                2,
                intake(2024, 48),
                "Kick-off fyraftensmøde og to undervisningsdage ud fra et læreplansperspektiv; oplæg for op til 48"
                        + " deltagere, praksisopgaver og vejledning i grupper på op til seks. Kompendium.",
                List.of(
                        line("s1", 2024, CostType.TUITION, "Forløb for 48 deltagere", 1, 85_000, pool2024()),
                        line("s2", 2024, CostType.BOOKS, "Kompendium", 48, 250, pool2024())));
    }

    private static PlannedInitiative diploma() {
        return new PlannedInitiative(
                DIPLOMA,
                "Moduler på diplomniveau for pædagoger og ledere",
                InitiativeKind.DIPLOMA_MODULE,
                false,
                "Pædagoger, afdelingsledere, souschefer og ledere",
                Set.of(StaffRole.PAEDAGOG, StaffRole.LEDER, StaffRole.SOUSCHEF),
                "Professionshøjskole",
                LocalDate.of(2024, 6, 1),
                LocalDate.of(2024, 12, 31),
                7,
                intake(2024, 24),
                "10 ECTS: faglig ledelse, evalueringskultur og kvalitetsudvikling; faglig ledelse, organisering og"
                        + " udvikling af læringsmiljøer med udgangspunkt i de styrkede læreplaner. Afsluttes med eksamen.",
                List.of(
                        line("d1", 2024, CostType.TUITION, "Deltagerbetaling, 16 pladser", 16, 13_500, pool2024()),
                        line(
                                "d2",
                                2024,
                                CostType.TUITION,
                                "Deltagerbetaling, 8 pladser (lokale efteruddannelsesmidler)",
                                8,
                                13_500,
                                FundingSource.of(FundingSourceKind.OWN_BUDGET))));
    }

    private static PlannedInitiative merit() {
        TreeMap<Integer, Integer> intake = new TreeMap<>();
        intake.put(2023, 9);
        intake.put(2024, 10);
        return new PlannedInitiative(
                MERIT,
                "Meritpædagoguddannelse (netbaseret)",
                InitiativeKind.MERIT_NET,
                false,
                "Pædagogmedhjælpere",
                Set.of(StaffRole.PAEDAGOGMEDHJAELPER, StaffRole.DAGPLEJER),
                "Københavns Professionshøjskole",
                LocalDate.of(2023, 8, 1),
                LocalDate.of(2027, 7, 31),
                36,
                intake,
                "Bedre vilkår for de ni, der allerede studerer, og ti nye pladser fra august 2024 (syv netbaserede og"
                        + " tre sporskifte, konverteret til netbaserede). Vikarmidler til dagtilbud med"
                        + " meritstuderende og 5.000 kr. til litteratur pr. studerende.",
                List.of(
                        line("m1", 2023, CostType.TUITION, "Efterårssemester, 9 studerende", 9, 7_000, pool2023()),
                        line("m2", 2023, CostType.BOOKS, "Litteratur, 9 studerende", 9, 5_000, pool2023()),
                        line("m3", 2023, CostType.OTHER, "Studiedage og indkald", 9, 1_000, pool2023()),
                        line("m4", 2024, CostType.TUITION, "To semestre, 19 studerende", 38, 7_000, pool2024()),
                        line("m5", 2024, CostType.BOOKS, "Litteratur, 10 nye studerende", 10, 5_000, pool2024()),
                        hours("m6", 2024, "Vikar, 19 studerende × 74 timer", 1_406, 250, pool2024()),
                        line("m7", 2025, CostType.TUITION, "To semestre, 19 studerende", 38, 7_000, pool2024()),
                        hours("m8", 2025, "Vikar, 19 studerende × 74 timer", 1_406, 250, pool2024())));
    }

    private static TreeMap<Integer, Integer> intake(int year, int seats) {
        TreeMap<Integer, Integer> intake = new TreeMap<>();
        intake.put(year, seats);
        return intake;
    }

    private static FundingSource pool2023() {
        return FundingSource.pool(ROUND_2023);
    }

    private static FundingSource pool2024() {
        return FundingSource.pool(ROUND_2024);
    }

    private static CostLine line(
            String id, int year, CostType type, String text, int quantity, long kroner, FundingSource source) {
        return new CostLine(lineId(id), year, type, text, BigDecimal.valueOf(quantity), kroner * 100, source);
    }

    private static CostLine hours(
            String id, int year, String text, int hours, long kronerPerHour, FundingSource source) {
        return new CostLine(
                lineId(id), year, CostType.SUBSTITUTES, text, BigDecimal.valueOf(hours), kronerPerHour * 100, source);
    }

    /** Stable ids per line so tests can point at the line a finding concerns. */
    public static UUID lineId(String id) {
        return UUID.nameUUIDFromBytes(("roedovre-" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Dragør's small draft: merit for two pædagogmedhjælpere from August 2025, 2025-2026. */
    public static PlanContent dragoerDraft() {
        TreeMap<Integer, Integer> intake = intake(2025, 2);
        UUID round2026 = UUID.fromString("6b1f3c1e-2a41-4c55-9a0e-000000002026");
        return new PlanContent(
                UUID.fromString("00000155-0000-4000-8000-000000000000"),
                1,
                155,
                "Dragør",
                "Opkvalificering på dagtilbudsområdet 2025-2026",
                2025,
                2026,
                PlanStatus.DRAFT,
                null,
                "Dragør vil løfte andelen af uddannet pædagogisk personale i dagtilbud og dagpleje. SFO-området er"
                        + " ikke omfattet af puljen.",
                "Lederne er inddraget i dialogmøder; BUPL og FOA orienteres, før planen sendes til udvalget.",
                "Forløbene evalueres med deltagere og ledere efter første studieår.",
                List.of(new CoverageGoal(
                        CoverageGoal.Scope.KOMMUNE,
                        null,
                        "Dragør",
                        CoverageGoal.Kind.POINTS,
                        new BigDecimal("10"),
                        2030)),
                List.of(new PlannedInitiative(
                        UUID.fromString("00000155-0000-4000-8000-000000000001"),
                        "Meritpædagoguddannelse for pædagogmedhjælpere",
                        InitiativeKind.MERIT_NET,
                        false,
                        "Pædagogmedhjælpere med mindst fem års erfaring",
                        Set.of(StaffRole.PAEDAGOGMEDHJAELPER),
                        "Københavns Professionshøjskole",
                        LocalDate.of(2025, 8, 1),
                        LocalDate.of(2028, 7, 31),
                        36,
                        intake,
                        "To pladser fra august 2025 med litteraturtilskud.",
                        List.of(
                                new CostLine(
                                        UUID.fromString("00000155-0000-4000-8000-000000000011"),
                                        2025,
                                        CostType.TUITION,
                                        "Efterårssemester, 2 studerende",
                                        BigDecimal.valueOf(2),
                                        700_000,
                                        pool2024()),
                                new CostLine(
                                        UUID.fromString("00000155-0000-4000-8000-000000000012"),
                                        2026,
                                        CostType.TUITION,
                                        "To semestre, 2 studerende",
                                        BigDecimal.valueOf(4),
                                        700_000,
                                        FundingSource.pool(round2026))))),
                List.of());
    }
}
