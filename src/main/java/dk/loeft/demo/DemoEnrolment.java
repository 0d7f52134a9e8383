package dk.loeft.demo;

import dk.loeft.catalog.Catalog;
import dk.loeft.catalog.Delivery;
import dk.loeft.catalog.Format;
import dk.loeft.catalog.Offering;
import dk.loeft.catalog.OfferingDetails;
import dk.loeft.catalog.OfferingKind;
import dk.loeft.catalog.ProviderKind;
import dk.loeft.enrolment.Application;
import dk.loeft.enrolment.Applications;
import dk.loeft.enrolment.DecisionStage;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.security.UserAccount;
import dk.loeft.staff.StaffRole;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A few applications in Rødovre in every state, made through the real services as the demo users:
 * one waiting for the leader (the demo medarbejder's own), one waiting for the forvaltning, two
 * approved with seats and one refused by the leader. The applications need an offering: if the
 * catalogue of Rødovre is still empty, learning days for faglige fyrtårne are published first.
 */
final class DemoEnrolment {

    private static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");

    private DemoEnrolment() {}

    static void load(
            List<UserAccount> users, Catalog catalog, Applications applications, JdbcTemplate jdbc, Clock clock) {
        LoeftUser admin = user(users, "forvaltning.roedovre");
        LoeftUser leader = user(users, "leder.roedovre");
        LoeftUser me = user(users, "medarbejder.roedovre");
        LocalDate today = LocalDate.now(clock);
        Offering offering = as(admin, () -> catalog.offerings().stream()
                .filter(o -> o.kommuneCode() == DemoKommuner.ROEDOVRE.kommuneCode() && o.published())
                .filter(o -> applications.openForApplications(o, today))
                .findFirst()
                .orElseGet(() -> learningDays(catalog, today)));
        UUID house = leader.institutionIds().iterator().next();
        List<UUID> colleagues =
                jdbc.queryForList("""
                select s.id from staff_member s
                 where s.role in ('PAEDAGOG', 'PAEDAGOGMEDHJAELPER', 'PAEDAGOGISK_ASSISTENT') and s.id <> ?
                   and exists (select 1 from employment e where e.staff_member = s.id and e.institution_id = ?
                                  and e.start_date <= ? and (e.end_date is null or e.end_date >= ?))
                   and not exists (select 1 from employment e where e.staff_member = s.id and e.institution_id <> ?
                                      and e.start_date <= ? and (e.end_date is null or e.end_date >= ?))
                 order by s.name limit 4""", UUID.class, me.staffId(), house, today, today, house, today, today);
        if (colleagues.size() < 4 || me.staffId() == null) {
            return;
        }
        apply(applications, me, me.staffId(), offering, "Jeg vil gerne være faglig fyrtårn på stuen.");
        Application second = apply(applications, staff(me, colleagues.get(0)), colleagues.get(0), offering, "");
        decide(applications, leader, second, DecisionStage.LEADER, true, null);
        for (UUID seated : colleagues.subList(1, 3)) {
            Application approved = decide(
                    applications,
                    leader,
                    apply(applications, staff(me, seated), seated, offering, ""),
                    DecisionStage.LEADER,
                    true,
                    null);
            decide(applications, admin, approved, DecisionStage.ADMIN, true, null);
        }
        Application refused = apply(applications, staff(me, colleagues.get(3)), colleagues.get(3), offering, "");
        decide(applications, leader, refused, DecisionStage.LEADER, false, "Vi mangler vikardækning i foråret.");
    }

    private static Offering learningDays(Catalog catalog, LocalDate today) {
        UUID provider = catalog.createProvider("Professionshøjskolen Absalon", ProviderKind.PROFESSIONSHOEJSKOLE, null)
                .id();
        LocalDate start = today.plusWeeks(8);
        List<OfferingDetails.NewSession> sessions = List.of(0, 14, 28).stream()
                .map(days -> new OfferingDetails.NewSession(
                        start.plusDays(days)
                                .atTime(LocalTime.of(9, 0))
                                .atZone(DANISH)
                                .toInstant(),
                        start.plusDays(days)
                                .atTime(LocalTime.of(16, 30))
                                .atZone(DANISH)
                                .toInstant(),
                        "Rødovre Rådhus",
                        "Læringsdag " + (days / 14 + 1)))
                .toList();
        Offering draft = catalog.create(new OfferingDetails(
                provider,
                "Faglige fyrtårne: tre læringsdage",
                OfferingKind.LEARNING_DAYS,
                null,
                null,
                false,
                Delivery.PLACE,
                "Rødovre Rådhus",
                start,
                start.plusDays(28),
                start.minusWeeks(3),
                start.minusWeeks(1),
                3,
                2,
                450_000,
                Set.of(StaffRole.PAEDAGOG, StaffRole.PAEDAGOGMEDHJAELPER, StaffRole.PAEDAGOGISK_ASSISTENT),
                "Pædagogisk personale, der skal være faglige fyrtårne",
                "Tre læringsdage om den styrkede pædagogiske læreplan.",
                new Format(3, new BigDecimal("7.5"), 22, 0, false, true),
                List.of(),
                sessions,
                Map.of()));
        return catalog.publish(draft.id(), draft.version());
    }

    private static Application apply(
            Applications applications, LoeftUser who, UUID staffId, Offering offering, String motivation) {
        return as(who, () -> applications.apply(staffId, List.of(offering.id()), motivation));
    }

    private static Application decide(
            Applications applications,
            LoeftUser who,
            Application application,
            DecisionStage stage,
            boolean approve,
            String reason) {
        return as(
                who, () -> applications.decide(application.id(), application.version(), stage, approve, reason, null));
    }

    /** A staff member's principal in the demo medarbejder's kommune, for applying as them. */
    private static LoeftUser staff(LoeftUser colleague, UUID staffId) {
        return new LoeftUser(
                UUID.randomUUID(),
                "demo-" + staffId,
                null,
                "Demo",
                Role.STAFF,
                colleague.kommuneCode(),
                colleague.kommuneName(),
                Set.of(),
                staffId,
                true,
                false,
                null);
    }

    private static LoeftUser user(List<UserAccount> users, String username) {
        UserAccount a = users.stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow();
        return new LoeftUser(
                a.id(),
                a.username(),
                null,
                a.displayName(),
                a.role(),
                a.kommuneCode(),
                "Rødovre Kommune",
                a.institutionIds(),
                a.staffId(),
                true,
                false,
                a.version());
    }

    private static <T> T as(LoeftUser user, Supplier<T> work) {
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
