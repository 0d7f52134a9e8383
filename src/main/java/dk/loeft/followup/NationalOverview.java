package dk.loeft.followup;

import dk.loeft.coverage.EducationCoverage;
import dk.loeft.coverage.KommuneSummary;
import dk.loeft.funding.FundingTotals.Totals;
import dk.loeft.plan.KommunePlanStatus;
import dk.loeft.plan.PlanStatus;
import dk.loeft.platform.web.DanishFormat;
import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The ministry's national view (landsoverblik) on a date: every kommune's dagtilbud, education
 * coverage and target beside its money from the pool (granted this year and in total, spent, spend
 * rate) and where its upskilling plan stands (the newest plan's status and the date its current
 * version was approved), one line per kommune, for one region or all, sorted by any column.
 */
public record NationalOverview(LocalDate date, String region, Sorting sorting, List<Line> lines, List<String> regions) {

    /** The columns in page order; each is a sort key. */
    public static final List<String> COLUMNS = List.of(
            "name",
            "region",
            "institutions",
            "staff",
            "fte",
            "coverage",
            "target",
            "grantedInYear",
            "granted",
            "spent",
            "spendRate",
            "plan",
            "approved");

    private static final Collator DANISH = Collator.getInstance(DanishFormat.DANISH);

    private static final Map<String, Comparator<Line>> ORDER = Map.ofEntries(
            Map.entry("name", Comparator.comparing(l -> l.kommune().name(), DANISH)),
            Map.entry("region", Comparator.comparing(l -> l.kommune().region(), DANISH)),
            Map.entry("institutions", Comparator.comparingInt(l -> l.kommune().institutions())),
            Map.entry("staff", Comparator.comparingInt(l -> l.kommune().staff())),
            Map.entry("fte", Comparator.comparing(l -> l.kommune().coverage().pedagogicalHours())),
            Map.entry("coverage", nullsFirst(l -> l.kommune().coverage().share())),
            Map.entry("target", Comparator.comparing(l -> l.kommune().coverageTarget())),
            Map.entry("grantedInYear", Comparator.comparingLong(l -> l.funding().grantedInYearOere())),
            Map.entry("granted", Comparator.comparingLong(l -> l.funding().grantedOere())),
            Map.entry("spent", Comparator.comparingLong(l -> l.funding().spentOere())),
            Map.entry("spendRate", nullsFirst(l -> l.funding().spendRate())),
            Map.entry(
                    "plan",
                    Comparator.comparingInt(
                            l -> l.planStatus() == null ? -1 : l.planStatus().ordinal())),
            Map.entry(
                    "approved",
                    Comparator.comparing(
                            Line::approvedOn, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))));

    /** One kommune: its coverage summary, its sums from the grant ledger and where its plan stands. */
    public record Line(
            KommuneSummary kommune,
            Totals funding,
            @Nullable KommunePlanStatus plan) {

        /** The status of the newest version of the kommune's newest plan; null without a plan. */
        public @Nullable PlanStatus planStatus() {
            return plan == null ? null : plan.status();
        }

        /** When the plan's version in force was approved; null when none is. */
        public @Nullable LocalDate approvedOn() {
            return plan == null ? null : plan.approvedOn();
        }
    }

    /** The sum of the lines shown: coverage over all their hours, money over all their entries. */
    public record Total(int institutions, int staff, EducationCoverage coverage, Totals funding) {}

    /** A sort column and direction; as a request parameter "staff" (ascending) or "-staff" (descending). */
    public record Sorting(String column, boolean descending) {

        public static final Sorting DEFAULT = new Sorting("name", false);

        public static Sorting parse(@Nullable String parameter) {
            if (parameter == null) {
                return DEFAULT;
            }
            boolean descending = parameter.startsWith("-");
            String column = descending ? parameter.substring(1) : parameter;
            return ORDER.containsKey(column) ? new Sorting(column, descending) : DEFAULT;
        }

        public String parameter() {
            return descending ? "-" + column : column;
        }

        /** The parameter a click on the column's header asks for: ascending first, then the other way. */
        public String next(String clicked) {
            return clicked.equals(column) && !descending ? "-" + clicked : clicked;
        }

        Comparator<Line> comparator() {
            Comparator<Line> order = ORDER.get(column);
            return (descending ? order.reversed() : order).thenComparing(ORDER.get("name"));
        }
    }

    static NationalOverview of(
            LocalDate date,
            List<KommuneSummary> kommuner,
            Map<Integer, Totals> funding,
            Map<Integer, KommunePlanStatus> plans,
            @Nullable String region,
            Sorting sorting) {
        String chosen = region == null ? "" : region.trim();
        List<String> regions = kommuner.stream()
                .map(KommuneSummary::region)
                .distinct()
                .sorted(DANISH)
                .toList();
        List<Line> lines = kommuner.stream()
                .filter(k -> chosen.isEmpty() || k.region().equals(chosen))
                .map(k -> new Line(k, funding.getOrDefault(k.code(), Totals.NONE), plans.get(k.code())))
                .sorted(sorting.comparator())
                .toList();
        return new NationalOverview(date, chosen, sorting, lines, regions);
    }

    public Total total() {
        int institutions = 0;
        int staff = 0;
        EducationCoverage coverage = EducationCoverage.NONE;
        Totals money = Totals.NONE;
        for (Line line : lines) {
            institutions += line.kommune().institutions();
            staff += line.kommune().staff();
            coverage = coverage.plus(line.kommune().coverage());
            money = money.plus(line.funding());
        }
        return new Total(institutions, staff, coverage, money);
    }

    private static Comparator<Line> nullsFirst(Function<Line, @Nullable BigDecimal> value) {
        return Comparator.comparing(value, Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()));
    }
}
