package dk.loeft.enrolment.evaluation;

import static dk.loeft.testing.TestUsers.actingAs;
import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.as;
import static dk.loeft.testing.TestUsers.finance;
import static dk.loeft.testing.TestUsers.leader;
import static dk.loeft.testing.TestUsers.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.loeft.IntegrationTest;
import dk.loeft.catalog.Offering;
import dk.loeft.catalog.OfferingDetails;
import dk.loeft.catalog.Provider;
import dk.loeft.enrolment.completion.ProgressCommand;
import dk.loeft.enrolment.completion.ProgressPart;
import dk.loeft.enrolment.completion.ProgressRegister;
import dk.loeft.institution.Institution;
import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.staff.StaffMember;
import dk.loeft.testing.CourseFixture;
import dk.loeft.testing.KommuneFixture;
import dk.loeft.testing.PlanFixture;
import dk.loeft.testing.RoedovrePlan;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationIntegrationTests {

    static final int KOMMUNE = 269;
    static final int OTHER = 316;

    @Autowired
    ApplicationContext context;

    @Autowired
    Evaluations evaluations;

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    KommuneFixture kommune;
    CourseFixture courses;
    Institution institution;
    Institution otherInstitution;
    Provider provider;
    LocalDate today;

    @BeforeAll
    void createKommune() {
        kommune = new KommuneFixture(KOMMUNE, context);
        courses = new CourseFixture(KOMMUNE, context);
        institution = kommune.institution("Evalueringshuset", null);
        otherInstitution = kommune.institution("Nabohuset", null);
        provider = courses.provider("UC Evaluering");
        PlanFixture.draft(context.getBean(dk.loeft.plan.Plans.class), KOMMUNE);
        today = LocalDate.now(clock);
    }

    @Test
    void theParticipantAndTheirLeaderEachAnswerOnceAfterTheCourseHasEnded() {
        StaffMember person = kommune.staffMember("Deltager", institution.id());
        UUID participation = seated(ended("Afsluttet"), person);

        assertThat(actingAs(staff(KOMMUNE, person.id()), () -> evaluations.open()))
                .extracting(OpenEvaluation::participationId, OpenEvaluation::audience)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(participation, Audience.PARTICIPANT));
        assertThat(actingAs(leader(KOMMUNE, institution.id()), () -> evaluations.open()))
                .extracting(OpenEvaluation::participationId)
                .contains(participation);

        actingAs(
                staff(KOMMUNE, person.id()),
                () -> evaluations.answer(
                        participation, Audience.PARTICIPANT, participantAnswers(5, 4, 3, 2, "Godt forløb")));
        actingAs(
                leader(KOMMUNE, institution.id()),
                () -> evaluations.answer(participation, Audience.LEADER, leaderAnswers(4, 4, 4, "")));

        assertThatThrownBy(() -> actingAs(
                        staff(KOMMUNE, person.id()),
                        () -> evaluations.answer(
                                participation, Audience.PARTICIPANT, participantAnswers(1, 1, 1, 1, ""))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("enrolment.evaluation.error.answered");
        assertThatThrownBy(() -> actingAs(
                        leader(KOMMUNE, institution.id()), () -> evaluations.form(participation, Audience.LEADER)))
                .hasMessage("enrolment.evaluation.error.answered");
        assertThat(actingAs(staff(KOMMUNE, person.id()), () -> evaluations.open()))
                .isEmpty();
    }

    @Test
    void eachPassedSemesterOfAMeritProgrammeOpensItsOwnEvaluationForParticipantAndLeaderBeforeTheProgrammeEnds()
            throws Exception {
        StaffMember person = kommune.staffMember("Meritstuderende", institution.id());
        Offering merit = meritProgramme(provider, "Merit som pædagog", today.minusDays(200), today.plusDays(500));
        UUID participation = seated(merit, person);
        ProgressPart first = passed(participation, "1. semester", today.minusDays(10), false);
        ProgressPart credited = passed(participation, "2. semester", today.minusDays(5), true);

        assertThat(actingAs(staff(KOMMUNE, person.id()), () -> evaluations.open()))
                .extracting(
                        OpenEvaluation::participationId,
                        OpenEvaluation::progressPartId,
                        OpenEvaluation::audience,
                        OpenEvaluation::offeringTitle)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        participation, first.id(), Audience.PARTICIPANT, merit.title() + " – 1. semester"));
        assertThat(actingAs(leader(KOMMUNE, institution.id()), () -> evaluations.open()))
                .filteredOn(e -> e.participationId().equals(participation))
                .extracting(OpenEvaluation::progressPartId, OpenEvaluation::audience)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first.id(), Audience.LEADER));
        assertThatThrownBy(() -> actingAs(
                        staff(KOMMUNE, person.id()), () -> evaluations.form(participation, Audience.PARTICIPANT)))
                .hasMessage("enrolment.evaluation.error.notEnded");
        assertThatThrownBy(() -> actingAs(
                        staff(KOMMUNE, person.id()),
                        () -> evaluations.form(participation, Audience.PARTICIPANT, credited.id())))
                .isInstanceOf(NotFoundException.class);

        mvc.perform(get("/evalueringer/" + participation + "/deltager")
                        .param("del", first.id().toString())
                        .with(as(staff(KOMMUNE, person.id()))))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("1. semester")));
        mvc.perform(post("/evalueringer/" + participation + "/deltager")
                        .with(as(staff(KOMMUNE, person.id())))
                        .with(csrf())
                        .param("del", first.id().toString())
                        .param("score0", "5")
                        .param("score1", "4")
                        .param("score2", "4")
                        .param("score3", "3")
                        .param("comment4", "Godt semester"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/enrolment/evaluations/" + participation + "/answers")
                        .with(as(leader(KOMMUNE, institution.id())))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"audience": "LEADER", "progressPart": "%s",
                                 "answers": [{"score": 4}, {"score": 4}, {"score": 3}, {"comment": ""}]}""".formatted(first.id())))
                .andExpect(status().isCreated());

        assertThatThrownBy(() -> actingAs(
                        staff(KOMMUNE, person.id()),
                        () -> evaluations.answer(
                                participation, Audience.PARTICIPANT, first.id(), participantAnswers(1, 1, 1, 1, ""))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("enrolment.evaluation.error.answered");
        mvc.perform(post("/api/v1/enrolment/evaluations/" + participation + "/answers")
                        .with(as(leader(KOMMUNE, institution.id())))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"audience": "LEADER", "progressPart": "%s",
                                 "answers": [{"score": 1}, {"score": 1}, {"score": 1}, {"comment": ""}]}""".formatted(first.id())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        jsonPath("$.detail").value("Evalueringen er allerede besvaret. Den kan kun besvares én gang."));
        assertThat(actingAs(staff(KOMMUNE, person.id()), () -> evaluations.open()))
                .isEmpty();
    }

    @Test
    void aSemesterEvaluationIsNeitherOpenForAnotherParticipationNorForAnotherKommune() {
        StaffMember person = kommune.staffMember("Semester", institution.id());
        UUID participation =
                seated(meritProgramme(provider, "Merit på nettet", today.minusDays(200), today.plusDays(500)), person);
        ProgressPart first = passed(participation, "1. semester", today.minusDays(10), false);
        UUID other = seated(ended("Andet forløb"), person);

        assertThatThrownBy(() -> actingAs(
                        staff(KOMMUNE, person.id()), () -> evaluations.form(other, Audience.PARTICIPANT, first.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> actingAs(
                        staff(OTHER, person.id()),
                        () -> evaluations.form(participation, Audience.PARTICIPANT, first.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> actingAs(
                        leader(OTHER, institution.id()),
                        () -> evaluations.answer(
                                participation, Audience.LEADER, first.id(), leaderAnswers(4, 4, 4, ""))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theFinalEvaluationOfAProgrammeStaysSeparateFromItsSemestersAndTheRateCountsBoth() {
        Provider own = courses.provider("UC Semestre");
        StaffMember person = kommune.staffMember("Færdig", institution.id());
        UUID participation =
                seated(meritProgramme(own, "PAU som EUV1", today.minusDays(400), today.minusDays(1)), person);
        ProgressPart first = passed(participation, "1. semester", today.minusDays(200), false);

        assertThat(actingAs(staff(KOMMUNE, person.id()), () -> evaluations.open()))
                .extracting(OpenEvaluation::progressPartId)
                .containsExactlyInAnyOrder(null, first.id());
        actingAs(
                staff(KOMMUNE, person.id()),
                () -> evaluations.answer(
                        participation, Audience.PARTICIPANT, first.id(), participantAnswers(2, 2, 2, 2, "")));
        assertThat(actingAs(staff(KOMMUNE, person.id()), () -> evaluations.open()))
                .extracting(OpenEvaluation::participationId, OpenEvaluation::progressPartId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(participation, null));
        actingAs(
                staff(KOMMUNE, person.id()),
                () -> evaluations.answer(participation, Audience.PARTICIPANT, participantAnswers(4, 4, 4, 4, "")));
        assertThat(actingAs(staff(KOMMUNE, person.id()), () -> evaluations.open()))
                .isEmpty();

        EvaluationSummary.Group group = byProvider(actingAs(admin(KOMMUNE), () -> evaluations.summary()), own);
        assertThat(group.evaluable()).isEqualTo(2);
        assertThat(group.participantResponses()).isEqualTo(2);
        assertThat(group.participantRate()).isEqualByComparingTo("1");
        assertThat(group.leaderRate()).isEqualByComparingTo("0");
        assertThat(group.participant().getFirst().average()).isEqualByComparingTo("3.00");
    }

    @Test
    void nobodyAnswersBeforeTheEndOrWithoutASeat() {
        StaffMember person = kommune.staffMember("Tidlig", institution.id());
        Offering running = published("Igangværende", today.minusDays(7));
        UUID early = seated(running, person);
        StaffMember waiting = kommune.staffMember("Venteliste", institution.id());
        UUID waitListed = courses.participation(ended("Fuldt hold").id(), waiting.id(), institution.id(), "WAITLISTED");

        assertThatThrownBy(() ->
                        actingAs(staff(KOMMUNE, person.id()), () -> evaluations.form(early, Audience.PARTICIPANT)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("enrolment.evaluation.error.notEnded");
        assertThatThrownBy(() -> actingAs(
                        staff(KOMMUNE, waiting.id()), () -> evaluations.form(waitListed, Audience.PARTICIPANT)))
                .hasMessage("enrolment.evaluation.error.notSeated");
        assertThat(actingAs(staff(KOMMUNE, person.id()), () -> evaluations.open()))
                .isEmpty();
    }

    @Test
    void onlyTheParticipantAndALeaderOfTheirInstitutionMayAnswerAndAnotherKommuneGets404() {
        StaffMember person = kommune.staffMember("Ejer", institution.id());
        StaffMember colleague = kommune.staffMember("Kollega", institution.id());
        UUID participation = seated(ended("Kun mine"), person);

        assertThatThrownBy(() -> actingAs(
                        staff(KOMMUNE, colleague.id()), () -> evaluations.form(participation, Audience.PARTICIPANT)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> actingAs(
                        leader(KOMMUNE, otherInstitution.id()), () -> evaluations.form(participation, Audience.LEADER)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        actingAs(staff(KOMMUNE, person.id()), () -> evaluations.form(participation, Audience.LEADER)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> actingAs(
                        staff(OTHER, person.id()), () -> evaluations.form(participation, Audience.PARTICIPANT)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> actingAs(
                        leader(OTHER, institution.id()), () -> evaluations.form(participation, Audience.LEADER)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void badAnswersAreRefusedInDanishAndChangeNothing() throws Exception {
        StaffMember person = kommune.staffMember("Forkert", institution.id());
        UUID participation = seated(ended("Forkerte svar"), person);

        assertThatThrownBy(() -> actingAs(
                        staff(KOMMUNE, person.id()),
                        () -> evaluations.answer(
                                participation,
                                Audience.PARTICIPANT,
                                List.of(
                                        new Evaluations.Answer(5, null),
                                        new Evaluations.Answer(6, null),
                                        new Evaluations.Answer(3, null),
                                        new Evaluations.Answer(3, null),
                                        new Evaluations.Answer(null, "")))))
                .hasMessage("enrolment.evaluation.error.score");
        mvc.perform(post("/api/v1/enrolment/evaluations/" + participation + "/answers")
                        .with(as(staff(KOMMUNE, person.id())))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"audience": "PARTICIPANT", "answers": [{"score": 5}, {"score": 4}, {}, {"score": 1}, {"comment": "x"}]}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Vælg et svar fra 1 til 5 på spørgsmål 3."));
        mvc.perform(post("/evalueringer/" + participation + "/deltager")
                        .with(as(staff(KOMMUNE, person.id())))
                        .with(csrf())
                        .param("score0", "5")
                        .param("score1", "9"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Vælg et svar fra 1 til 5 på spørgsmål 2.")));
        assertThat(actingAs(staff(KOMMUNE, person.id()), () -> evaluations.open()))
                .extracting(OpenEvaluation::participationId)
                .containsExactly(participation);
        mvc.perform(post("/api/v1/enrolment/evaluations/" + participation + "/answers")
                        .with(as(staff(OTHER, person.id())))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void resultsShowExactAveragesResponseRatesAndNamesOnCommentsOnlyForTheForvaltning() throws Exception {
        Provider own = courses.provider("UC Resultater");
        Offering offering = courses.published(
                withInitiative(courses.details(own.id(), "Resultater", today.minusDays(40), 10, 0, Map.of()), null));
        StaffMember anna = kommune.staffMember("Anna", institution.id());
        StaffMember bo = kommune.staffMember("Bo", institution.id());
        StaffMember carl = kommune.staffMember("Carl", institution.id());
        UUID a = seated(offering, anna);
        UUID b = seated(offering, bo);
        seated(offering, carl);

        actingAs(
                staff(KOMMUNE, anna.id()),
                () -> evaluations.answer(
                        a, Audience.PARTICIPANT, participantAnswers(5, 4, 3, 2, "Meget inspirerende")));
        actingAs(
                staff(KOMMUNE, bo.id()),
                () -> evaluations.answer(b, Audience.PARTICIPANT, participantAnswers(4, 4, 4, 5, "")));
        actingAs(
                leader(KOMMUNE, institution.id()),
                () -> evaluations.answer(a, Audience.LEADER, leaderAnswers(3, 4, 2, "Svært at skaffe vikar")));

        EvaluationSummary.Group group = byProvider(actingAs(admin(KOMMUNE), () -> evaluations.summary()), own);
        assertThat(group.evaluable()).isEqualTo(3);
        assertThat(group.participantResponses()).isEqualTo(2);
        assertThat(group.leaderResponses()).isEqualTo(1);
        assertThat(group.participantRate()).isEqualByComparingTo("0.6667");
        assertThat(group.participant())
                .extracting(EvaluationSummary.QuestionResult::average)
                .containsExactly(
                        new BigDecimal("4.50"),
                        new BigDecimal("4.00"),
                        new BigDecimal("3.50"),
                        new BigDecimal("3.50"),
                        null);
        assertThat(group.participant().get(4).comments())
                .containsExactly(new EvaluationSummary.Comment("Meget inspirerende", anna.name()));
        assertThat(group.leader().get(3).comments().getFirst().by()).contains(anna.name());

        EvaluationSummary.Group anonymous =
                byProvider(actingAs(leader(KOMMUNE, otherInstitution.id()), () -> evaluations.summary()), own);
        assertThat(anonymous.participant().get(4).comments())
                .containsExactly(new EvaluationSummary.Comment("Meget inspirerende", null));
        assertThat(byProvider(actingAs(finance(KOMMUNE), () -> evaluations.summary()), own)
                        .leader()
                        .get(3)
                        .comments())
                .extracting(EvaluationSummary.Comment::by)
                .containsOnlyNulls();
        assertThat(actingAs(admin(OTHER), () -> evaluations.summary().byProvider()))
                .extracting(EvaluationSummary.Group::name)
                .doesNotContain(own.name());
        assertThatThrownBy(() -> actingAs(staff(KOMMUNE, anna.id()), () -> evaluations.summary()))
                .isInstanceOf(AccessDeniedException.class);

        byte[] xlsx = mvc.perform(get("/evalueringer/resultater.xlsx").with(as(admin(KOMMUNE))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheet("Pr. udbyder");
            boolean found = false;
            for (var row : sheet) {
                if (row.getCell(0).getStringCellValue().equals(own.name())
                        && row.getCell(4).getStringCellValue().startsWith("Hvor stort har dit udbytte")) {
                    assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(4.5);
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
        mvc.perform(get("/api/v1/enrolment/evaluations/summary").with(as(finance(KOMMUNE))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.byProvider[?(@.name == '" + own.name() + "')].participantResponses")
                        .value(2));
    }

    @Test
    void theForvaltningSetsQuestionsPerInitiativeUnderALockAndBadQuestionsAreRefused() {
        UUID initiative = RoedovrePlan.SHORT_COURSES;
        QuestionSet current = actingAs(admin(KOMMUNE), () -> evaluations.questions(initiative));
        List<Question> participant = List.of(
                new Question(QuestionKind.SCALE, "Hvor meget bruger du sprogstrategien nu?"),
                new Question(QuestionKind.TEXT, "Hvad mangler du?"));
        List<Question> leader = List.of(new Question(QuestionKind.SCALE, "Ser du forskel i praksis?"));

        QuestionSet saved = actingAs(
                admin(KOMMUNE), () -> evaluations.saveQuestions(initiative, current.version(), participant, leader));
        assertThat(saved.standard()).isFalse();
        assertThat(saved.participant()).isEqualTo(participant);

        StaffMember person = kommune.staffMember("Sprog", institution.id());
        Offering offering = courses.published(withInitiative(
                courses.details(provider.id(), "Sprogstrategi", today.minusDays(30), 10, 0, Map.of()), initiative));
        UUID participation = seated(offering, person);
        assertThat(actingAs(staff(KOMMUNE, person.id()), () -> evaluations.form(participation, Audience.PARTICIPANT))
                        .questions())
                .isEqualTo(participant);

        assertThatThrownBy(() -> actingAs(
                        admin(KOMMUNE),
                        () -> evaluations.saveQuestions(initiative, current.version(), participant, leader)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> actingAs(
                        admin(KOMMUNE),
                        () -> evaluations.saveQuestions(initiative, saved.version(), List.of(), leader)))
                .hasMessage("enrolment.evaluation.error.questionCount");
        assertThatThrownBy(() -> actingAs(
                        admin(KOMMUNE),
                        () -> evaluations.saveQuestions(
                                initiative, saved.version(), List.of(new Question(QuestionKind.SCALE, "  ")), leader)))
                .hasMessage("enrolment.evaluation.error.questionText");
        assertThat(actingAs(admin(KOMMUNE), () -> evaluations.questions(initiative)))
                .isEqualTo(saved);
        assertThatThrownBy(() -> actingAs(
                        leader(KOMMUNE, institution.id()),
                        () -> evaluations.saveQuestions(initiative, saved.version(), participant, leader)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        actingAs(admin(OTHER), () -> evaluations.saveQuestions(initiative, 0, participant, leader)))
                .isInstanceOf(NotFoundException.class);
        assertThat(actingAs(admin(OTHER), () -> evaluations.questions(initiative))
                        .standard())
                .isTrue();
    }

    @Test
    void theAnswerPageTakesAnswersAndTheResultsPageShowsThem() throws Exception {
        StaffMember person = kommune.staffMember("Side", institution.id());
        UUID participation = seated(ended("Sideforløb"), person);

        mvc.perform(get("/evalueringer").with(as(staff(KOMMUNE, person.id()))))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("/evalueringer/" + participation + "/deltager")));
        mvc.perform(post("/evalueringer/" + participation + "/deltager")
                        .with(as(staff(KOMMUNE, person.id())))
                        .with(csrf())
                        .param("score0", "5")
                        .param("score1", "5")
                        .param("score2", "4")
                        .param("score3", "4")
                        .param("comment4", "Tak"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/evalueringer/resultater").with(as(admin(KOMMUNE))))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Tak")));
    }

    @Test
    void theQuestionFormSavesNonEmptyRowsAndShowsADanishErrorForNone() throws Exception {
        UUID initiative = RoedovrePlan.DIPLOMA;
        int version = actingAs(admin(KOMMUNE), () -> evaluations.questions(initiative))
                .version();
        mvc.perform(post("/evalueringer/spoergsmaal/" + initiative)
                        .with(as(admin(KOMMUNE)))
                        .with(csrf())
                        .param("version", Integer.toString(version))
                        .param("participant-kind-0", "TEXT")
                        .param("participant-text-0", "Hvad tager du med hjem?")
                        .param("participant-kind-1", "SCALE")
                        .param("participant-text-1", "")
                        .param("leader-kind-0", "SCALE")
                        .param("leader-text-0", ""))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Skriv mindst ét og højst 12 spørgsmål til både deltagere og ledere.")));
        mvc.perform(post("/evalueringer/spoergsmaal/" + initiative)
                        .with(as(admin(KOMMUNE)))
                        .with(csrf())
                        .param("version", Integer.toString(version))
                        .param("participant-kind-0", "TEXT")
                        .param("participant-text-0", "Hvad tager du med hjem?")
                        .param("participant-kind-1", "SCALE")
                        .param("participant-text-1", "")
                        .param("leader-kind-0", "SCALE")
                        .param("leader-text-0", "Ser du en forskel?"))
                .andExpect(status().is3xxRedirection());
        QuestionSet saved = actingAs(admin(KOMMUNE), () -> evaluations.questions(initiative));
        assertThat(saved.participant()).containsExactly(new Question(QuestionKind.TEXT, "Hvad tager du med hjem?"));
        assertThat(saved.leader()).containsExactly(new Question(QuestionKind.SCALE, "Ser du en forskel?"));
        mvc.perform(post("/evalueringer/spoergsmaal/" + initiative)
                        .with(as(admin(OTHER)))
                        .with(csrf())
                        .param("version", "0")
                        .param("participant-text-0", "Overtaget"))
                .andExpect(status().isNotFound());
    }

    private EvaluationSummary.Group byProvider(EvaluationSummary summary, Provider provider) {
        return summary.byProvider().stream()
                .filter(g -> g.name().equals(provider.name()))
                .findFirst()
                .orElseThrow();
    }

    /** A merit programme (a long programme whose semesters are registered as passed) of the given dates. */
    private Offering meritProgramme(Provider by, String title, LocalDate start, LocalDate end) {
        OfferingDetails d = courses.details(by.id(), title, start, 10, 0, Map.of());
        return courses.published(new OfferingDetails(
                d.providerId(),
                d.title(),
                dk.loeft.catalog.OfferingKind.PROGRAMME,
                dk.loeft.plan.InitiativeKind.MERIT_NET,
                d.planInitiative(),
                d.tailored(),
                d.delivery(),
                d.place(),
                start,
                end,
                d.applicationDeadline(),
                d.cancellationDeadline(),
                d.capacity(),
                d.minimumParticipants(),
                d.priceOere(),
                d.targetRoles(),
                d.targetGroup(),
                d.description(),
                d.format(),
                d.modules(),
                d.sessions(),
                d.quotas()));
    }

    private ProgressPart passed(UUID participation, String part, LocalDate on, boolean credited) {
        return actingAs(admin(KOMMUNE), () -> context.getBean(ProgressRegister.class)
                .add(participation, new ProgressCommand(part, 0, on, credited)));
    }

    private Offering ended(String title) {
        return published(title, today.minusDays(40));
    }

    private Offering published(String title, LocalDate start) {
        return courses.published(courses.details(provider.id(), title, start, 10, 0, Map.of()));
    }

    private UUID seated(Offering offering, StaffMember person) {
        return courses.participation(offering.id(), person.id(), institution.id(), "ENROLLED");
    }

    private static List<Evaluations.Answer> participantAnswers(int a, int b, int c, int d, String comment) {
        return List.of(
                new Evaluations.Answer(a, null),
                new Evaluations.Answer(b, null),
                new Evaluations.Answer(c, null),
                new Evaluations.Answer(d, null),
                new Evaluations.Answer(null, comment));
    }

    private static List<Evaluations.Answer> leaderAnswers(int a, int b, int c, String comment) {
        return List.of(
                new Evaluations.Answer(a, null),
                new Evaluations.Answer(b, null),
                new Evaluations.Answer(c, null),
                new Evaluations.Answer(null, comment));
    }

    static OfferingDetails withInitiative(OfferingDetails d, @Nullable UUID initiative) {
        return new OfferingDetails(
                d.providerId(),
                d.title(),
                d.kind(),
                d.programme(),
                initiative,
                d.tailored(),
                d.delivery(),
                d.place(),
                d.startDate(),
                d.endDate(),
                d.applicationDeadline(),
                d.cancellationDeadline(),
                d.capacity(),
                d.minimumParticipants(),
                d.priceOere(),
                d.targetRoles(),
                d.targetGroup(),
                d.description(),
                d.format(),
                d.modules(),
                d.sessions(),
                d.quotas());
    }
}
