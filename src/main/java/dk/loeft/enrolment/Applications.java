package dk.loeft.enrolment;

import dk.loeft.catalog.Catalog;
import dk.loeft.catalog.Offering;
import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.InstitutionSummary;
import dk.loeft.institution.Ownership;
import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.staff.Employment;
import dk.loeft.staff.StaffMember;
import dk.loeft.staff.StaffService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications: a staff member applies for themselves, a leader nominates one of their staff, the
 * forvaltning registers one; the leader and then the forvaltning decide; the applicant may withdraw.
 * Who may read an application: the person, the leader of the institution it was made from, and the
 * forvaltning; for anyone else it does not exist.
 */
@Service
@Transactional(readOnly = true)
public class Applications {

    private final ApplicationRepository applications;
    private final Catalog catalog;
    private final StaffService staff;
    private final Seats seats;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Applications(
            ApplicationRepository applications,
            Catalog catalog,
            StaffService staff,
            Seats seats,
            JdbcClient jdbc,
            Clock clock,
            ApplicationEventPublisher events) {
        this.applications = applications;
        this.catalog = catalog;
        this.staff = staff;
        this.seats = seats;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** A seat or wait-list place the application led to, with the offering's title. */
    public record Seat(Participation participation, String offeringTitle) {}

    /** One choice of an application with the offering and whether the person meets its conditions. */
    public record Choice(int priority, Offering offering, ChoiceEligibility eligibility) {}

    /**
     * An application as its page shows it.
     *
     * @param mayDecide the stage the signed-in user may decide now, if any
     * @param mayWithdraw whether the signed-in user may withdraw it
     */
    public record ApplicationView(
            Application application,
            String personName,
            @Nullable String institutionName,
            List<Choice> choices,
            List<Seat> seats,
            @Nullable DecisionStage mayDecide,
            boolean mayWithdraw) {

        /** Whether the person is in the pool's target group (R4). */
        public boolean inTargetGroup() {
            return choices.stream().allMatch(c -> c.eligibility().inTargetGroup());
        }

        /** Whether the person meets every condition of every choice. */
        public boolean eligible() {
            return choices.stream().allMatch(c -> c.eligibility().eligible());
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * A new application for one to three published offerings whose application deadline has not
     * passed. A staff member applies for themselves; a leader nominates someone employed at their
     * institution (the leader's stage is then approved at once); the forvaltning registers one.
     */
    @Transactional
    public Application apply(UUID staffId, List<UUID> offeringIds, @Nullable String motivation) {
        LoeftUser user = currentUser();
        if (user.is(Role.STAFF) && !staffId.equals(user.staffId())) {
            throw new AccessDeniedException("Medarbejdere kan kun søge for sig selv");
        }
        if (!user.is(Role.STAFF) && !user.is(Role.LEADER) && !user.is(Role.KOMMUNE_ADMIN)) {
            throw new AccessDeniedException("Kun medarbejdere, ledere og forvaltningen kan søge");
        }
        StaffMember person = staff.get(staffId);
        LocalDate today = today();
        UUID institution = institutionOf(person, user, today);
        if (user.is(Role.LEADER) && institution == null) {
            throw new RuleViolationException("enrolment.application.error.notYourStaff", person.name());
        }
        Application application = Application.submit(
                user.kommuneCode(),
                person.id(),
                institution,
                user.is(Role.LEADER),
                motivation == null ? "" : motivation,
                offeringIds,
                user.getUsername(),
                clock.instant());
        Map<UUID, Offering> offerings =
                catalog.offerings(offeringIds).stream().collect(Collectors.toMap(Offering::id, Function.identity()));
        for (UUID id : offeringIds) {
            Offering offering = offerings.get(id);
            if (offering == null) {
                throw new NotFoundException();
            }
            if (!offering.published() || !openForApplications(offering, today)) {
                throw new RuleViolationException("enrolment.application.error.closed", offering.title());
            }
            if (alreadyApplied(person.id(), id)) {
                throw new RuleViolationException(
                        "enrolment.application.error.already", person.name(), offering.title());
            }
        }
        applications.insert(application);
        if (application.nominated()) {
            application = reload(application.id());
            application.approve(DecisionStage.LEADER, user.getUsername(), clock.instant());
            applications.update(application);
            publishDecision(application, DecisionStage.LEADER, true);
        }
        return reload(application.id());
    }

    /**
     * A stage decides: approve, or refuse with a reason. The forvaltning's approval is final and gives
     * the person a seat or a place on the wait-list; for a person outside the pool's target group it
     * needs the kommune's own budget, with a reason.
     */
    @Transactional
    public Application decide(
            UUID id,
            int expectedVersion,
            DecisionStage stage,
            boolean approve,
            @Nullable String reason,
            @Nullable String ownBudgetReason) {
        LoeftUser user = currentUser();
        Application application = readable(user, id);
        if (mayDecide(user, application) != stage) {
            throw new AccessDeniedException("Ikke din beslutning");
        }
        expectVersion(application, expectedVersion);
        Instant now = clock.instant();
        if (!approve) {
            application.refuse(stage, user.getUsername(), now, reason);
        } else {
            if (stage == DecisionStage.ADMIN) {
                boolean ownBudget = ownBudgetReason != null && !ownBudgetReason.isBlank();
                if (ownBudget) {
                    application.fundFromOwnBudget(ownBudgetReason);
                } else if (!view(user, application).inTargetGroup()) {
                    throw new RuleViolationException("enrolment.application.error.ownBudgetNeeded");
                }
            }
            application.approve(stage, user.getUsername(), now);
        }
        applications.update(application);
        publishDecision(application, stage, approve);
        Application saved = reload(id);
        if (saved.status() == ApplicationStatus.APPROVED) {
            seats.seat(saved);
        }
        return saved;
    }

    /** The applicant (the person, or whoever submitted it) withdraws an open application. */
    @Transactional
    public Application withdraw(UUID id, int expectedVersion) {
        LoeftUser user = currentUser();
        Application application = readable(user, id);
        if (!applicant(user, application)) {
            throw new AccessDeniedException("Kun ansøgeren kan trække ansøgningen tilbage");
        }
        expectVersion(application, expectedVersion);
        application.withdraw();
        applications.update(application);
        return reload(id);
    }

    public Application get(UUID id) {
        return readable(currentUser(), id);
    }

    public ApplicationView view(UUID id) {
        LoeftUser user = currentUser();
        return view(user, readable(user, id));
    }

    /** The person's conditions for one offering, for the application form (before applying). */
    public ChoiceEligibility eligibility(UUID staffId, Offering offering) {
        LoeftUser user = currentUser();
        StaffMember person = staff.get(staffId);
        return ChoiceEligibility.assess(person, institution(institutionOf(person, user, today())), offering);
    }

    /** Whether staff can still apply for the offering: until its application deadline, or without one until its start. */
    public boolean openForApplications(Offering offering, LocalDate today) {
        return offering.applicationDeadline() != null
                ? !today.isAfter(offering.applicationDeadline())
                : today.isBefore(offering.startDate());
    }

    private ApplicationView view(LoeftUser user, Application application) {
        StaffMember person = staff.get(application.staffMember());
        InstitutionSummary institution = institution(application.institution());
        Map<UUID, Offering> offerings = catalog.offerings(application.choices()).stream()
                .collect(Collectors.toMap(Offering::id, Function.identity()));
        List<Choice> choices = new java.util.ArrayList<>();
        int priority = 1;
        for (UUID offeringId : application.choices()) {
            Offering offering = offerings.get(offeringId);
            if (offering != null) {
                choices.add(new Choice(priority, offering, ChoiceEligibility.assess(person, institution, offering)));
            }
            priority++;
        }
        List<Seat> seats = jdbc
                .sql("select * from participation where application = :a order by queued_at")
                .param("a", application.id())
                .query(Participations::map)
                .list()
                .stream()
                .map(p -> new Seat(
                        p,
                        offerings.containsKey(p.offeringId())
                                ? offerings.get(p.offeringId()).title()
                                : ""))
                .toList();
        return new ApplicationView(
                application,
                person.name(),
                institution == null ? null : institution.name(),
                choices,
                seats,
                mayDecide(user, application),
                mayWithdraw(user, application));
    }

    private Application readable(LoeftUser user, UUID id) {
        Application application = applications.find(id).orElseThrow(NotFoundException::new);
        boolean visible =
                switch (user.role()) {
                    case KOMMUNE_ADMIN -> true;
                    case LEADER ->
                        application.institution() != null
                                && user.institutionIds().contains(application.institution());
                    case STAFF -> application.staffMember().equals(user.staffId());
                    case NATIONAL, FINANCE -> false;
                };
        if (!visible) {
            throw new NotFoundException();
        }
        return application;
    }

    private static @Nullable DecisionStage mayDecide(LoeftUser user, Application application) {
        if (!application.status().open()) {
            return null;
        }
        DecisionStage awaiting = application.status().awaiting();
        boolean mine = awaiting == DecisionStage.LEADER ? user.is(Role.LEADER) : user.is(Role.KOMMUNE_ADMIN);
        return mine ? awaiting : null;
    }

    private static boolean mayWithdraw(LoeftUser user, Application application) {
        return applicant(user, application) && application.status().canMoveTo(ApplicationStatus.WITHDRAWN);
    }

    /** The person applied for, or whoever submitted the application. */
    private static boolean applicant(LoeftUser user, Application application) {
        return application.staffMember().equals(user.staffId())
                || application.submittedBy().equals(user.getUsername());
    }

    /**
     * The institution the application is made from: for a leader one of theirs where the person
     * works; otherwise where the person works the most hours today.
     */
    private static @Nullable UUID institutionOf(StaffMember person, LoeftUser user, LocalDate today) {
        return person.employments().stream()
                .filter(e -> e.isActiveOn(today))
                .filter(e -> !user.is(Role.LEADER) || user.institutionIds().contains(e.institutionId()))
                .max(Comparator.comparing(Employment::weeklyHours))
                .map(Employment::institutionId)
                .orElse(null);
    }

    /** The institution's kind and ownership, which decide the pool's target group; read for every role. */
    private @Nullable InstitutionSummary institution(@Nullable UUID id) {
        if (id == null) {
            return null;
        }
        Optional<InstitutionSummary> found = jdbc.sql(
                        "select id, kommune_code, number, name, kind, ownership from institution where id = :id")
                .param("id", id)
                .query((rs, n) -> new InstitutionSummary(
                        rs.getObject("id", UUID.class),
                        rs.getInt("kommune_code"),
                        rs.getString("number"),
                        rs.getString("name"),
                        InstitutionKind.valueOf(rs.getString("kind")),
                        Ownership.valueOf(rs.getString("ownership")),
                        null,
                        null,
                        null,
                        null,
                        null,
                        0))
                .optional();
        return found.orElse(null);
    }

    private boolean alreadyApplied(UUID staffId, UUID offering) {
        return jdbc.sql("""
                select exists (select 1 from application a join application_choice c on c.application = a.id
                                where a.staff_member = :s and c.offering = :o
                                  and a.status in ('SUBMITTED', 'LEADER_APPROVED'))
                    or exists (select 1 from participation
                                where staff_member = :s and offering = :o and status in ('ENROLLED', 'WAITLISTED'))""")
                .param("s", staffId)
                .param("o", offering)
                .query(Boolean.class)
                .single();
    }

    private void publishDecision(Application application, DecisionStage stage, boolean approved) {
        events.publishEvent(new ApplicationDecided(
                application.id(),
                application.kommuneCode(),
                application.staffMember(),
                stage,
                approved,
                approved ? null : application.refusalReason()));
    }

    private Application reload(UUID id) {
        return applications.find(id).orElseThrow(NotFoundException::new);
    }

    private static void expectVersion(Application application, int expected) {
        if (application.version() != expected) {
            throw new OptimisticLockingFailureException("Application " + application.id() + " was changed");
        }
    }

    private static LoeftUser currentUser() {
        return Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
    }
}
