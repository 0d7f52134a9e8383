package dk.loeft.plan.document;

import dk.loeft.funding.CostCategory;
import dk.loeft.funding.GrantLedger;
import dk.loeft.funding.LedgerService;
import dk.loeft.plan.CostLine;
import dk.loeft.plan.CoverageGoal;
import dk.loeft.plan.Finding;
import dk.loeft.plan.FundingSource;
import dk.loeft.plan.FundingSourceKind;
import dk.loeft.plan.PlanContent;
import dk.loeft.plan.PlanRules;
import dk.loeft.plan.PlannedInitiative;
import dk.loeft.plan.document.PlanDocument.Block;
import dk.loeft.plan.document.PlanDocument.Bullets;
import dk.loeft.plan.document.PlanDocument.FrontPage;
import dk.loeft.plan.document.PlanDocument.Paragraph;
import dk.loeft.plan.document.PlanDocument.Section;
import dk.loeft.plan.document.PlanDocument.SubHeading;
import dk.loeft.plan.document.PlanDocument.Table;
import dk.loeft.plan.projection.PlanProjections;
import dk.loeft.plan.projection.Projection;
import dk.loeft.plan.projection.ProjectionAssumptions;
import dk.loeft.plan.projection.ProjectionYear;
import dk.loeft.platform.web.DanishFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the plan document of a version once, in Danish, structured like a municipal plan (seed
 * 001): the grants, what the money may be used for, background and involvement, goals and target
 * groups, the initiatives, the budget per year by initiative, source and cost category (each
 * table sums exactly to the plan's total), the projected coverage, evaluation and the rules'
 * findings. The PDF and the DOCX render this model.
 */
@Service
@Transactional(readOnly = true)
public class PlanDocuments {

    private final PlanProjections projections;
    private final PlanRules rules;
    private final LedgerService ledgers;
    private final KommuneLogos logos;
    private final MessageSource messages;
    private final DanishFormat danish;
    private final Clock clock;

    PlanDocuments(
            PlanProjections projections,
            PlanRules rules,
            LedgerService ledgers,
            KommuneLogos logos,
            MessageSource messages,
            DanishFormat danish,
            Clock clock) {
        this.projections = projections;
        this.rules = rules;
        this.ledgers = ledgers;
        this.logos = logos;
        this.messages = messages;
        this.danish = danish;
        this.clock = clock;
    }

    public PlanDocument build(UUID planId, int versionNo) {
        PlanContent plan = projections.content(planId, versionNo);
        Projection projection = projections.project(plan, ProjectionAssumptions.DEFAULTS);
        return build(
                plan,
                rules.evaluate(plan),
                ledgers.ledger(plan.kommuneCode()),
                projection,
                logos.logo(plan.kommuneCode()).orElse(null));
    }

    PlanDocument build(
            PlanContent plan,
            List<Finding> findings,
            GrantLedger ledger,
            Projection projection,
            PlanDocument.@org.jspecify.annotations.Nullable Logo logo) {
        List<Integer> years =
                IntStream.rangeClosed(plan.firstYear(), plan.lastYear()).boxed().toList();
        List<Section> sections = List.of(
                grants(plan, ledger, years),
                new Section(
                        msg("plan.doc.use.heading"),
                        List.of(
                                new Paragraph(msg("plan.doc.use.intro")),
                                new Bullets(List.of(
                                        msg("plan.doc.use.merit"),
                                        msg("plan.doc.use.formal"),
                                        msg("plan.doc.use.informal"))))),
                new Section(msg("plan.doc.background.heading"), paragraphs(plan.background())),
                new Section(msg("plan.doc.involvement.heading"), paragraphs(plan.involvement())),
                goalsAndTargetGroup(plan),
                initiatives(plan),
                economy(plan, years),
                projection(plan, projection),
                new Section(msg("plan.doc.evaluation.heading"), paragraphs(plan.evaluation())),
                ruleStatus(plan, findings));
        String fileName = "plan-" + plan.kommuneCode() + "-" + plan.firstYear() + "-" + plan.lastYear() + "-version-"
                + plan.versionNo();
        return new PlanDocument(fileName, front(plan, logo), sections);
    }

    private FrontPage front(PlanContent plan, PlanDocument.@org.jspecify.annotations.Nullable Logo logo) {
        List<String> facts = new ArrayList<>();
        facts.add(msg(
                "plan.doc.front.version", plan.versionNo(), msg(plan.status().labelKey())));
        facts.add(
                plan.approval() == null
                        ? msg("plan.doc.front.notApproved")
                        : msg(
                                "plan.doc.front.approved",
                                plan.approval().bodyName().isBlank()
                                        ? msg(plan.approval().body().labelKey())
                                        : plan.approval().bodyName(),
                                danish.date(plan.approval().date()),
                                plan.approval().reference()));
        facts.add(msg("plan.doc.front.printed", danish.date(LocalDate.now(clock))));
        return new FrontPage(
                msg("plan.doc.kommune", plan.kommuneName()),
                plan.title(),
                msg("plan.doc.front.subtitle", span(plan)),
                facts,
                logo);
    }

    private Section grants(PlanContent plan, GrantLedger ledger, List<Integer> years) {
        Map<Integer, Long> granted = new LinkedHashMap<>();
        ledger.years().forEach(y -> granted.put(y.year(), y.grantedOere()));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(msg("plan.doc.grants.intro")));
        if (years.stream().noneMatch(y -> granted.getOrDefault(y, 0L) != 0)) {
            blocks.add(new Paragraph(msg("plan.doc.grants.none", plan.kommuneName(), span(plan))));
        } else {
            blocks.add(new Paragraph(msg("plan.doc.grants.lead", plan.kommuneName(), span(plan))));
            List<List<String>> rows = years.stream()
                    .map(y -> List.of(Integer.toString(y), danish.kroner(granted.getOrDefault(y, 0L))))
                    .toList();
            long total =
                    years.stream().mapToLong(y -> granted.getOrDefault(y, 0L)).sum();
            blocks.add(new Table(
                    msg("plan.doc.grants.caption"),
                    List.of(msg("plan.doc.term.year"), msg("plan.doc.term.granted")),
                    rows,
                    List.of(msg("plan.doc.term.total"), danish.kroner(total)),
                    List.of(false, true)));
        }
        return new Section(msg("plan.doc.grants.heading"), blocks);
    }

    private Section goalsAndTargetGroup(PlanContent plan) {
        List<Block> blocks = new ArrayList<>();
        List<String> goals = plan.goals().stream().map(this::goal).toList();
        blocks.add(goals.isEmpty() ? new Paragraph(msg("plan.doc.goals.none")) : new Bullets(goals));
        blocks.add(new SubHeading(msg("plan.doc.targetGroup.heading")));
        blocks.add(new Paragraph(msg("plan.doc.targetGroup.intro")));
        blocks.add(new Table(
                msg("plan.doc.targetGroup.caption"),
                List.of(msg("plan.doc.term.initiative"), msg("plan.doc.term.targetGroup"), msg("plan.doc.term.seats")),
                plan.initiatives().stream()
                        .map(i -> List.of(i.name(), i.targetGroup(), danish.integer(i.seats())))
                        .toList(),
                List.of(
                        msg("plan.doc.term.total"),
                        "",
                        danish.integer(plan.initiatives().stream()
                                .mapToInt(PlannedInitiative::seats)
                                .sum())),
                List.of(false, false, true)));
        return new Section(msg("plan.doc.goals.heading"), blocks);
    }

    private String goal(CoverageGoal goal) {
        String value =
                danish.number(goal.value(), goal.value().stripTrailingZeros().scale() > 0 ? 1 : 0);
        return msg("plan.doc.goal." + goal.kind().name(), value, goal.scopeName(), goal.year());
    }

    private Section initiatives(PlanContent plan) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(
                msg("plan.doc.initiatives.intro", plan.initiatives().size())));
        for (PlannedInitiative initiative : plan.initiatives()) {
            blocks.add(new SubHeading(initiative.name()));
            blocks.addAll(paragraphs(initiative.description()));
            String intake = String.join(
                    ", ",
                    initiative.intakePerYear().entrySet().stream()
                            .map(e -> msg("plan.doc.initiative.intakeYear", e.getKey(), danish.integer(e.getValue())))
                            .toList());
            blocks.add(new Bullets(List.of(
                    msg("plan.doc.initiative.kind", msg(initiative.kind().labelKey())),
                    msg("plan.doc.initiative.targetGroup", initiative.targetGroup()),
                    msg("plan.doc.initiative.provider", initiative.provider()),
                    msg(
                            "plan.doc.initiative.period",
                            danish.date(initiative.start()),
                            danish.date(initiative.end()),
                            initiative.monthsPerParticipant()),
                    msg("plan.doc.initiative.seats", intake, danish.integer(initiative.seats())),
                    msg("plan.doc.initiative.cost", danish.kroner(initiative.totalOere())))));
        }
        return new Section(msg("plan.doc.initiatives.heading"), blocks);
    }

    private Section economy(PlanContent plan, List<Integer> years) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(msg(
                "plan.doc.economy.intro", danish.kroner(plan.totalOere()), danish.kroner(poolOere(plan)), span(plan))));
        Map<String, List<CostLine>> byInitiative = new LinkedHashMap<>();
        plan.initiatives().forEach(i -> byInitiative.put(i.name(), i.costs()));
        if (!plan.commonCosts().isEmpty()) {
            byInitiative.put(msg("plan.doc.economy.common"), plan.commonCosts());
        }
        blocks.add(budget(msg("plan.doc.economy.byInitiative"), msg("plan.doc.term.initiative"), years, byInitiative));
        blocks.add(budget(
                msg("plan.doc.economy.bySource"),
                msg("plan.doc.term.source"),
                years,
                group(plan.allCosts().toList(), line -> sourceLabel(line.source()))));
        List<CostLine> pool = plan.allCosts().filter(l -> l.source().pool()).toList();
        Map<String, List<CostLine>> byCategory = new LinkedHashMap<>();
        Map<CostCategory, List<CostLine>> categories = new java.util.EnumMap<>(CostCategory.class);
        for (CostLine line : pool) {
            categories
                    .computeIfAbsent(categoryOf(plan, line), c -> new ArrayList<>())
                    .add(line);
        }
        categories.forEach((category, lines) -> byCategory.put(msg(category.labelKey()), lines));
        blocks.add(budget(msg("plan.doc.economy.byCategory"), msg("plan.doc.term.category"), years, byCategory));
        return new Section(msg("plan.doc.economy.heading"), blocks);
    }

    /** A budget table: one row per group, one column per year and the total; the total row sums every column. */
    private Table budget(String caption, String firstColumn, List<Integer> years, Map<String, List<CostLine>> groups) {
        List<String> header = new ArrayList<>();
        header.add(firstColumn);
        years.forEach(y -> header.add(Integer.toString(y)));
        header.add(msg("plan.doc.term.total"));
        List<List<String>> rows = new ArrayList<>();
        long[] columnTotals = new long[years.size() + 1];
        groups.forEach((label, lines) -> {
            List<String> row = new ArrayList<>();
            row.add(label);
            long rowTotal = 0;
            for (int i = 0; i < years.size(); i++) {
                int year = years.get(i);
                long amount = lines.stream()
                        .filter(l -> l.year() == year)
                        .mapToLong(CostLine::amountOere)
                        .sum();
                columnTotals[i] += amount;
                rowTotal += amount;
                row.add(danish.kroner(amount));
            }
            // Lines outside the plan's years still count in the row's total, so every table sums to the plan's total.
            rowTotal += lines.stream()
                    .filter(l -> !years.contains(l.year()))
                    .mapToLong(CostLine::amountOere)
                    .sum();
            columnTotals[years.size()] += rowTotal;
            row.add(danish.kroner(rowTotal));
            rows.add(row);
        });
        List<String> total = new ArrayList<>();
        total.add(msg("plan.doc.term.total"));
        Arrays.stream(columnTotals).forEach(t -> total.add(danish.kroner(t)));
        List<Boolean> numeric = new ArrayList<>(Collections.nCopies(header.size(), true));
        numeric.set(0, false);
        return new Table(caption, header, rows, total, numeric);
    }

    private Section projection(PlanContent plan, Projection projection) {
        List<Block> blocks = new ArrayList<>();
        ProjectionAssumptions a = projection.assumptions();
        blocks.add(new Paragraph(msg(
                "plan.doc.projection.intro",
                danish.date(projection.baseline().date()),
                danish.percent(projection.baseline().share()),
                danish.fte(projection.baseline().educatedFte()),
                danish.fte(projection.baseline().pedagogicalFte()))));
        blocks.add(new Bullets(List.of(
                msg("plan.doc.projection.assumption.completion", danish.percent(a.completionRate())),
                msg("plan.doc.projection.assumption.fte", danish.number(a.ftePerParticipant(), 2)),
                msg(
                        "plan.doc.projection.assumption.turnover",
                        danish.percent(a.turnoverRate()),
                        danish.percent(a.educatedHireShare())),
                msg("plan.doc.projection.assumption.staff"))));
        blocks.add(new Table(
                msg("plan.doc.projection.caption"),
                List.of(
                        msg("plan.doc.term.year"),
                        msg("plan.doc.term.pedagogicalFte"),
                        msg("plan.doc.term.educatedFte"),
                        msg("plan.doc.term.completions"),
                        msg("plan.doc.term.share"),
                        msg("plan.doc.term.goal")),
                projection.years().stream()
                        .map(y -> List.of(
                                Integer.toString(y.year()),
                                danish.fte(y.pedagogicalFte()),
                                danish.fte(y.educatedFte()),
                                danish.fte(y.completions()),
                                danish.percent(y.share()),
                                danish.percent(projection.goal())))
                        .toList(),
                null,
                List.of(false, true, true, true, true, true)));
        ProjectionYear last = projection.last();
        blocks.add(new Paragraph(msg(
                projection.reachesGoal() ? "plan.doc.projection.reaches" : "plan.doc.projection.misses",
                last.year(),
                danish.percent(last.share()),
                danish.percent(projection.goal()),
                danish.fte(projection.totalCompletions()))));
        blocks.add(new Paragraph(
                msg("plan.doc.projection.withoutPlan", last.year(), danish.percent(projection.shareWithoutPlan()))));
        return new Section(msg("plan.doc.projection.heading", plan.kommuneName()), blocks);
    }

    private Section ruleStatus(PlanContent plan, List<Finding> findings) {
        List<Block> blocks = new ArrayList<>();
        if (findings.isEmpty()) {
            blocks.add(new Paragraph(msg("plan.doc.rules.none")));
        } else {
            long violations = findings.stream().filter(Finding::violation).count();
            blocks.add(new Paragraph(msg("plan.doc.rules.summary", violations, findings.size() - violations)));
            blocks.add(new Table(
                    msg("plan.doc.rules.caption"),
                    List.of(
                            msg("plan.doc.term.rule"),
                            msg("plan.doc.term.severity"),
                            msg("plan.doc.term.concerns"),
                            msg("plan.doc.term.message")),
                    findings.stream()
                            .map(f -> List.of(
                                    f.rule(),
                                    msg(f.severity().labelKey()),
                                    concerns(plan, f),
                                    msg(f.messageKey(), f.arguments().toArray())))
                            .toList(),
                    null,
                    List.of(false, false, false, false)));
        }
        return new Section(msg("plan.doc.rules.heading"), blocks);
    }

    private String concerns(PlanContent plan, Finding finding) {
        if (finding.costLineId() != null) {
            return plan.allCosts()
                    .filter(l -> l.id().equals(finding.costLineId()))
                    .map(l -> l.text() + " (" + l.year() + ")")
                    .findFirst()
                    .orElse("");
        }
        if (finding.initiativeId() != null) {
            return plan.initiatives().stream()
                    .filter(i -> i.id().equals(finding.initiativeId()))
                    .map(PlannedInitiative::name)
                    .findFirst()
                    .orElse("");
        }
        return finding.year() != null ? finding.year().toString() : msg("plan.doc.rules.wholePlan");
    }

    private static CostCategory categoryOf(PlanContent plan, CostLine line) {
        return plan.initiatives().stream()
                .filter(i -> i.costs().contains(line))
                .findFirst()
                .map(i -> i.categoryOf(line))
                .orElse(line.type().category());
    }

    private String sourceLabel(FundingSource source) {
        return source.kind() == FundingSourceKind.OTHER_FUND && source.fundName() != null
                ? msg("plan.doc.source.fund", source.fundName())
                : msg(source.kind().labelKey());
    }

    private static long poolOere(PlanContent plan) {
        return plan.allCosts()
                .filter(l -> l.source().pool())
                .mapToLong(CostLine::amountOere)
                .sum();
    }

    private static Map<String, List<CostLine>> group(List<CostLine> lines, Function<CostLine, String> key) {
        Map<String, List<CostLine>> groups = new LinkedHashMap<>();
        lines.forEach(l ->
                groups.computeIfAbsent(key.apply(l), k -> new ArrayList<>()).add(l));
        return groups;
    }

    private List<Block> paragraphs(String text) {
        return Stream.of(text.split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .<Block>map(Paragraph::new)
                .toList();
    }

    private static String span(PlanContent plan) {
        return plan.firstYear() == plan.lastYear()
                ? Integer.toString(plan.firstYear())
                : plan.firstYear() + "–" + plan.lastYear();
    }

    private String msg(String key, Object... args) {
        Object[] text = Arrays.stream(args)
                .map(a -> a instanceof Number n ? n.toString() : a)
                .toArray();
        return Objects.requireNonNull(messages.getMessage(key, text, DanishFormat.DANISH));
    }
}
