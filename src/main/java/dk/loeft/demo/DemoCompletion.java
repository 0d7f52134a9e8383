package dk.loeft.demo;

import dk.loeft.catalog.Catalog;
import dk.loeft.catalog.CourseSession;
import dk.loeft.catalog.Offering;
import dk.loeft.enrolment.Outcome;
import dk.loeft.enrolment.completion.AttendanceMark;
import dk.loeft.enrolment.completion.AttendanceRegister;
import dk.loeft.enrolment.completion.AttendanceStatus;
import dk.loeft.enrolment.completion.CompletionCommand;
import dk.loeft.enrolment.completion.Completions;
import dk.loeft.enrolment.completion.Participant;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo attendance and results in Rødovre, made by its forvaltning through the real services: for
 * every offering with seated participants, attendance for the sessions held (mostly present, some
 * absence and an excused one), and for offerings that have ended, the results (mostly passed, one
 * drop-out with its reason), which carry into the people's records and the coverage.
 */
@Component
class DemoCompletion {

    private final Catalog catalog;
    private final AttendanceRegister attendance;
    private final Completions completions;
    private final Clock clock;

    DemoCompletion(Catalog catalog, AttendanceRegister attendance, Completions completions, Clock clock) {
        this.catalog = catalog;
        this.attendance = attendance;
        this.completions = completions;
        this.clock = clock;
    }

    void load(JdbcTemplate jdbc) {
        List<UUID> offerings = jdbc.queryForList(
                "select distinct offering from participation where kommune_code = ? and status = 'ENROLLED'",
                UUID.class,
                DemoKommuner.ROEDOVRE.kommuneCode());
        if (offerings.isEmpty()) {
            return;
        }
        LoeftUser forvaltning = new LoeftUser(
                UUID.randomUUID(),
                "forvaltning.roedovre",
                null,
                "Forvaltningen",
                Role.KOMMUNE_ADMIN,
                DemoKommuner.ROEDOVRE.kommuneCode(),
                "Rødovre",
                Set.of(),
                null,
                true,
                false,
                null);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(forvaltning, null, forvaltning.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            Tenancy.runAs(forvaltning.tenantScope(), () -> offerings.forEach(this::run));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void run(UUID offeringId) {
        Offering offering = catalog.offering(offeringId);
        LocalDate today = LocalDate.now(clock);
        List<Participant> seated = completions.participants(offeringId).stream()
                .filter(p -> !p.completed())
                .toList();
        List<AttendanceMark> marks = new ArrayList<>();
        int n = 0;
        for (CourseSession session : offering.sessions()) {
            if (session.startsAt().isAfter(clock.instant())) {
                continue;
            }
            for (Participant p : seated) {
                n++;
                AttendanceStatus status = n % 13 == 6
                        ? AttendanceStatus.EXCUSED
                        : n % 9 == 4 ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT;
                marks.add(new AttendanceMark(
                        p.participationId(),
                        session.id(),
                        status,
                        status == AttendanceStatus.EXCUSED ? "Sygdom" : null));
            }
        }
        attendance.record(offeringId, marks);
        if (!offering.endDate().isBefore(today) || offering.endDate().isBefore(offering.startDate())) {
            return;
        }
        Map<UUID, Completions.Versioned> results = new LinkedHashMap<>();
        for (int i = 0; i < seated.size(); i++) {
            Participant p = seated.get(i);
            CompletionCommand command = i == 3
                    ? new CompletionCommand(Outcome.DROPPED_OUT, offering.endDate(), null, "Skiftede job undervejs")
                    : new CompletionCommand(Outcome.PASSED, offering.endDate(), null, null);
            results.put(p.participationId(), new Completions.Versioned(p.version(), command));
        }
        if (!results.isEmpty()) {
            completions.completeMany(offeringId, results);
        }
    }
}
