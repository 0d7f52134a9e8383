package dk.loeft.coverage.web;

import dk.loeft.coverage.CoverageService;
import dk.loeft.coverage.KommuneSummary;
import dk.loeft.platform.security.Role;
import java.math.BigDecimal;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The ministry's list of all 98 kommuner, sortable by any column. */
@Controller
class KommunerController {

    private static final Collator DANISH = Collator.getInstance(dk.loeft.platform.web.DanishFormat.DANISH);

    /** Sortable columns: query value → comparator (ascending). */
    private static final Map<String, Comparator<KommuneSummary>> COLUMNS = Map.of(
            "name", Comparator.comparing(KommuneSummary::name, DANISH),
            "region", Comparator.comparing(KommuneSummary::region, DANISH),
            "institutions", Comparator.comparingInt(KommuneSummary::institutions),
            "staff", Comparator.comparingInt(KommuneSummary::staff),
            "fte", Comparator.comparing(s -> s.coverage().pedagogicalHours()),
            "coverage",
                    Comparator.comparing(
                            s -> s.coverage().share(), Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder())));

    /** The columns in page order, each with its header's message key. */
    static final List<String> ORDER = List.of("name", "region", "institutions", "staff", "fte", "coverage");

    private final CoverageService coverage;

    KommunerController(CoverageService coverage) {
        this.coverage = coverage;
    }

    @GetMapping("/kommuner")
    String kommuner(
            @RequestParam(defaultValue = "name") String sort,
            @RequestParam(defaultValue = "asc") String dir,
            Model model) {
        PageAccess.require(Role.NATIONAL);
        String column = COLUMNS.containsKey(sort) ? sort : "name";
        boolean descending = "desc".equals(dir);
        Comparator<KommuneSummary> order = COLUMNS.get(column).thenComparing(COLUMNS.get("name"));
        List<KommuneSummary> rows = coverage.kommuner(coverage.today()).stream()
                .sorted(descending ? order.reversed() : order)
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("sort", column);
        model.addAttribute("dir", descending ? "desc" : "asc");
        model.addAttribute("columns", ORDER);
        model.addAttribute("today", coverage.today());
        return "coverage/kommuner";
    }
}
