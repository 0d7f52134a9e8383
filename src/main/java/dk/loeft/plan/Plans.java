package dk.loeft.plan;

import dk.loeft.funding.FundingRound;
import dk.loeft.funding.FundingRounds;
import dk.loeft.funding.GrantLedger;
import dk.loeft.funding.LedgerService;
import dk.loeft.funding.PlanCommitment;
import dk.loeft.institution.InstitutionService;
import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.staff.StaffRole;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan module's entry point for plans and their versions (lokal opkvalificeringsplan). A plan
 * of a kommune has numbered versions: a draft is edited by the forvaltning (økonomi may edit its
 * cost lines), submitted, and approved by a named political body; an approved version is frozen
 * here and in the database, and the earlier approved version becomes superseded. A revision starts
 * a new draft copied from the latest version. Every edit names the lock of the version it was made
 * on, so a stale form is a conflict; every edit is checked whole before anything is written.
 *
 * <p>Readers: the ministry (every kommune), forvaltning, økonomi and ledere (their own kommune);
 * medarbejdere have no access. Another kommune's plan is simply not found.
 */
@Service
@Transactional(readOnly = true)
public class Plans implements PlanVersions {

    /** The pool's period: a plan's years lie inside it. */
    public static final int FIRST_YEAR = 2023;

    public static final int LAST_YEAR = 2030;

    private final JdbcClient jdbc;
    private final FundingRounds rounds;
    private final PlanRules rules;
    private final LedgerService ledgers;
    private final InstitutionService institutions;
    private final MessageSource messages;
    private final Clock clock;

    Plans(
            JdbcClient jdbc,
            FundingRounds rounds,
            PlanRules rules,
            LedgerService ledgers,
            InstitutionService institutions,
            MessageSource messages,
            Clock clock) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.rules = rules;
        this.ledgers = ledgers;
        this.institutions = institutions;
        this.messages = messages;
        this.clock = clock;
    }

    /** A plan's texts and years, as the create and text forms edit them. */
    public record Texts(
            String title, int firstYear, int lastYear, String background, String involvement, String evaluation) {}

    /** A cost line as typed: checked (year inside the plan, no negatives, a round covering the year) before it is a {@link CostLine}. */
    public record LineInput(
            int year,
            CostType type,
            String text,
            BigDecimal quantity,
            long unitPriceOere,
            FundingSourceKind sourceKind,
            @Nullable UUID roundId,
            @Nullable String fundName) {

        public static LineInput of(CostLine line) {
            return new LineInput(
                    line.year(),
                    line.type(),
                    line.text(),
                    line.quantity(),
                    line.unitPriceOere(),
                    line.source().kind(),
                    line.source().roundId(),
                    line.source().fundName());
        }
    }

    // --- Reading -----------------------------------------------------------------------------

    @Override
    public PlanContent content(UUID planId, int versionNo) {
        return state(planId, versionNo).content();
    }

    /** A version with its lock, for the edit forms. */
    public PlanVersionState state(UUID planId, int versionNo) {
        reader();
        return load(planId, versionNo).orElseThrow(NotFoundException::new);
    }

    /**
     * The plan's latest version for an edit form: refused (403) unless the signed-in user may edit
     * it: the forvaltning, or for cost lines also økonomi.
     */
    public PlanVersionState editable(UUID planId, boolean costsOnly) {
        PlanVersionState state = current(planId);
        if (costsOnly) {
            costEditor(state.content().kommuneCode());
        } else {
            planEditor(state.content().kommuneCode());
        }
        return state;
    }

    /** The plan's latest version (the one edited, submitted or approved next). */
    public PlanVersionState current(UUID planId) {
        reader();
        Integer latest = jdbc.sql("select max(version_no) from plan_version where plan_id = :p")
                .param("p", planId)
                .query(Integer.class)
                .optional()
                .orElse(null);
        if (latest == null) {
            throw new NotFoundException();
        }
        return load(planId, latest).orElseThrow(NotFoundException::new);
    }

    @Override
    public List<PlanVersionSummary> versionsOf(int kommuneCode) {
        requireReadable(reader(), kommuneCode);
        return jdbc.sql("""
                        select v.plan_id, v.version_no, v.title, v.first_year, v.last_year, v.status
                          from plan_version v join plan p on p.id = v.plan_id
                         where v.kommune_code = :k
                         order by p.created_at desc, p.id, v.version_no desc""")
                .param("k", kommuneCode)
                .query((rs, n) -> new PlanVersionSummary(
                        rs.getObject("plan_id", UUID.class),
                        rs.getInt("version_no"),
                        rs.getString("title"),
                        rs.getInt("first_year"),
                        rs.getInt("last_year"),
                        PlanStatus.valueOf(rs.getString("status"))))
                .list();
    }

    /** Every version of one plan, newest first. */
    public List<PlanVersionSummary> history(UUID planId) {
        PlanVersionState current = current(planId);
        return versionsOf(current.content().kommuneCode()).stream()
                .filter(v -> v.planId().equals(planId))
                .toList();
    }

    /** The plans the signed-in user may read: their kommune's, or for the ministry every kommune's (or one). */
    public List<PlanListItem> list(@Nullable Integer kommune) {
        LoeftUser user = reader();
        Integer scope = user.isNational() ? kommune : Integer.valueOf(user.kommuneCode());
        return jdbc
                .sql("""
                        select distinct on (v.plan_id) v.plan_id, v.kommune_code, k.name as kommune_name, v.title,
                               v.first_year, v.last_year, v.version_no, v.status,
                               (select a.version_no from plan_version a
                                 where a.plan_id = v.plan_id and a.status = 'APPROVED') as approved_no,
                               p.created_at
                          from plan_version v
                          join plan p on p.id = v.plan_id
                          join kommune k on k.code = v.kommune_code
                         where (cast(:k as integer) is null or v.kommune_code = :k)
                         order by v.plan_id, v.version_no desc""")
                .param("k", scope)
                .query((rs, n) -> new PlanListItem(
                        rs.getObject("plan_id", UUID.class),
                        rs.getInt("kommune_code"),
                        rs.getString("kommune_name"),
                        rs.getString("title"),
                        rs.getInt("first_year"),
                        rs.getInt("last_year"),
                        rs.getInt("version_no"),
                        PlanStatus.valueOf(rs.getString("status")),
                        (Integer) rs.getObject("approved_no")))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(PlanListItem::kommuneName)
                        .thenComparing(PlanListItem::firstYear, java.util.Comparator.reverseOrder())
                        .thenComparing(PlanListItem::title))
                .toList();
    }

    /** The findings of the rules on a version, violations first. */
    public List<Finding> findings(PlanContent content) {
        return rules.evaluate(content);
    }

    /** The budget table of a version, pool rows named by their round. */
    public PlanBudget budget(PlanContent content) {
        return PlanBudget.of(content, roundNames());
    }

    public Map<UUID, String> roundNames() {
        Map<UUID, String> names = new LinkedHashMap<>();
        rounds.all().forEach(r -> names.put(r.id(), r.name()));
        return names;
    }

    /** What changed from one version of a plan to another. */
    public PlanChanges changes(UUID planId, int fromVersion, int toVersion) {
        return PlanChanges.between(content(planId, fromVersion), content(planId, toVersion));
    }

    /** For the ministry: every kommune with its newest plan's latest status and its approved version. */
    public List<KommunePlanStatus> statusPerKommune() {
        LoeftUser user = reader();
        if (!user.isNational()) {
            throw new AccessDeniedException("Kun ministeriet ser alle kommuners planer");
        }
        return jdbc.sql("""
                        select k.code, k.name, latest.plan_id, latest.title, latest.version_no, latest.status,
                               approved.version_no as approved_no, approved.approval_date
                          from kommune k
                          left join lateral (
                              select v.plan_id, v.title, v.version_no, v.status
                                from plan_version v join plan p on p.id = v.plan_id
                               where v.kommune_code = k.code
                               order by p.created_at desc, v.version_no desc limit 1) latest on true
                          left join plan_version approved
                            on approved.plan_id = latest.plan_id and approved.status = 'APPROVED'
                         order by k.name""")
                .query((rs, n) -> new KommunePlanStatus(
                        rs.getInt("code"),
                        rs.getString("name"),
                        rs.getObject("plan_id", UUID.class),
                        rs.getString("title"),
                        (Integer) rs.getObject("version_no"),
                        rs.getString("status") == null ? null : PlanStatus.valueOf(rs.getString("status")),
                        (Integer) rs.getObject("approved_no"),
                        rs.getObject("approval_date", LocalDate.class)))
                .list();
    }

    // --- Creating ----------------------------------------------------------------------------

    /** The forvaltning starts a plan: version 1, a draft with texts and years and nothing else yet. */
    @Transactional
    public UUID create(int kommuneCode, Texts texts) {
        LoeftUser user = planEditor(kommuneCode);
        String kommuneName = institutions
                .kommune(kommuneCode)
                .orElseThrow(NotFoundException::new)
                .name();
        PlanContent content = new PlanContent(
                UUID.randomUUID(),
                1,
                kommuneCode,
                kommuneName,
                texts.title(),
                texts.firstYear(),
                texts.lastYear(),
                PlanStatus.DRAFT,
                null,
                texts.background(),
                texts.involvement(),
                texts.evaluation(),
                List.of(),
                List.of(),
                List.of());
        return insert(content, user.getUsername());
    }

    /**
     * A plan made from a whole version's content, e.g. one approved on paper before Løft (demo data,
     * tests): stored as version 1 with the content's initiative and line ids and its status (draft,
     * submitted, or approved with its approval). Signed in, only the kommune's forvaltning may;
     * system work (no one signed in) names the actor.
     */
    @Transactional
    public UUID create(PlanContent content, String actor) {
        Optional<LoeftUser> user = Tenancy.currentUser();
        if (user.isPresent()) {
            planEditor(content.kommuneCode());
        }
        if (content.status() == PlanStatus.SUPERSEDED
                || (content.status() == PlanStatus.APPROVED) != (content.approval() != null)) {
            throw new RuleViolationException("plans.error.importStatus");
        }
        UUID planId = insert(content, user.map(LoeftUser::getUsername).orElse(actor));
        if (content.status() != PlanStatus.DRAFT) {
            UUID versionId = versionId(planId, 1);
            setStatus(versionId, content.status(), content.approval(), actorName(actor));
        }
        if (content.approval() != null) {
            commitToLedger(
                    content.asVersion(planId, 1, content.status(), content.approval()),
                    content.approval(),
                    actorName(actor));
        }
        return planId;
    }

    // --- Editing a draft ---------------------------------------------------------------------

    /** New title, years and texts. */
    @Transactional
    public void changeTexts(UUID planId, int lock, Texts texts) {
        edit(
                planId,
                lock,
                false,
                c -> new PlanContent(
                        c.planId(),
                        c.versionNo(),
                        c.kommuneCode(),
                        c.kommuneName(),
                        texts.title(),
                        texts.firstYear(),
                        texts.lastYear(),
                        c.status(),
                        c.approval(),
                        texts.background(),
                        texts.involvement(),
                        texts.evaluation(),
                        c.goals(),
                        c.initiatives(),
                        c.commonCosts()));
    }

    @Transactional
    public void addGoal(UUID planId, int lock, CoverageGoal goal) {
        edit(planId, lock, false, c -> withGoals(c, concat(c.goals(), checkedScope(c.kommuneCode(), goal))));
    }

    /** Removes the goal at its place in the list (0 = the first). */
    @Transactional
    public void removeGoal(UUID planId, int lock, int index) {
        edit(planId, lock, false, c -> {
            if (index < 0 || index >= c.goals().size()) {
                throw new NotFoundException();
            }
            List<CoverageGoal> goals = new ArrayList<>(c.goals());
            goals.remove(index);
            return withGoals(c, goals);
        });
    }

    /**
     * Adds an initiative (its id null or new) or changes one (its id, cost lines kept). With
     * {@code suggestedLines} a new initiative gets the kind's suggested cost lines for each intake
     * year, charged to the given pool round (or the first round covering the year).
     *
     * @return the initiative's id
     */
    @Transactional
    public UUID saveInitiative(UUID planId, int lock, PlannedInitiative initiative, boolean suggestedLines) {
        UUID id = initiative.id();
        edit(planId, lock, false, c -> {
            List<PlannedInitiative> list = new ArrayList<>(c.initiatives());
            int at = indexOf(list, id);
            List<CostLine> costs =
                    at >= 0 ? list.get(at).costs() : suggestedLines ? suggested(c, initiative) : List.of();
            PlannedInitiative saved = withCosts(initiative, costs);
            if (at >= 0) {
                list.set(at, saved);
            } else {
                list.add(saved);
            }
            return withInitiatives(c, list, c.commonCosts());
        });
        return id;
    }

    @Transactional
    public void removeInitiative(UUID planId, int lock, UUID initiativeId) {
        edit(planId, lock, false, c -> {
            List<PlannedInitiative> list = new ArrayList<>(c.initiatives());
            int at = indexOf(list, initiativeId);
            if (at < 0) {
                throw new NotFoundException();
            }
            list.remove(at);
            return withInitiatives(c, list, c.commonCosts());
        });
    }

    /**
     * Adds a cost line (lineId null) to an initiative or to the common lines (initiativeId null), or
     * changes one (its id). Forvaltning and økonomi may.
     *
     * @return the line's id
     */
    @Transactional
    public UUID saveCostLine(
            UUID planId, int lock, @Nullable UUID initiativeId, @Nullable UUID lineId, LineInput input) {
        UUID id = lineId != null ? lineId : UUID.randomUUID();
        edit(planId, lock, true, c -> {
            if (lineId != null && c.allCosts().noneMatch(l -> l.id().equals(lineId))) {
                throw new NotFoundException();
            }
            if (initiativeId != null && indexOf(c.initiatives(), initiativeId) < 0) {
                throw new RuleViolationException("plans.error.initiative.unknown");
            }
            CostLine line = line(c, id, input);
            PlanContent without = removeLine(c, id);
            if (initiativeId == null) {
                return withInitiatives(
                        without, without.initiatives(), replaceOrAdd(c.commonCosts(), without.commonCosts(), line));
            }
            List<PlannedInitiative> list = new ArrayList<>();
            for (int i = 0; i < without.initiatives().size(); i++) {
                PlannedInitiative initiative = without.initiatives().get(i);
                list.add(
                        initiative.id().equals(initiativeId)
                                ? withCosts(
                                        initiative,
                                        replaceOrAdd(c.initiatives().get(i).costs(), initiative.costs(), line))
                                : initiative);
            }
            return withInitiatives(without, list, without.commonCosts());
        });
        return id;
    }

    @Transactional
    public void removeCostLine(UUID planId, int lock, UUID lineId) {
        edit(planId, lock, true, c -> {
            if (c.allCosts().noneMatch(l -> l.id().equals(lineId))) {
                throw new NotFoundException();
            }
            return removeLine(c, lineId);
        });
    }

    // --- Status ------------------------------------------------------------------------------

    /** The draft goes to the political body; refused while the rules find violations. */
    @Transactional
    public void submit(UUID planId, int lock) {
        PlanVersionState state = transition(planId, lock, PlanStatus.DRAFT, "plans.error.submit.notDraft");
        refuseViolations(state.content(), "plans.action.submit");
        setStatus(versionId(planId, state.content().versionNo()), PlanStatus.SUBMITTED, null, actor());
    }

    /** A submitted version back to draft, e.g. when the udvalg asks for changes. */
    @Transactional
    public void withdraw(UUID planId, int lock) {
        PlanVersionState state = transition(planId, lock, PlanStatus.SUBMITTED, "plans.error.withdraw.notSubmitted");
        setStatus(versionId(planId, state.content().versionNo()), PlanStatus.DRAFT, null, actor());
    }

    /**
     * Records the political approval of the submitted version: by which body, on which date (not in
     * the future), with which reference. The version is frozen from now on, and the plan's earlier
     * approved version is superseded.
     */
    @Transactional
    public void approve(UUID planId, int lock, Approval approval) {
        PlanVersionState state = transition(planId, lock, PlanStatus.SUBMITTED, "plans.error.approve.notSubmitted");
        Approval checked = checked(approval);
        refuseViolations(state.content(), "plans.action.approve");
        String actor = actor();
        jdbc.sql("""
                        select id from plan_version where plan_id = :p and status = 'APPROVED'""")
                .param("p", planId)
                .query(UUID.class)
                .list()
                .forEach(previous -> setStatus(previous, PlanStatus.SUPERSEDED, null, actor));
        setStatus(versionId(planId, state.content().versionNo()), PlanStatus.APPROVED, checked, actor);
        commitToLedger(state.content(), checked, actor);
    }

    /**
     * Hands the approved version's pool lines, summed per round and year, to the grant ledger as what
     * the plan commits (disponeret); they replace what the plan's earlier approved version committed.
     */
    private void commitToLedger(PlanContent content, Approval approval, String actor) {
        List<GrantLedger.Commitment> amounts = new ArrayList<>();
        PlanBudget.of(content, Map.of())
                .poolByRoundAndYear()
                .forEach((round, years) -> years.forEach((year, oere) -> {
                    if (oere != 0) {
                        amounts.add(new GrantLedger.Commitment(round, year, oere));
                    }
                }));
        ledgers.commit(new PlanCommitment(
                content.kommuneCode(),
                content.planId(),
                content.versionNo(),
                content.title(),
                approval.date(),
                amounts,
                actor));
    }

    /**
     * Starts a revision: a new draft version copied from the latest one (ids kept, so the versions
     * compare line by line). Only when the latest version is approved.
     *
     * @return the new version's number
     */
    @Transactional
    public int revise(UUID planId, int lock) {
        PlanVersionState state = transition(planId, lock, PlanStatus.APPROVED, "plans.error.revise.notApproved");
        PlanContent c = state.content();
        int next = c.versionNo() + 1;
        PlanContent copy = c.asVersion(c.planId(), next, PlanStatus.DRAFT, null);
        insertVersion(copy, actor());
        return next;
    }

    // --- Internals ---------------------------------------------------------------------------

    private UUID insert(PlanContent content, String actor) {
        validate(content);
        UUID planId = UUID.randomUUID();
        jdbc.sql("insert into plan (id, kommune_code, created_by, created_at) values (:id, :k, :by, :at)")
                .param("id", planId)
                .param("k", content.kommuneCode())
                .param("by", actor)
                .param("at", OffsetDateTime.now(clock))
                .update();
        insertVersion(withPlan(content, planId), actor);
        return planId;
    }

    private UUID insertVersion(PlanContent c, String actor) {
        UUID versionId = UUID.randomUUID();
        jdbc.sql("""
                        insert into plan_version (id, plan_id, kommune_code, version_no, status, title, first_year,
                                                  last_year, background, involvement, evaluation, changed_by, changed_at)
                        values (:id, :plan, :k, :no, 'DRAFT', :title, :first, :last, :background, :involvement,
                                :evaluation, :by, :at)""")
                .param("id", versionId)
                .param("plan", c.planId())
                .param("k", c.kommuneCode())
                .param("no", c.versionNo())
                .param("title", c.title().strip())
                .param("first", c.firstYear())
                .param("last", c.lastYear())
                .param("background", c.background().strip())
                .param("involvement", c.involvement().strip())
                .param("evaluation", c.evaluation().strip())
                .param("by", actor)
                .param("at", OffsetDateTime.now(clock))
                .update();
        insertChildren(versionId, c);
        return versionId;
    }

    /**
     * One edit of the plan's latest version, which must be a draft: the change is applied to the
     * whole content, the result checked, and the version rewritten under its lock.
     */
    private void edit(UUID planId, int lock, boolean costsOnly, UnaryOperator<PlanContent> change) {
        PlanVersionState state = current(planId);
        PlanContent c = state.content();
        if (costsOnly) {
            costEditor(c.kommuneCode());
        } else {
            planEditor(c.kommuneCode());
        }
        requireDraft(c);
        if (state.lock() != lock) {
            throw new OptimisticLockingFailureException("Plan " + planId + " was changed by someone else");
        }
        PlanContent changed = change.apply(c);
        validate(changed);
        UUID versionId = versionId(planId, c.versionNo());
        int updated = jdbc.sql("""
                        update plan_version
                           set title = :title, first_year = :first, last_year = :last, background = :background,
                               involvement = :involvement, evaluation = :evaluation, changed_by = :by, changed_at = :at,
                               lock_version = lock_version + 1
                         where id = :id and lock_version = :lock and status = 'DRAFT'""")
                .param("title", changed.title().strip())
                .param("first", changed.firstYear())
                .param("last", changed.lastYear())
                .param("background", changed.background().strip())
                .param("involvement", changed.involvement().strip())
                .param("evaluation", changed.evaluation().strip())
                .param("by", actor())
                .param("at", OffsetDateTime.now(clock))
                .param("id", versionId)
                .param("lock", lock)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("Plan " + planId + " was changed by someone else");
        }
        deleteChildren(versionId);
        insertChildren(versionId, changed);
    }

    private PlanVersionState transition(UUID planId, int lock, PlanStatus from, String wrongStatusKey) {
        PlanVersionState state = current(planId);
        planEditor(state.content().kommuneCode());
        if (state.content().status() != from) {
            throw new RuleViolationException(
                    wrongStatusKey, statusText(state.content().status()));
        }
        int locked = jdbc.sql("""
                        update plan_version set lock_version = lock_version + 1
                         where plan_id = :p and version_no = :n and lock_version = :lock""")
                .param("p", planId)
                .param("n", state.content().versionNo())
                .param("lock", lock)
                .update();
        if (locked == 0) {
            throw new OptimisticLockingFailureException("Plan " + planId + " was changed by someone else");
        }
        return state;
    }

    private void setStatus(UUID versionId, PlanStatus status, @Nullable Approval approval, String actor) {
        jdbc.sql("""
                        update plan_version
                           set status = :status, approval_body = :body, approval_body_name = :bodyName,
                               approval_date = :date, approval_reference = :reference,
                               changed_by = :by, changed_at = :at
                         where id = :id""")
                .param("status", status.name())
                .param(
                        "body",
                        approval == null
                                ? keepApproval(status, versionId, "approval_body")
                                : approval.body().name())
                .param(
                        "bodyName",
                        approval == null ? keepApproval(status, versionId, "approval_body_name") : approval.bodyName())
                .param("date", approval == null ? keepApprovalDate(status, versionId) : approval.date())
                .param(
                        "reference",
                        approval == null ? keepApproval(status, versionId, "approval_reference") : approval.reference())
                .param("by", actor)
                .param("at", OffsetDateTime.now(clock))
                .param("id", versionId)
                .update();
    }

    /** A superseded version keeps its approval; a draft or submitted one has none. */
    private @Nullable String keepApproval(PlanStatus status, UUID versionId, String column) {
        if (status != PlanStatus.SUPERSEDED) {
            return null;
        }
        return jdbc.sql("select " + column + " from plan_version where id = :id")
                .param("id", versionId)
                .query(String.class)
                .single();
    }

    private @Nullable LocalDate keepApprovalDate(PlanStatus status, UUID versionId) {
        if (status != PlanStatus.SUPERSEDED) {
            return null;
        }
        return jdbc.sql("select approval_date from plan_version where id = :id")
                .param("id", versionId)
                .query(LocalDate.class)
                .single();
    }

    private void refuseViolations(PlanContent content, String actionKey) {
        List<Finding> violations =
                rules.evaluate(content).stream().filter(Finding::violation).toList();
        if (!violations.isEmpty()) {
            String list = violations.stream()
                    .map(f -> messages.getMessage(
                            f.messageKey(), f.arguments().toArray(), f.messageKey(), LocaleContextHolder.getLocale()))
                    .collect(Collectors.joining(" "));
            throw new RuleViolationException("plans.error.violations", text(actionKey), violations.size(), list);
        }
    }

    private Approval checked(Approval approval) {
        String name = approval.bodyName() == null ? "" : approval.bodyName().strip();
        if (approval.body() == ApprovingBody.UDVALG && name.isEmpty()) {
            throw new RuleViolationException("plans.error.approval.bodyName");
        }
        if (approval.body() == ApprovingBody.KOMMUNALBESTYRELSE && name.isEmpty()) {
            name = text(ApprovingBody.KOMMUNALBESTYRELSE.labelKey());
        }
        if (approval.date().isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("plans.error.approval.future");
        }
        if (approval.reference() == null || approval.reference().isBlank()) {
            throw new RuleViolationException("plans.error.approval.reference");
        }
        return new Approval(
                approval.body(), name, approval.date(), approval.reference().strip());
    }

    /** Every rule a stored version keeps, checked before anything is written. */
    private void validate(PlanContent c) {
        if (c.title().isBlank()) {
            throw new RuleViolationException("plans.error.title");
        }
        if (c.firstYear() < FIRST_YEAR || c.lastYear() > LAST_YEAR || c.firstYear() > c.lastYear()) {
            throw new RuleViolationException(
                    "plans.error.years", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        for (CoverageGoal goal : c.goals()) {
            if (goal.value().signum() <= 0 || goal.value().compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new RuleViolationException("plans.error.goal.value");
            }
            if (goal.year() < FIRST_YEAR || goal.year() > 2040) {
                throw new RuleViolationException("plans.error.goal.year", String.valueOf(FIRST_YEAR), "2040");
            }
        }
        for (PlannedInitiative i : c.initiatives()) {
            if (i.name().isBlank()) {
                throw new RuleViolationException("plans.error.initiative.name");
            }
            if (i.end().isBefore(i.start())) {
                throw new RuleViolationException("plans.error.initiative.dates", i.name());
            }
            if (i.start().getYear() < c.firstYear() || i.start().getYear() > c.lastYear()) {
                throw new RuleViolationException(
                        "plans.error.initiative.startYear", i.name(), year(c.firstYear()), year(c.lastYear()));
            }
            if (i.monthsPerParticipant() < 1) {
                throw new RuleViolationException("plans.error.initiative.months", i.name());
            }
            for (Map.Entry<Integer, Integer> intake : i.intakePerYear().entrySet()) {
                if (intake.getValue() < 0) {
                    throw new RuleViolationException("plans.error.intake.negative", i.name());
                }
                if (intake.getKey() < c.firstYear() || intake.getKey() > c.lastYear()) {
                    throw new RuleViolationException(
                            "plans.error.intake.year",
                            i.name(),
                            year(intake.getKey()),
                            year(c.firstYear()),
                            year(c.lastYear()));
                }
            }
        }
        Map<UUID, FundingRound> known = roundsById();
        Set<UUID> ids = new java.util.HashSet<>();
        for (CostLine line : c.allCosts().toList()) {
            if (!ids.add(line.id())) {
                throw new IllegalArgumentException("Cost line " + line.id() + " twice in one version");
            }
            check(c, LineInput.of(line), known);
        }
    }

    private CostLine line(PlanContent c, UUID id, LineInput input) {
        check(c, input, roundsById());
        FundingSource source =
                switch (input.sourceKind()) {
                    case POOL -> FundingSource.pool(java.util.Objects.requireNonNull(input.roundId()));
                    case OTHER_FUND ->
                        FundingSource.otherFund(String.valueOf(input.fundName()).strip());
                    case OWN_BUDGET, JOBROTATION -> FundingSource.of(input.sourceKind());
                };
        return new CostLine(
                id, input.year(), input.type(), input.text().strip(), input.quantity(), input.unitPriceOere(), source);
    }

    private static void check(PlanContent c, LineInput line, Map<UUID, FundingRound> rounds) {
        if (line.text().isBlank()) {
            throw new RuleViolationException("plans.error.line.text");
        }
        if (line.quantity().signum() < 0 || line.unitPriceOere() < 0) {
            throw new RuleViolationException("plans.error.line.negative", line.text());
        }
        if (line.quantity().scale() > 2 && line.quantity().stripTrailingZeros().scale() > 2) {
            throw new RuleViolationException("plans.error.line.quantityScale", line.text());
        }
        if (line.year() < c.firstYear() || line.year() > c.lastYear()) {
            throw new RuleViolationException(
                    "plans.error.line.year", line.text(), year(line.year()), year(c.firstYear()), year(c.lastYear()));
        }
        switch (line.sourceKind()) {
            case POOL -> {
                FundingRound round = line.roundId() == null ? null : rounds.get(line.roundId());
                if (round == null) {
                    throw new RuleViolationException("plans.error.line.round", line.text());
                }
                if (!round.covers(line.year())) {
                    throw new RuleViolationException(
                            "plans.error.line.roundYear",
                            line.text(),
                            round.name(),
                            year(line.year()),
                            year(round.firstYear()),
                            year(round.lastYear()));
                }
            }
            case OTHER_FUND -> {
                if (line.fundName() == null || line.fundName().isBlank()) {
                    throw new RuleViolationException("plans.error.line.fund", line.text());
                }
            }
            case OWN_BUDGET, JOBROTATION -> {}
        }
    }

    private CoverageGoal checkedScope(int kommuneCode, CoverageGoal goal) {
        String name =
                switch (goal.scope()) {
                    case KOMMUNE ->
                        institutions.kommune(kommuneCode).orElseThrow().name();
                    case AREA ->
                        institutions.areas(kommuneCode).stream()
                                .filter(a -> a.id().equals(goal.scopeId()))
                                .map(dk.loeft.institution.Area::name)
                                .findFirst()
                                .orElseThrow(() -> new RuleViolationException("plans.error.goal.scope"));
                    case INSTITUTION ->
                        institutions.institutionsOf(kommuneCode).stream()
                                .filter(i -> i.id().equals(goal.scopeId()))
                                .map(dk.loeft.institution.Institution::name)
                                .findFirst()
                                .orElseThrow(() -> new RuleViolationException("plans.error.goal.scope"));
                };
        return new CoverageGoal(
                goal.scope(),
                goal.scope() == CoverageGoal.Scope.KOMMUNE ? null : goal.scopeId(),
                name,
                goal.kind(),
                goal.value(),
                goal.year());
    }

    /** The kind's suggested lines for each intake year, on the first pool round that covers the year. */
    private List<CostLine> suggested(PlanContent c, PlannedInitiative initiative) {
        List<FundingRound> all = rounds.all();
        List<CostLine> lines = new ArrayList<>();
        initiative.intakePerYear().forEach((year, seats) -> {
            Optional<FundingRound> round =
                    all.stream().filter(r -> r.covers(year)).findFirst();
            FundingSource source =
                    round.map(r -> FundingSource.pool(r.id())).orElse(FundingSource.of(FundingSourceKind.OWN_BUDGET));
            for (CostDefaults.Suggestion s : CostDefaults.suggestions(initiative.kind())) {
                lines.add(new CostLine(
                        UUID.randomUUID(),
                        year,
                        s.type(),
                        text(s.textKey(), seats),
                        s.quantity(seats),
                        s.unitPriceOere(),
                        source));
            }
        });
        return lines;
    }

    private Map<UUID, FundingRound> roundsById() {
        return rounds.all().stream().collect(Collectors.toMap(FundingRound::id, Function.identity()));
    }

    private UUID versionId(UUID planId, int versionNo) {
        return jdbc.sql("select id from plan_version where plan_id = :p and version_no = :n")
                .param("p", planId)
                .param("n", versionNo)
                .query(UUID.class)
                .optional()
                .orElseThrow(NotFoundException::new);
    }

    // --- Rows --------------------------------------------------------------------------------

    private Optional<PlanVersionState> load(UUID planId, int versionNo) {
        record Row(UUID id, PlanContent header, int lock, String changedBy, Instant changedAt) {}
        Optional<Row> row = jdbc.sql("""
                        select v.id, v.plan_id, v.version_no, v.kommune_code, k.name as kommune_name, v.status,
                               v.title, v.first_year, v.last_year, v.background, v.involvement, v.evaluation,
                               v.approval_body, v.approval_body_name, v.approval_date, v.approval_reference,
                               v.changed_by, v.changed_at, v.lock_version
                          from plan_version v join kommune k on k.code = v.kommune_code
                         where v.plan_id = :p and v.version_no = :n""")
                .param("p", planId)
                .param("n", versionNo)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        new PlanContent(
                                rs.getObject("plan_id", UUID.class),
                                rs.getInt("version_no"),
                                rs.getInt("kommune_code"),
                                rs.getString("kommune_name"),
                                rs.getString("title"),
                                rs.getInt("first_year"),
                                rs.getInt("last_year"),
                                PlanStatus.valueOf(rs.getString("status")),
                                approval(rs),
                                rs.getString("background"),
                                rs.getString("involvement"),
                                rs.getString("evaluation"),
                                List.of(),
                                List.of(),
                                List.of()),
                        rs.getInt("lock_version"),
                        rs.getString("changed_by"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        LoeftUser user = reader();
        if (!user.isNational() && user.kommuneCode() != row.get().header().kommuneCode()) {
            return Optional.empty();
        }
        UUID versionId = row.get().id();
        PlanContent h = row.get().header();
        List<CoverageGoal> goals = jdbc.sql("""
                        select scope, scope_id, scope_name, kind, value, year from plan_goal
                         where version_id = :v order by position""")
                .param("v", versionId)
                .query((rs, n) -> new CoverageGoal(
                        CoverageGoal.Scope.valueOf(rs.getString("scope")),
                        rs.getObject("scope_id", UUID.class),
                        rs.getString("scope_name"),
                        CoverageGoal.Kind.valueOf(rs.getString("kind")),
                        plain(rs.getBigDecimal("value")),
                        rs.getInt("year")))
                .list();
        Map<UUID, SortedMap<Integer, Integer>> intake = new LinkedHashMap<>();
        jdbc.sql("select initiative_id, year, seats from plan_intake where version_id = :v order by year")
                .param("v", versionId)
                .query((rs, n) -> intake.computeIfAbsent(
                                rs.getObject("initiative_id", UUID.class), k -> new TreeMap<>())
                        .put(rs.getInt("year"), rs.getInt("seats")))
                .list();
        Map<@Nullable UUID, List<CostLine>> lines = new LinkedHashMap<>();
        jdbc.sql("""
                        select id, initiative_id, year, cost_type, text, quantity, unit_price_oere, source_kind,
                               round_id, fund_name
                          from plan_cost_line where version_id = :v order by position""")
                .param("v", versionId)
                .query((rs, n) -> lines.computeIfAbsent(
                                rs.getObject("initiative_id", UUID.class), k -> new ArrayList<>())
                        .add(costLine(rs)))
                .list();
        List<PlannedInitiative> initiatives = jdbc.sql("""
                        select id, name, kind, informal, target_group, target_roles, provider, start_date, end_date,
                               months_per_participant, description
                          from plan_initiative where version_id = :v order by position""")
                .param("v", versionId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new PlannedInitiative(
                            id,
                            rs.getString("name"),
                            InitiativeKind.valueOf(rs.getString("kind")),
                            rs.getBoolean("informal"),
                            rs.getString("target_group"),
                            roles(rs.getArray("target_roles")),
                            rs.getString("provider"),
                            rs.getObject("start_date", LocalDate.class),
                            rs.getObject("end_date", LocalDate.class),
                            rs.getInt("months_per_participant"),
                            java.util.Collections.unmodifiableSortedMap(intake.getOrDefault(id, new TreeMap<>())),
                            rs.getString("description"),
                            List.copyOf(lines.getOrDefault(id, List.of())));
                })
                .list();
        PlanContent content = new PlanContent(
                h.planId(),
                h.versionNo(),
                h.kommuneCode(),
                h.kommuneName(),
                h.title(),
                h.firstYear(),
                h.lastYear(),
                h.status(),
                h.approval(),
                h.background(),
                h.involvement(),
                h.evaluation(),
                List.copyOf(goals),
                List.copyOf(initiatives),
                List.copyOf(lines.getOrDefault(null, List.of())));
        return Optional.of(new PlanVersionState(
                content, row.get().lock(), row.get().changedBy(), row.get().changedAt()));
    }

    private static @Nullable Approval approval(ResultSet rs) throws SQLException {
        String body = rs.getString("approval_body");
        if (body == null) {
            return null;
        }
        return new Approval(
                ApprovingBody.valueOf(body),
                rs.getString("approval_body_name"),
                rs.getObject("approval_date", LocalDate.class),
                rs.getString("approval_reference"));
    }

    private static CostLine costLine(ResultSet rs) throws SQLException {
        FundingSourceKind kind = FundingSourceKind.valueOf(rs.getString("source_kind"));
        FundingSource source = new FundingSource(kind, rs.getObject("round_id", UUID.class), rs.getString("fund_name"));
        return new CostLine(
                rs.getObject("id", UUID.class),
                rs.getInt("year"),
                CostType.valueOf(rs.getString("cost_type")),
                rs.getString("text"),
                plain(rs.getBigDecimal("quantity")),
                rs.getLong("unit_price_oere"),
                source);
    }

    /** A year as message text: 2024, not 2.024. */
    private static String year(int year) {
        return Integer.toString(year);
    }

    /** 10.00 as 10, 2.50 as 2.5 (never 1E+1). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Set<StaffRole> roles(Array array) throws SQLException {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (Object role : (Object[]) array.getArray()) {
            roles.add(StaffRole.valueOf(role.toString()));
        }
        return java.util.Collections.unmodifiableSet(roles);
    }

    private void insertChildren(UUID versionId, PlanContent c) {
        int position = 0;
        for (CoverageGoal goal : c.goals()) {
            jdbc.sql("""
                            insert into plan_goal (version_id, position, kommune_code, scope, scope_id, scope_name, kind,
                                                   value, year)
                            values (:v, :pos, :k, :scope, :scopeId, :scopeName, :kind, :value, :year)""")
                    .param("v", versionId)
                    .param("pos", position++)
                    .param("k", c.kommuneCode())
                    .param("scope", goal.scope().name())
                    .param("scopeId", goal.scopeId())
                    .param("scopeName", goal.scopeName())
                    .param("kind", goal.kind().name())
                    .param("value", goal.value())
                    .param("year", goal.year())
                    .update();
        }
        position = 0;
        for (PlannedInitiative i : c.initiatives()) {
            jdbc.sql("""
                            insert into plan_initiative (version_id, id, position, kommune_code, name, kind, informal,
                                target_group, target_roles, provider, start_date, end_date, months_per_participant,
                                description)
                            values (:v, :id, :pos, :k, :name, :kind, :informal, :targetGroup, :roles, :provider,
                                    :start, :end, :months, :description)""")
                    .param("v", versionId)
                    .param("id", i.id())
                    .param("pos", position++)
                    .param("k", c.kommuneCode())
                    .param("name", i.name().strip())
                    .param("kind", i.kind().name())
                    .param("informal", i.informal())
                    .param("targetGroup", i.targetGroup().strip())
                    .param(
                            "roles",
                            i.targetRoles().stream().map(Enum::name).sorted().toArray(String[]::new))
                    .param("provider", i.provider().strip())
                    .param("start", i.start())
                    .param("end", i.end())
                    .param("months", i.monthsPerParticipant())
                    .param("description", i.description().strip())
                    .update();
            i.intakePerYear().forEach((year, seats) -> jdbc.sql("""
                            insert into plan_intake (version_id, initiative_id, kommune_code, year, seats)
                            values (:v, :i, :k, :year, :seats)""")
                    .param("v", versionId)
                    .param("i", i.id())
                    .param("k", c.kommuneCode())
                    .param("year", year)
                    .param("seats", seats)
                    .update());
        }
        position = 0;
        for (PlannedInitiative i : c.initiatives()) {
            for (CostLine line : i.costs()) {
                insertLine(versionId, c.kommuneCode(), i.id(), line, position++);
            }
        }
        for (CostLine line : c.commonCosts()) {
            insertLine(versionId, c.kommuneCode(), null, line, position++);
        }
    }

    private void insertLine(UUID versionId, int kommune, @Nullable UUID initiativeId, CostLine line, int position) {
        jdbc.sql("""
                        insert into plan_cost_line (version_id, id, position, kommune_code, initiative_id, year,
                            cost_type, text, quantity, unit_price_oere, source_kind, round_id, fund_name)
                        values (:v, :id, :pos, :k, :i, :year, :type, :text, :quantity, :price, :source, :round, :fund)""")
                .param("v", versionId)
                .param("id", line.id())
                .param("pos", position)
                .param("k", kommune)
                .param("i", initiativeId)
                .param("year", line.year())
                .param("type", line.type().name())
                .param("text", line.text())
                .param("quantity", line.quantity())
                .param("price", line.unitPriceOere())
                .param("source", line.source().kind().name())
                .param("round", line.source().roundId())
                .param("fund", line.source().fundName())
                .update();
    }

    private void deleteChildren(UUID versionId) {
        for (String table : List.of("plan_cost_line", "plan_intake", "plan_initiative", "plan_goal")) {
            jdbc.sql("delete from " + table + " where version_id = :v")
                    .param("v", versionId)
                    .update();
        }
    }

    // --- Content helpers ---------------------------------------------------------------------

    private static PlanContent withPlan(PlanContent c, UUID planId) {
        return c.asVersion(planId, 1, PlanStatus.DRAFT, null);
    }

    private static PlanContent withGoals(PlanContent c, List<CoverageGoal> goals) {
        return c.withGoals(goals);
    }

    private static PlanContent withInitiatives(
            PlanContent c, List<PlannedInitiative> initiatives, List<CostLine> common) {
        return c.withInitiatives(initiatives, common);
    }

    private static PlannedInitiative withCosts(PlannedInitiative i, List<CostLine> costs) {
        return new PlannedInitiative(
                i.id(),
                i.name(),
                i.kind(),
                i.informal(),
                i.targetGroup(),
                i.targetRoles(),
                i.provider(),
                i.start(),
                i.end(),
                i.monthsPerParticipant(),
                i.intakePerYear(),
                i.description(),
                List.copyOf(costs));
    }

    private static PlanContent removeLine(PlanContent c, UUID lineId) {
        List<PlannedInitiative> list = c.initiatives().stream()
                .map(i -> withCosts(
                        i,
                        i.costs().stream().filter(l -> !l.id().equals(lineId)).toList()))
                .toList();
        return withInitiatives(
                c,
                list,
                c.commonCosts().stream().filter(l -> !l.id().equals(lineId)).toList());
    }

    /** The line in its old place when it was there (original list), otherwise at the end. */
    private static List<CostLine> replaceOrAdd(List<CostLine> original, List<CostLine> without, CostLine line) {
        List<CostLine> result = new ArrayList<>();
        boolean placed = false;
        for (CostLine l : original) {
            if (l.id().equals(line.id())) {
                result.add(line);
                placed = true;
            } else if (without.contains(l)) {
                result.add(l);
            }
        }
        if (!placed) {
            result.add(line);
        }
        return result;
    }

    private static int indexOf(List<PlannedInitiative> list, UUID id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static <T> List<T> concat(List<T> list, T item) {
        return Stream.concat(list.stream(), Stream.of(item)).toList();
    }

    // --- Access ------------------------------------------------------------------------------

    private void requireDraft(PlanContent c) {
        if (c.status() != PlanStatus.DRAFT) {
            throw new RuleViolationException("plans.error.notDraft", statusText(c.status()));
        }
    }

    private String statusText(PlanStatus status) {
        return text(status.labelKey()).toLowerCase(java.util.Locale.ROOT);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static LoeftUser reader() {
        return PlanReaders.require();
    }

    private static void requireReadable(LoeftUser user, int kommuneCode) {
        if (!user.isNational() && user.kommuneCode() != kommuneCode) {
            throw new NotFoundException();
        }
    }

    /** The forvaltning of the kommune writes the plan. */
    private static LoeftUser planEditor(int kommuneCode) {
        LoeftUser user = reader();
        requireReadable(user, kommuneCode);
        if (!user.is(Role.KOMMUNE_ADMIN)) {
            throw new AccessDeniedException("Kun forvaltningen skriver kommunens plan");
        }
        return user;
    }

    /** Forvaltning and økonomi may edit the cost lines of a draft. */
    private static LoeftUser costEditor(int kommuneCode) {
        LoeftUser user = reader();
        requireReadable(user, kommuneCode);
        if (!user.is(Role.KOMMUNE_ADMIN) && !user.is(Role.FINANCE)) {
            throw new AccessDeniedException("Kun forvaltningen og økonomi ændrer planens budget");
        }
        return user;
    }

    /** Whether the signed-in user may edit texts, initiatives and status of the kommune's plans. */
    public static boolean mayEditPlan(LoeftUser user, int kommuneCode) {
        return user.is(Role.KOMMUNE_ADMIN) && user.kommuneCodeOrNull() != null && user.kommuneCode() == kommuneCode;
    }

    /** Whether the signed-in user may edit the cost lines of the kommune's draft plans. */
    public static boolean mayEditCosts(LoeftUser user, int kommuneCode) {
        return (user.is(Role.KOMMUNE_ADMIN) || user.is(Role.FINANCE))
                && user.kommuneCodeOrNull() != null
                && user.kommuneCode() == kommuneCode;
    }

    private static String actor() {
        return currentUser().getUsername();
    }

    private static String actorName(String system) {
        return Tenancy.currentUser().map(LoeftUser::getUsername).orElse(system);
    }

    private static LoeftUser currentUser() {
        return Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
    }
}
