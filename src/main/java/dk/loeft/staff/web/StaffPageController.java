package dk.loeft.staff.web;

import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.staff.Employment;
import dk.loeft.staff.StaffMember;
import dk.loeft.staff.StaffService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One person's page (/medarbejdere/{id}) and a staff member's own page (/mig). */
@Controller
class StaffPageController {

    private final StaffService staff;
    private final JdbcClient jdbc;
    private final Clock clock;

    StaffPageController(StaffService staff, JdbcClient jdbc, Clock clock) {
        this.staff = staff;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/medarbejdere/{id}")
    String person(@PathVariable String id, Model model) {
        StaffMember member = staff.get(parseId(id));
        fill(member, model);
        model.addAttribute("section", "institutioner");
        return "staff/person";
    }

    @GetMapping("/mig")
    String me(Model model) {
        LoeftUser user = currentUser();
        UUID own = user.staffId();
        if (own == null) {
            throw new NotFoundException();
        }
        fill(staff.get(own), model);
        model.addAttribute("section", "mig");
        return "staff/person";
    }

    private void fill(StaffMember member, Model model) {
        LoeftUser user = currentUser();
        LocalDate today = LocalDate.now(clock);
        int experience = member.experienceMonthsOn(today);
        List<EmploymentLine> employments = employmentLines(member, user, today);
        model.addAttribute("member", member);
        model.addAttribute("today", today);
        model.addAttribute("age", member.ageOn(today));
        model.addAttribute("experienceYears", experience / 12);
        model.addAttribute("experienceMonths", experience % 12);
        model.addAttribute("weeklyHours", member.weeklyHoursOn(today));
        model.addAttribute("fte", member.fteOn(today));
        model.addAttribute("educatedNow", member.isPedagogicallyEducatedIn(today.getYear()));
        model.addAttribute("employments", employments);
        model.addAttribute("mayEdit", user.is(Role.KOMMUNE_ADMIN));
        model.addAttribute("own", member.id().equals(user.staffId()));
    }

    /** Employments with their institution's name; a link only where the reader may open it. */
    private List<EmploymentLine> employmentLines(StaffMember member, LoeftUser user, LocalDate today) {
        Set<UUID> ids =
                member.employments().stream().map(Employment::institutionId).collect(Collectors.toSet());
        Map<UUID, String> names = ids.isEmpty()
                ? Map.of()
                : jdbc
                        .sql("select id, name from institution where id in (:ids)")
                        .param("ids", ids)
                        .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("name")))
                        .list()
                        .stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return member.employments().stream()
                .map(e -> new EmploymentLine(
                        e,
                        names.get(e.institutionId()),
                        user.mayViewInstitution(e.institutionId()),
                        e.isActiveOn(today)))
                .toList();
    }

    /** An employment as the page shows it. */
    record EmploymentLine(Employment employment, @Nullable String institutionName, boolean linked, boolean active) {}

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }

    private static LoeftUser currentUser() {
        return Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
    }
}
