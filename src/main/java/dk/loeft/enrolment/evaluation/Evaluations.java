package dk.loeft.enrolment.evaluation;

import dk.loeft.enrolment.Participation;
import dk.loeft.enrolment.Participations;
import dk.loeft.plan.PlanContent;
import dk.loeft.plan.PlanVersionSummary;
import dk.loeft.plan.PlanVersions;
import dk.loeft.plan.PlannedInitiative;
import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.platform.web.DanishFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluations of courses (evalueringer). The forvaltning sets the questions per plan initiative
 * (the default set applies until it does). When a course has ended, or the person's participation
 * is completed, the participant answers once about their own course, and a leader of the
 * participant's institution answers once about it too. In a long programme (merit, PAU, PD) each
 * passed part that was not credited (e.g. "2. semester") opens its own evaluation for both as well,
 * answered once per part, before and apart from the one for the whole course. Results are summarised per initiative and
 * per provider for the forvaltning, økonomi and leaders; only the forvaltning sees who wrote a
 * comment. Reads and writes stay in the signed-in user's kommune through row-level security.
 */
@Service
public class Evaluations {

    static final int MAX_QUESTIONS = 12;
    static final int MAX_QUESTION_LENGTH = 300;
    static final int MAX_COMMENT_LENGTH = 2000;
    private static final String SEATED = "p.status in ('ENROLLED', 'COMPLETED')";
    private static final String ENDED = "(o.end_date <= :today or p.status = 'COMPLETED')";
    /** Stands for "the whole course" where a response's progress part is compared (as in the unique index). */
    private static final UUID WHOLE_COURSE = new UUID(0, 0);

    private final JdbcClient jdbc;
    private final Participations participations;
    private final PlanVersions plans;
    private final MessageSource messages;
    private final DanishFormat danish;
    private final Clock clock;

    Evaluations(
            JdbcClient jdbc,
            Participations participations,
            PlanVersions plans,
            MessageSource messages,
            DanishFormat danish,
            Clock clock) {
        this.jdbc = jdbc;
        this.participations = participations;
        this.plans = plans;
        this.messages = messages;
        this.danish = danish;
        this.clock = clock;
    }

    // ---- questions

    /** The questions of an initiative's evaluation: its own set, or the default set. */
    public QuestionSet questions(@Nullable UUID initiative) {
        signedIn();
        if (initiative != null) {
            Integer version = jdbc.sql("select version from evaluation_question_set where plan_initiative = :i")
                    .param("i", initiative)
                    .query(Integer.class)
                    .optional()
                    .orElse(null);
            if (version != null) {
                return new QuestionSet(
                        initiative,
                        false,
                        storedQuestions(initiative, Audience.PARTICIPANT),
                        storedQuestions(initiative, Audience.LEADER),
                        version);
            }
        }
        return new QuestionSet(initiative, true, defaults(Audience.PARTICIPANT), defaults(Audience.LEADER), 0);
    }

    /** The kommune's plan initiatives (from the newest version of each plan), by id, with their names. */
    public Map<UUID, String> initiatives() {
        LoeftUser user = signedIn();
        Map<UUID, String> names = new LinkedHashMap<>();
        Set<UUID> seenPlans = new HashSet<>();
        for (PlanVersionSummary version : plans.versionsOf(user.kommuneCode())) {
            if (seenPlans.add(version.planId())) {
                PlanContent content = plans.content(version.planId(), version.versionNo());
                for (PlannedInitiative i : content.initiatives()) {
                    names.putIfAbsent(i.id(), i.name());
                }
            }
        }
        return names;
    }

    /**
     * Saves an initiative's questions (the forvaltning only) under the set's lock; the answers given
     * so far keep the questions they were asked. Refused in Danish when a question is empty or too
     * long, or a list is empty or too long.
     */
    @Transactional
    public QuestionSet saveQuestions(UUID initiative, int version, List<Question> participant, List<Question> leader) {
        LoeftUser user = admin();
        if (!initiatives().containsKey(initiative)) {
            throw new NotFoundException();
        }
        validate(participant);
        validate(leader);
        QuestionSet current = questions(initiative);
        if (current.version() != version) {
            throw new OptimisticLockingFailureException("Question set " + initiative + " was changed by someone else");
        }
        String by = user.getUsername();
        Timestamp now = Timestamp.from(clock.instant());
        if (current.standard()) {
            jdbc.sql("""
                    insert into evaluation_question_set (kommune_code, plan_initiative, changed_by, changed_at, version)
                    values (:k, :i, :by, :now, 1)
                    """)
                    .param("k", user.kommuneCode())
                    .param("i", initiative)
                    .param("by", by)
                    .param("now", now)
                    .update();
        } else {
            int updated = jdbc.sql("""
                    update evaluation_question_set set changed_by = :by, changed_at = :now, version = version + 1
                     where plan_initiative = :i and version = :v
                    """)
                    .param("i", initiative)
                    .param("v", version)
                    .param("by", by)
                    .param("now", now)
                    .update();
            if (updated == 0) {
                throw new OptimisticLockingFailureException(
                        "Question set " + initiative + " was changed by someone else");
            }
            jdbc.sql("delete from evaluation_question where plan_initiative = :i")
                    .param("i", initiative)
                    .update();
        }
        insertQuestions(user.kommuneCode(), initiative, Audience.PARTICIPANT, participant);
        insertQuestions(user.kommuneCode(), initiative, Audience.LEADER, leader);
        return questions(initiative);
    }

    private void insertQuestions(int kommune, UUID initiative, Audience audience, List<Question> questions) {
        for (int i = 0; i < questions.size(); i++) {
            jdbc.sql("""
                    insert into evaluation_question (kommune_code, plan_initiative, audience, position, kind, text)
                    values (:k, :i, :a, :p, :kind, :text)
                    """)
                    .param("k", kommune)
                    .param("i", initiative)
                    .param("a", audience.name())
                    .param("p", i)
                    .param("kind", questions.get(i).kind().name())
                    .param("text", questions.get(i).text().trim())
                    .update();
        }
    }

    private static void validate(List<Question> questions) {
        if (questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
            throw new RuleViolationException("enrolment.evaluation.error.questionCount", MAX_QUESTIONS);
        }
        for (int i = 0; i < questions.size(); i++) {
            String text = questions.get(i).text().trim();
            if (text.isEmpty() || text.length() > MAX_QUESTION_LENGTH) {
                throw new RuleViolationException("enrolment.evaluation.error.questionText", i + 1, MAX_QUESTION_LENGTH);
            }
        }
    }

    private List<Question> storedQuestions(UUID initiative, Audience audience) {
        return jdbc.sql("""
                select kind, text from evaluation_question where plan_initiative = :i and audience = :a order by position
                """)
                .param("i", initiative)
                .param("a", audience.name())
                .query((rs, n) -> new Question(QuestionKind.valueOf(rs.getString("kind")), rs.getString("text")))
                .list();
    }

    /** The default set from the bundle: the scale questions {@code scale1, scale2, ...}, then one in free text. */
    private List<Question> defaults(Audience audience) {
        String prefix = "enrolment.evaluation.default." + audience.name().toLowerCase() + ".";
        List<Question> questions = new ArrayList<>();
        for (int i = 1; ; i++) {
            String scale = messages.getMessage(prefix + "scale" + i, null, null, DanishFormat.DANISH);
            if (scale == null) {
                break;
            }
            questions.add(new Question(QuestionKind.SCALE, scale));
        }
        questions.add(new Question(
                QuestionKind.TEXT,
                Objects.requireNonNull(messages.getMessage(prefix + "text", null, DanishFormat.DANISH))));
        return questions;
    }

    // ---- answering

    /** The evaluations the signed-in person may answer now: their own courses, and as leader their staff's. */
    public List<OpenEvaluation> open() {
        LoeftUser user = signedIn();
        List<OpenEvaluation> open = new ArrayList<>();
        if (user.staffId() != null) {
            open.addAll(openWhere("p.staff_member = :me", Audience.PARTICIPANT, user));
        }
        if (user.is(Role.LEADER) && !user.institutionIds().isEmpty()) {
            open.addAll(
                    openWhere("p.institution = any(:institutions) and p.staff_member <> :me", Audience.LEADER, user));
        }
        return open;
    }

    private List<OpenEvaluation> openWhere(String who, Audience audience, LoeftUser user) {
        return jdbc.sql("""
                        select p.id, null::uuid as part_id, o.title, pr.name as provider, o.end_date, m.name
                          from participation p
                          join offering o on o.id = p.offering
                          join provider pr on pr.id = o.provider_id
                          join staff_member m on m.id = p.staff_member
                         where %1$s and %2$s and %3$s
                           and not exists (select 1 from evaluation_response r
                                            where r.participation = p.id and r.audience = :a and r.progress_part is null)
                        union all
                        select p.id, pp.id, o.title || ' – ' || pp.part, pr.name, pp.passed_on, m.name
                          from participation p
                          join participation_progress pp on pp.participation = p.id and not pp.credited
                          join offering o on o.id = p.offering
                          join provider pr on pr.id = o.provider_id
                          join staff_member m on m.id = p.staff_member
                         where %1$s and %2$s
                           and not exists (select 1 from evaluation_response r where r.progress_part = pp.id and r.audience = :a)
                         order by end_date desc, name, title
                        """.formatted(who, SEATED, ENDED))
                .param("me", user.staffId() == null ? new UUID(0, 0) : user.staffId())
                .param("institutions", user.institutionIds().toArray(UUID[]::new))
                .param("a", audience.name())
                .param("today", today())
                .query((rs, n) -> new OpenEvaluation(
                        rs.getObject("id", UUID.class),
                        audience,
                        rs.getString("title"),
                        rs.getString("provider"),
                        rs.getObject("end_date", LocalDate.class),
                        rs.getString("name"),
                        rs.getObject("part_id", UUID.class)))
                .list();
    }

    /** What the signed-in person is asked about a participation's whole course (see the three-argument form). */
    public EvaluationForm form(UUID participationId, Audience audience) {
        return form(participationId, audience, null);
    }

    /**
     * What the signed-in person is asked about a participation, or about one passed part of it
     * ({@code progressPart}): 404 unless it is their own (as participant) or of their institution's
     * staff (as leader), and 404 for a part that is not a passed, non-credited part of this
     * participation; refused in Danish before the course has ended (not for a part), for a
     * participation without a seat, or when it is answered already.
     */
    public EvaluationForm form(UUID participationId, Audience audience, @Nullable UUID progressPart) {
        LoeftUser user = signedIn();
        Participation participation = participations.get(participationId);
        boolean allowed = audience == Audience.PARTICIPANT
                ? participation.staffMember().equals(user.staffId())
                : user.is(Role.LEADER)
                        && participation.institution() != null
                        && user.institutionIds().contains(participation.institution())
                        && !participation.staffMember().equals(user.staffId());
        if (!allowed) {
            throw new NotFoundException();
        }
        OpenEvaluation about = jdbc.sql("""
                        select p.id, o.title, pr.name as provider, o.end_date, m.name, p.status
                          from participation p
                          join offering o on o.id = p.offering
                          join provider pr on pr.id = o.provider_id
                          join staff_member m on m.id = p.staff_member
                         where p.id = :id
                        """)
                .param("id", participationId)
                .query((rs, n) -> new OpenEvaluation(
                        rs.getObject("id", UUID.class),
                        audience,
                        rs.getString("title"),
                        rs.getString("provider"),
                        rs.getObject("end_date", LocalDate.class),
                        rs.getString("name"),
                        null))
                .single();
        if (progressPart != null) {
            OpenEvaluation course = about;
            about = jdbc.sql("""
                            select part, passed_on from participation_progress
                             where id = :id and participation = :p and not credited
                            """)
                    .param("id", progressPart)
                    .param("p", participationId)
                    .query((rs, n) -> new OpenEvaluation(
                            participationId,
                            audience,
                            course.offeringTitle() + " – " + rs.getString("part"),
                            course.providerName(),
                            rs.getObject("passed_on", LocalDate.class),
                            course.participantName(),
                            progressPart))
                    .optional()
                    .orElseThrow(NotFoundException::new);
        }
        if (!participation.seated()) {
            throw new RuleViolationException("enrolment.evaluation.error.notSeated");
        }
        if (progressPart == null && about.endDate().isAfter(today()) && participation.outcome() == null) {
            throw new RuleViolationException("enrolment.evaluation.error.notEnded", danish.date(about.endDate()));
        }
        if (answered(participationId, audience, progressPart)) {
            throw new RuleViolationException("enrolment.evaluation.error.answered");
        }
        UUID initiative = jdbc.sql(
                        "select o.plan_initiative from participation p join offering o on o.id = p.offering where p.id = :id")
                .param("id", participationId)
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list()
                .getFirst();
        return new EvaluationForm(about, questions(initiative).of(audience));
    }

    /** An answer to one question: a score 1-5 for a scale question, an optional comment for a text question. */
    public record Answer(@Nullable Integer score, @Nullable String comment) {}

    /** Records the signed-in person's answers about a participation's whole course (see the four-argument form). */
    @Transactional
    public void answer(UUID participationId, Audience audience, List<Answer> answers) {
        answer(participationId, audience, null, answers);
    }

    /**
     * Records the signed-in person's answers (in the order of the questions) about a participation,
     * or about one passed part of it ({@code progressPart}), once. Every scale question needs a score
     * from 1 to 5; comments are optional and at most 2000 characters.
     */
    @Transactional
    public void answer(UUID participationId, Audience audience, @Nullable UUID progressPart, List<Answer> answers) {
        LoeftUser user = signedIn();
        EvaluationForm form = form(participationId, audience, progressPart);
        List<Question> questions = form.questions();
        if (answers.size() != questions.size()) {
            throw new RuleViolationException("enrolment.evaluation.error.answerCount", questions.size());
        }
        for (int i = 0; i < questions.size(); i++) {
            Answer a = answers.get(i);
            if (questions.get(i).kind() == QuestionKind.SCALE) {
                if (a.score() == null || a.score() < 1 || a.score() > 5) {
                    throw new RuleViolationException("enrolment.evaluation.error.score", i + 1);
                }
            } else if (a.comment() != null && a.comment().length() > MAX_COMMENT_LENGTH) {
                throw new RuleViolationException("enrolment.evaluation.error.comment", i + 1, MAX_COMMENT_LENGTH);
            }
        }
        Participation participation = participations.get(participationId);
        UUID response = UUID.randomUUID();
        try {
            jdbc.sql("""
                    insert into evaluation_response (id, kommune_code, participation, offering, audience, progress_part,
                                                     answered_by, submitted_at)
                    values (:id, :k, :p, :o, :a, :part, :by, :now)
                    """)
                    .param("id", response)
                    .param("part", progressPart)
                    .param("k", participation.kommuneCode())
                    .param("p", participationId)
                    .param("o", participation.offeringId())
                    .param("a", audience.name())
                    .param("by", user.displayName())
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new RuleViolationException("enrolment.evaluation.error.answered");
        }
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            String comment = answers.get(i).comment();
            boolean scale = q.kind() == QuestionKind.SCALE;
            jdbc.sql("""
                    insert into evaluation_answer (response, position, kommune_code, kind, question, score, comment)
                    values (:r, :p, :k, :kind, :q, :score, :comment)
                    """)
                    .param("r", response)
                    .param("p", i)
                    .param("k", participation.kommuneCode())
                    .param("kind", q.kind().name())
                    .param("q", q.text())
                    .param("score", scale ? answers.get(i).score() : null)
                    .param("comment", scale ? null : comment == null ? "" : comment.trim())
                    .update();
        }
    }

    private boolean answered(UUID participationId, Audience audience, @Nullable UUID progressPart) {
        return jdbc.sql("""
                        select exists (select 1 from evaluation_response
                                        where participation = :p and audience = :a
                                          and coalesce(progress_part, :whole) = :part)
                        """)
                .param("p", participationId)
                .param("a", audience.name())
                .param("whole", WHOLE_COURSE)
                .param("part", progressPart == null ? WHOLE_COURSE : progressPart)
                .query(Boolean.class)
                .single();
    }

    // ---- results

    /** The kommune's results per initiative and per provider (forvaltning, økonomi and leaders). */
    public EvaluationSummary summary() {
        LoeftUser user = signedIn();
        if (!user.is(Role.KOMMUNE_ADMIN) && !user.is(Role.FINANCE) && !user.is(Role.LEADER)) {
            throw new AccessDeniedException("Kun forvaltningen, økonomi og ledere ser evalueringernes resultater");
        }
        boolean names = user.is(Role.KOMMUNE_ADMIN);
        Map<UUID, String> initiativeNames = initiatives();
        String noInitiative =
                messages.getMessage("enrolment.evaluation.summary.noInitiative", null, DanishFormat.DANISH);
        Map<String, Builder> byInitiative = new LinkedHashMap<>();
        Map<String, Builder> byProvider = new LinkedHashMap<>();
        jdbc.sql("""
                        select o.plan_initiative, o.provider_id, pr.name as provider, sum(e.evaluations) as evaluable
                          from participation p
                          join offering o on o.id = p.offering
                          join provider pr on pr.id = o.provider_id
                         cross join lateral (select case when %2$s then 1 else 0 end
                                                    + (select count(*) from participation_progress pp
                                                        where pp.participation = p.id and not pp.credited)
                                                    as evaluations) e
                         where %1$s and e.evaluations > 0
                         group by o.plan_initiative, o.provider_id, pr.name
                         order by pr.name
                        """.formatted(SEATED, ENDED))
                .param("today", today())
                .query((rs, n) -> {
                    UUID initiative = rs.getObject("plan_initiative", UUID.class);
                    String provider = rs.getString("provider");
                    int evaluable = rs.getInt("evaluable");
                    group(byInitiative, initiativeNames, noInitiative, initiative).evaluable += evaluable;
                    byProvider.computeIfAbsent(rs.getString("provider_id"), k -> new Builder(provider)).evaluable +=
                            evaluable;
                    return null;
                })
                .list();
        jdbc.sql("""
                        select r.id, r.audience, r.answered_by, o.plan_initiative, o.provider_id, pr.name as provider,
                               m.name, a.position, a.kind, a.question, a.score, a.comment
                          from evaluation_response r
                          join evaluation_answer a on a.response = r.id
                          join participation p on p.id = r.participation
                          join staff_member m on m.id = p.staff_member
                          join offering o on o.id = r.offering
                          join provider pr on pr.id = o.provider_id
                         order by r.submitted_at, r.id, a.position
                        """)
                .query((rs, n) -> {
                    UUID initiative = rs.getObject("plan_initiative", UUID.class);
                    Audience audience = Audience.valueOf(rs.getString("audience"));
                    String by = !names
                            ? null
                            : audience == Audience.PARTICIPANT
                                    ? rs.getString("name")
                                    : messages.getMessage(
                                            "enrolment.evaluation.summary.byLeader",
                                            new Object[] {rs.getString("answered_by"), rs.getString("name")},
                                            DanishFormat.DANISH);
                    Row row = new Row(
                            rs.getObject("id", UUID.class),
                            audience,
                            rs.getInt("position"),
                            QuestionKind.valueOf(rs.getString("kind")),
                            rs.getString("question"),
                            (Integer) rs.getObject("score"),
                            rs.getString("comment"),
                            by);
                    String provider = rs.getString("provider");
                    group(byInitiative, initiativeNames, noInitiative, initiative)
                            .add(row);
                    byProvider
                            .computeIfAbsent(rs.getString("provider_id"), k -> new Builder(provider))
                            .add(row);
                    return null;
                })
                .list();
        return new EvaluationSummary(
                byInitiative.values().stream().map(Builder::build).toList(),
                byProvider.values().stream()
                        .map(Builder::build)
                        .sorted(java.util.Comparator.comparing(EvaluationSummary.Group::name))
                        .toList());
    }

    private static Builder group(
            Map<String, Builder> groups, Map<UUID, String> names, String noInitiative, @Nullable UUID initiative) {
        String name = initiative == null ? noInitiative : names.getOrDefault(initiative, noInitiative);
        return groups.computeIfAbsent(name, Builder::new);
    }

    private record Row(
            UUID response,
            Audience audience,
            int position,
            QuestionKind kind,
            String question,
            @Nullable Integer score,
            @Nullable String comment,
            @Nullable String by) {}

    /** Collects one group's rows; questions are kept apart by audience, place and wording. */
    private static final class Builder {
        final String name;
        int evaluable;
        final Set<UUID> participantResponses = new HashSet<>();
        final Set<UUID> leaderResponses = new HashSet<>();
        final Map<String, List<Row>> participant = new LinkedHashMap<>();
        final Map<String, List<Row>> leader = new LinkedHashMap<>();

        Builder(String name) {
            this.name = name;
        }

        void add(Row row) {
            boolean isParticipant = row.audience() == Audience.PARTICIPANT;
            (isParticipant ? participantResponses : leaderResponses).add(row.response());
            (isParticipant ? participant : leader)
                    .computeIfAbsent(row.position() + "|" + row.kind() + "|" + row.question(), k -> new ArrayList<>())
                    .add(row);
        }

        EvaluationSummary.Group build() {
            return new EvaluationSummary.Group(
                    name,
                    evaluable,
                    participantResponses.size(),
                    leaderResponses.size(),
                    results(participant),
                    results(leader));
        }

        private static List<EvaluationSummary.QuestionResult> results(Map<String, List<Row>> questions) {
            return questions.values().stream()
                    .sorted(java.util.Comparator.comparingInt(
                            rows -> rows.getFirst().position()))
                    .map(rows -> {
                        Row first = rows.getFirst();
                        if (first.kind() == QuestionKind.SCALE) {
                            long sum = rows.stream()
                                    .mapToLong(r -> Objects.requireNonNull(r.score()))
                                    .sum();
                            return new EvaluationSummary.QuestionResult(
                                    first.question(),
                                    QuestionKind.SCALE,
                                    BigDecimal.valueOf(sum)
                                            .divide(BigDecimal.valueOf(rows.size()), 2, RoundingMode.HALF_UP),
                                    rows.size(),
                                    List.of());
                        }
                        List<EvaluationSummary.Comment> comments = rows.stream()
                                .filter(r -> r.comment() != null && !r.comment().isBlank())
                                .map(r -> new EvaluationSummary.Comment(Objects.requireNonNull(r.comment()), r.by()))
                                .toList();
                        return new EvaluationSummary.QuestionResult(
                                first.question(), QuestionKind.TEXT, null, comments.size(), comments);
                    })
                    .toList();
        }
    }

    // ---- helpers

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static LoeftUser signedIn() {
        LoeftUser user = Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("Ikke logget ind"));
        if (user.isNational()) {
            throw new AccessDeniedException("Evalueringer hører til den enkelte kommune");
        }
        return user;
    }

    private static LoeftUser admin() {
        LoeftUser user = signedIn();
        if (!user.is(Role.KOMMUNE_ADMIN)) {
            throw new AccessDeniedException("Kun forvaltningen ændrer evalueringernes spørgsmål");
        }
        return user;
    }
}
