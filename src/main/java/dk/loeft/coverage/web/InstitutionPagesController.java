package dk.loeft.coverage.web;

import dk.loeft.coverage.CoverageService;
import dk.loeft.coverage.InstitutionFilter;
import dk.loeft.coverage.InstitutionListPage;
import dk.loeft.coverage.MonthlyCoverage;
import dk.loeft.coverage.StaffingMonth;
import dk.loeft.institution.Area;
import dk.loeft.institution.Institution;
import dk.loeft.institution.InstitutionKind;
import dk.loeft.institution.InstitutionService;
import dk.loeft.institution.Kommune;
import dk.loeft.institution.Ownership;
import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.staff.StaffService;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The institution list (filters and paging, htmx) and one institution's page. */
@Controller
class InstitutionPagesController {

    private final CoverageService coverage;
    private final InstitutionService institutions;
    private final StaffService staff;

    InstitutionPagesController(CoverageService coverage, InstitutionService institutions, StaffService staff) {
        this.coverage = coverage;
        this.institutions = institutions;
        this.staff = staff;
    }

    @GetMapping("/institutioner")
    String list(
            @RequestParam(required = false) @Nullable Integer kommune,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String area,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String ownership,
            @RequestParam(defaultValue = "1") String page,
            Model model) {
        LoeftUser user = PageAccess.requireReader();
        if (user.isNational() && kommune == null) {
            return "redirect:/kommuner";
        }
        fillList(user, kommune, q, area, kind, ownership, page, model);
        return "coverage/institutions";
    }

    /** The same list for htmx: only the results fragment, swapped in place (not for a history restore). */
    @GetMapping(
            value = "/institutioner",
            headers = {"HX-Request", "!HX-History-Restore-Request"})
    String listFragment(
            @RequestParam(required = false) @Nullable Integer kommune,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String area,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String ownership,
            @RequestParam(defaultValue = "1") String page,
            Model model) {
        LoeftUser user = PageAccess.requireReader();
        if (user.isNational() && kommune == null) {
            throw new NotFoundException();
        }
        fillList(user, kommune, q, area, kind, ownership, page, model);
        return "coverage/institutions :: results";
    }

    @GetMapping("/institutioner/{id}")
    String institution(@PathVariable String id, Model model) {
        LoeftUser user = PageAccess.requireReader();
        Institution institution = institutions.get(parseId(id));
        Kommune kommune = institutions.kommune(institution.kommuneCode()).orElseThrow(NotFoundException::new);
        LocalDate today = coverage.today();
        YearMonth from = coverage.firstRecentMonth();
        YearMonth to = coverage.currentMonth();
        List<MonthlyCoverage> months = coverage.institutionCoverageByMonth(institution.id(), from, to);
        List<StaffingMonth> staffing =
                institution.kind().isDagtilbud() ? coverage.institutionStaffing(institution.id(), from, to) : List.of();
        model.addAttribute("institution", institution);
        model.addAttribute("kommune", kommune);
        model.addAttribute(
                "areaName",
                institutions.areas(institution.kommuneCode()).stream()
                        .filter(a -> a.id().equals(institution.areaId()))
                        .map(Area::name)
                        .findFirst()
                        .orElse(null));
        model.addAttribute("address", address(institution));
        model.addAttribute("today", today);
        model.addAttribute("staff", staff.staffAt(institution.id(), today));
        model.addAttribute("months", months);
        model.addAttribute("now", months.getLast());
        model.addAttribute("chart", CoverageChart.of(months, kommune.coverageTarget()));
        model.addAttribute("staffing", staffing);
        model.addAttribute(
                "childrenCounts",
                institution.kind().isDagtilbud()
                        ? List.of()
                        : institutions.childrenCounts(institution.id()).stream()
                                .filter(c -> !c.month().isBefore(from.atDay(1)))
                                .toList());
        model.addAttribute("mayEdit", user.is(Role.KOMMUNE_ADMIN));
        model.addAttribute("national", user.isNational());
        return "coverage/institution";
    }

    private void fillList(
            LoeftUser user,
            @Nullable Integer kommuneCode,
            @Nullable String q,
            @Nullable String area,
            @Nullable String kind,
            @Nullable String ownership,
            String page,
            Model model) {
        Kommune kommune = institutions.kommuneFor(user, kommuneCode);
        var filter = new InstitutionFilter(
                q,
                parseOrNull(area),
                enumOrNull(InstitutionKind.class, kind),
                enumOrNull(Ownership.class, ownership),
                parsePage(page));
        InstitutionListPage result = coverage.institutionList(kommune.code(), filter);
        model.addAttribute("kommune", kommune);
        model.addAttribute("national", user.isNational());
        model.addAttribute("leader", user.is(Role.LEADER));
        model.addAttribute("filter", filter);
        model.addAttribute("result", result);
        model.addAttribute("pages", pageNumbers(result.page(), result.pages()));
        model.addAttribute("pagePrefix", pagePrefix(user.isNational() ? kommune.code() : null, filter));
        model.addAttribute("areas", institutions.areas(kommune.code()));
        model.addAttribute("kinds", InstitutionKind.values());
        model.addAttribute("ownerships", Ownership.values());
    }

    /** The list's address with the filters, ending in "page=" for the page number. */
    static String pagePrefix(@Nullable Integer kommune, InstitutionFilter filter) {
        var uri = org.springframework.web.util.UriComponentsBuilder.fromPath("/institutioner");
        if (kommune != null) {
            uri.queryParam("kommune", kommune);
        }
        if (filter.query() != null) {
            uri.queryParam("q", filter.query());
        }
        if (filter.areaId() != null) {
            uri.queryParam("area", filter.areaId());
        }
        if (filter.kind() != null) {
            uri.queryParam("kind", filter.kind());
        }
        if (filter.ownership() != null) {
            uri.queryParam("ownership", filter.ownership());
        }
        String query = uri.encode().build().toUriString();
        return query + (query.contains("?") ? "&" : "?") + "page=";
    }

    /**
     * The page numbers to show, 0 standing for "…": all up to 7 pages, otherwise the first, the
     * last and the current with its neighbours (as the DKFDS pagination macro does).
     */
    static List<Integer> pageNumbers(int current, int pages) {
        if (pages <= 7) {
            return java.util.stream.IntStream.rangeClosed(1, pages).boxed().toList();
        }
        if (current <= 4) {
            return List.of(1, 2, 3, 4, 5, 0, pages);
        }
        if (current >= pages - 3) {
            return List.of(1, 0, pages - 4, pages - 3, pages - 2, pages - 1, pages);
        }
        return List.of(1, 0, current - 1, current, current + 1, 0, pages);
    }

    /** Street, postcode and town as a Danish address line: "Tårnvej 1, 2610 Rødovre". */
    static String address(Institution institution) {
        String town = java.util.stream.Stream.of(institution.postalCode(), institution.city())
                .filter(part -> part != null && !part.isBlank())
                .collect(java.util.stream.Collectors.joining(" "));
        return java.util.stream.Stream.of(institution.street(), town)
                .filter(part -> part != null && !part.isBlank())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static UUID parseId(String id) {
        UUID parsed = parseOrNull(id);
        if (parsed == null) {
            throw new NotFoundException();
        }
        return parsed;
    }

    private static @Nullable UUID parseOrNull(@Nullable String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(id.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> @Nullable E enumOrNull(Class<E> type, @Nullable String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value))
                .findFirst()
                .orElse(null);
    }

    private static int parsePage(String page) {
        try {
            return Math.max(1, Integer.parseInt(page.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
