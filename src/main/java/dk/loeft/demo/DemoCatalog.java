package dk.loeft.demo;

import dk.loeft.catalog.Catalog;
import dk.loeft.catalog.Delivery;
import dk.loeft.catalog.Format;
import dk.loeft.catalog.Frameworks;
import dk.loeft.catalog.Offering;
import dk.loeft.catalog.OfferingDetails;
import dk.loeft.catalog.OfferingKind;
import dk.loeft.catalog.OfferingModule;
import dk.loeft.catalog.Provider;
import dk.loeft.catalog.ProviderKind;
import dk.loeft.plan.InitiativeKind;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.staff.StaffRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo catalogue, entered through the catalogue service as each kommune's forvaltning: Rødovre's
 * providers and published offerings for its approved plan's initiatives (merit, diploma module,
 * short courses), PAU EUV1 and learning days for leaders, with sessions in 2026-2027, quotas and
 * frame checks; one offering for Dragør.
 */
@Component
class DemoCatalog {

    private static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");
    private static final UUID LEARNING_DAYS_FRAME = UUID.fromString("00000003-0000-4000-8000-000000000001");
    private static final UUID LEADERS_DIPLOMA_FRAME = UUID.fromString("00000003-0000-4000-8000-000000000002");
    private static final UUID FYRTAARN_FRAME = UUID.fromString("00000003-0000-4000-8000-000000000003");

    private final Catalog catalog;
    private final Frameworks frameworks;

    DemoCatalog(Catalog catalog, Frameworks frameworks) {
        this.catalog = catalog;
        this.frameworks = frameworks;
    }

    void load(SyntheticKommune roedovre, SyntheticKommune dragoer) {
        as(DemoKommuner.ROEDOVRE.kommuneCode(), "forvaltning.roedovre", () -> roedovre(roedovre));
        as(DemoKommuner.DRAGOER.kommuneCode(), "forvaltning.dragoer", () -> dragoer(dragoer));
    }

    private Void roedovre(SyntheticKommune kommune) {
        Provider kp = catalog.createProvider(
                "Københavns Professionshøjskole", ProviderKind.PROFESSIONSHOEJSKOLE, "efteruddannelse@kp.dk");
        Provider sosu = catalog.createProvider("SOSU H", ProviderKind.SOSU_SKOLE, "voksen@sosuh.dk");
        Provider amu = catalog.createProvider("AMU Hovedstaden", ProviderKind.AMU_CENTER, "kursus@amuhovedstaden.dk");
        Provider self = catalog.createProvider("Rødovre Kommune", ProviderKind.KOMMUNE, null);
        Map<UUID, Integer> quotas = quotas(kommune, 3, 2);

        publish(new OfferingDetails(
                kp.id(),
                "Meritpædagoguddannelsen, netbaseret, hold august 2026",
                OfferingKind.PROGRAMME,
                InitiativeKind.MERIT_NET,
                DemoPlans.MERIT,
                false,
                Delivery.BLENDED,
                "Campus Sydhavnen og net",
                LocalDate.of(2026, 8, 24),
                LocalDate.of(2029, 6, 30),
                LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 6, 15),
                12,
                6,
                2_100_000,
                Set.of(StaffRole.PAEDAGOGMEDHJAELPER, StaffRole.PAEDAGOGISK_ASSISTENT),
                "Pædagogmedhjælpere og pædagogiske assistenter med mindst fem års erfaring (R6)",
                "Meritpædagoguddannelsen på deltid med studiedage på campus og netbaseret undervisning.",
                Format.NONE,
                List.of(),
                sessions("Studiestart", LocalDate.of(2026, 8, 24), LocalDate.of(2026, 9, 7), LocalDate.of(2027, 1, 11)),
                quotas));
        publish(new OfferingDetails(
                sosu.id(),
                "PAU EUV1 for erfarne pædagogmedhjælpere, 2027",
                OfferingKind.PROGRAMME,
                InitiativeKind.PAU_EUV1,
                null,
                false,
                Delivery.PLACE,
                "SOSU H, Brøndby",
                LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 10, 29),
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 1),
                16,
                8,
                0,
                Set.of(StaffRole.PAEDAGOGMEDHJAELPER),
                "Pædagogmedhjælpere over 25 år med mindst to års relevant erfaring (R8)",
                "Den pædagogiske assistentuddannelse som EUV1 med skoleundervisning og praktik i egen institution.",
                Format.NONE,
                List.of(),
                sessions("Skoleperiode", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 9, 6)),
                Map.of()));
        Offering diploma = publish(new OfferingDetails(
                kp.id(),
                "Diplommodul: Pædagogisk arbejde med læreplanen (faglige fyrtårne)",
                OfferingKind.DIPLOMA_MODULE,
                InitiativeKind.DIPLOMA_MODULE,
                DemoPlans.DIPLOMA,
                false,
                Delivery.BLENDED,
                "Campus Sydhavnen",
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 12, 18),
                LocalDate.of(2026, 6, 15),
                LocalDate.of(2026, 8, 1),
                24,
                12,
                1_250_000,
                Set.of(StaffRole.PAEDAGOG),
                "Pædagoger med en særlig funktion som fagligt fyrtårn",
                "Modul på den pædagogiske diplomuddannelse med 40 timers undervisning, to vejledninger og prøve.",
                new Format(0, BigDecimal.ZERO, 40, 2, true, true),
                List.of(new OfferingModule("Pædagogisk arbejde med udgangspunkt i læreplanen", 10)),
                sessions(
                        "Undervisning",
                        LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 9, 29),
                        LocalDate.of(2026, 10, 27)),
                quotas(kommune, 2, 1)));
        Offering learningDays = publish(new OfferingDetails(
                kp.id(),
                "Tre læringsdage for faglige ledere, foråret 2027",
                OfferingKind.LEARNING_DAYS,
                null,
                null,
                false,
                Delivery.PLACE,
                "Rødovre Rådhus, mødesal 2",
                LocalDate.of(2027, 2, 2),
                LocalDate.of(2027, 4, 6),
                LocalDate.of(2026, 12, 15),
                LocalDate.of(2027, 1, 15),
                30,
                12,
                450_000,
                Set.of(StaffRole.LEDER, StaffRole.SOUSCHEF),
                "Ledere og souschefer i dagtilbud",
                "Tre læringsdage á 7,5 timer om faglig ledelse med den styrkede pædagogiske læreplan.",
                new Format(3, new BigDecimal("7.5"), 22, 0, false, true),
                List.of(),
                sessions("Læringsdag", LocalDate.of(2027, 2, 2), LocalDate.of(2027, 3, 2), LocalDate.of(2027, 4, 6)),
                Map.of()));
        publish(new OfferingDetails(
                self.id(),
                "Læreplansdage for ufaglærte (Rødovres eget forløb)",
                OfferingKind.COURSE,
                InitiativeKind.SHORT_COURSE_UNSKILLED,
                DemoPlans.SHORT_COURSES,
                true,
                Delivery.PLACE,
                "Rødovre Kommunes kursuscenter",
                LocalDate.of(2026, 10, 5),
                LocalDate.of(2026, 11, 9),
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 21),
                48,
                20,
                150_000,
                Set.of(StaffRole.PAEDAGOGMEDHJAELPER),
                "Ufaglærte pædagogiske medarbejdere",
                "Fyraftensmøde og to undervisningsdage ud fra et læreplansperspektiv med praksisopgaver.",
                new Format(2, new BigDecimal("7"), 14, 0, false, true),
                List.of(),
                sessions("Undervisningsdag", LocalDate.of(2026, 10, 5), LocalDate.of(2026, 11, 9)),
                Map.of()));
        publish(new OfferingDetails(
                amu.id(),
                "AMU: Pædagogisk arbejde med børns sprog",
                OfferingKind.AMU_COURSE,
                InitiativeKind.AMU,
                null,
                false,
                Delivery.PLACE,
                "AMU Hovedstaden, Valby",
                LocalDate.of(2027, 3, 8),
                LocalDate.of(2027, 3, 12),
                LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 2, 15),
                20,
                8,
                0,
                Set.of(StaffRole.PAEDAGOGMEDHJAELPER, StaffRole.DAGPLEJER),
                "Pædagogmedhjælpere og dagplejere",
                "Fem dages AMU-kursus om sprogstimulering i hverdagen.",
                Format.NONE,
                List.of(),
                sessions("Kursusdag", LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 9), LocalDate.of(2027, 3, 10)),
                Map.of()));
        frameworks.choose(learningDays.id(), List.of(LEARNING_DAYS_FRAME));
        frameworks.choose(diploma.id(), List.of(FYRTAARN_FRAME, LEADERS_DIPLOMA_FRAME));
        return null;
    }

    private Void dragoer(SyntheticKommune kommune) {
        Provider kp = catalog.createProvider(
                "Københavns Professionshøjskole", ProviderKind.PROFESSIONSHOEJSKOLE, "efteruddannelse@kp.dk");
        publish(new OfferingDetails(
                kp.id(),
                "Meritpædagoguddannelsen, netbaseret, hold august 2026",
                OfferingKind.PROGRAMME,
                InitiativeKind.MERIT_NET,
                UUID.fromString("00000155-0000-4000-8000-000000000001"),
                false,
                Delivery.NET,
                "",
                LocalDate.of(2026, 8, 24),
                LocalDate.of(2029, 6, 30),
                LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 6, 15),
                2,
                0,
                2_100_000,
                Set.of(StaffRole.PAEDAGOGMEDHJAELPER),
                "Pædagogmedhjælpere med mindst fem års erfaring",
                "To pladser på det netbaserede hold.",
                Format.NONE,
                List.of(),
                sessions("Studiestart", LocalDate.of(2026, 8, 24)),
                quotas(kommune, 1, 1)));
        return null;
    }

    private Offering publish(OfferingDetails details) {
        Offering draft = catalog.create(details);
        return catalog.publish(draft.id(), draft.version());
    }

    /** Seats for the kommune's first institutions (in the generator's order). */
    private static Map<UUID, Integer> quotas(SyntheticKommune kommune, int institutions, int seats) {
        Map<UUID, Integer> quotas = new LinkedHashMap<>();
        kommune.institutions().stream().limit(institutions).forEach(i -> quotas.put(i.id(), seats));
        return quotas;
    }

    private static List<OfferingDetails.NewSession> sessions(String title, LocalDate... days) {
        return java.util.stream.IntStream.range(0, days.length)
                .mapToObj(i -> new OfferingDetails.NewSession(
                        days[i].atTime(LocalTime.of(9, 0)).atZone(DANISH).toInstant(),
                        days[i].atTime(LocalTime.of(16, 30)).atZone(DANISH).toInstant(),
                        "",
                        title + " " + (i + 1)))
                .toList();
    }

    /** Runs work as the kommune's forvaltning, as if its demo user had entered it. */
    private static <T> @Nullable T as(int kommune, String username, Supplier<T> work) {
        LoeftUser user = new LoeftUser(
                UUID.randomUUID(),
                username,
                null,
                username,
                Role.KOMMUNE_ADMIN,
                kommune,
                null,
                Set.of(),
                null,
                true,
                false,
                null);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
