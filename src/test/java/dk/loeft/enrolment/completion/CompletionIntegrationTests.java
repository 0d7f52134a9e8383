package dk.loeft.enrolment.completion;

import static dk.loeft.testing.TestUsers.actingAs;
import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.as;
import static dk.loeft.testing.TestUsers.leader;
import static dk.loeft.testing.TestUsers.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.loeft.IntegrationTest;
import dk.loeft.catalog.CourseSession;
import dk.loeft.catalog.Offering;
import dk.loeft.catalog.OfferingModule;
import dk.loeft.coverage.CoverageService;
import dk.loeft.enrolment.Outcome;
import dk.loeft.enrolment.Participation;
import dk.loeft.enrolment.ParticipationStatus;
import dk.loeft.enrolment.Participations;
import dk.loeft.institution.Institution;
import dk.loeft.plan.InitiativeKind;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.staff.Education;
import dk.loeft.staff.StaffMember;
import dk.loeft.staff.StaffService;
import dk.loeft.testing.KommuneFixture;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Attendance, results, corrections, the provider's file, progress and certificates on the real
 * database, through the services, the pages and the API, in kommune 260 (with 265 as the other
 * kommune whose ids must not be reachable).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompletionIntegrationTests {

    static final int K = 260;
    static final int OTHER = 265;

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    AttendanceRegister attendance;

    @Autowired
    Completions completions;

    @Autowired
    ProgressRegister progress;

    @Autowired
    Participations participations;

    @Autowired
    StaffService staffService;

    @Autowired
    CoverageService coverage;

    CompletionFixture f;
    KommuneFixture k;
    Institution institution;
    LocalDate today;

    @BeforeAll
    void kommune() {
        k = new KommuneFixture(K, context);
        f = new CompletionFixture(K, context);
        institution = k.institution("Fuldførelse", null);
        today = LocalDate.now(clock);
    }

    private Offering learningDays(String title) {
        return f.learningDays(title, today.minusMonths(2));
    }

    private Participation participation(UUID id) {
        return actingAs(admin(K), () -> participations.get(id));
    }

    private StaffMember member(UUID id) {
        return actingAs(admin(K), () -> staffService.get(id));
    }

    private int count(String sql, UUID id) {
        return Tenancy.runAs(
                Tenancy.ALL,
                () -> jdbc.sql(sql).param("id", id).query(Integer.class).single());
    }

    @Test
    void attendanceIsTakenForEverySeatedParticipantAndSessionAndABadGridSavesNothing() {
        Offering offering = learningDays("Fremmøde");
        UUID anna = f.seat(offering, f.person("Anna Fremmøde", institution.id(), 30, null), institution.id());
        UUID bo = f.seat(offering, f.person("Bo Fremmøde", institution.id(), 30, null), institution.id());
        UUID waiting = f.courses.participation(
                offering.id(),
                f.person("Cecilie Venter", institution.id(), 30, null).id(),
                institution.id(),
                "WAITLISTED");
        List<CourseSession> sessions = offering.sessions();

        AttendanceSheet sheet = actingAs(
                admin(K),
                () -> attendance.record(
                        offering.id(),
                        List.of(
                                new AttendanceMark(anna, sessions.get(0).id(), AttendanceStatus.PRESENT, null),
                                new AttendanceMark(anna, sessions.get(1).id(), AttendanceStatus.EXCUSED, "Syg barn"),
                                new AttendanceMark(anna, sessions.get(2).id(), AttendanceStatus.PRESENT, "ignoreres"),
                                new AttendanceMark(bo, sessions.get(0).id(), AttendanceStatus.ABSENT, null))));

        assertThat(sheet.participants())
                .extracting(Participant::participationId)
                .containsExactlyInAnyOrder(anna, bo);
        assertThat(sheet.share(anna)).isEqualTo(new AttendanceShare(2, 3));
        assertThat(sheet.share(anna).share()).isEqualByComparingTo("0.6667");
        assertThat(sheet.share(bo)).isEqualTo(new AttendanceShare(0, 1));
        assertThat(sheet.mark(anna, sessions.get(1).id()).reason()).isEqualTo("Syg barn");
        assertThat(sheet.mark(anna, sessions.get(2).id()).reason()).isNull();

        assertThatThrownBy(() -> actingAs(
                        admin(K),
                        () -> attendance.record(
                                offering.id(),
                                List.of(
                                        new AttendanceMark(bo, sessions.get(1).id(), AttendanceStatus.PRESENT, null),
                                        new AttendanceMark(bo, sessions.get(2).id(), AttendanceStatus.EXCUSED, " "),
                                        new AttendanceMark(
                                                waiting, sessions.get(0).id(), AttendanceStatus.PRESENT, null)))))
                .isInstanceOfSatisfying(MarksRejectedException.class, e -> assertThat(e.errors())
                        .extracting(CellError::key)
                        .containsExactly("enrolment.attendance.error.reason", "enrolment.attendance.error.unknown"));
        assertThat(count("select count(*) from attendance where participation = :id", bo))
                .isEqualTo(1);

        actingAs(
                admin(K),
                () -> attendance.record(
                        offering.id(),
                        List.of(new AttendanceMark(bo, sessions.get(0).id(), null, null))));
        assertThat(count("select count(*) from attendance where participation = :id", bo))
                .isZero();
    }

    @Test
    void theAttendancePageSavesTheGridAndMarksEveryoneNotYetRegisteredPresentInOneClick() throws Exception {
        Offering offering = learningDays("Fremmødeside");
        UUID anna = f.seat(offering, f.person("Anna Side", institution.id(), 30, null), institution.id());
        UUID bo = f.seat(offering, f.person("Bo Side", institution.id(), 30, null), institution.id());
        String path = "/gennemfoerelse/udbud/" + offering.id() + "/fremmoede";
        UUID first = offering.sessions().get(0).id();
        UUID second = offering.sessions().get(1).id();

        mvc.perform(get(path).with(as(admin(K))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Anna Side")));
        mvc.perform(post(path)
                        .with(csrf())
                        .with(as(admin(K)))
                        .param("m-" + anna + ":" + first, "EXCUSED")
                        .param("r-" + anna + ":" + first, ""))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Skriv grunden til afbuddet")));
        assertThat(count("select count(*) from attendance where participation = :id", anna))
                .isZero();

        mvc.perform(post(path)
                        .with(csrf())
                        .with(as(admin(K)))
                        .param("m-" + anna + ":" + first, "EXCUSED")
                        .param("r-" + anna + ":" + first, "Kursus andetsteds"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(path + "/alle").with(csrf()).with(as(admin(K))).param("session", first.toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(path + "/alle").with(csrf()).with(as(admin(K))).param("session", second.toString()))
                .andExpect(status().is3xxRedirection());

        AttendanceSheet sheet = actingAs(admin(K), () -> attendance.sheet(offering.id()));
        assertThat(sheet.mark(anna, first).status()).isEqualTo(AttendanceStatus.EXCUSED);
        assertThat(sheet.mark(bo, first).status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(sheet.share(anna)).isEqualTo(new AttendanceShare(1, 2));
        assertThat(sheet.share(bo)).isEqualTo(new AttendanceShare(2, 2));
    }

    @Test
    void aPassedDiplomaModuleAddsItsModuleToThePersonAndACorrectionTakesItOutAgain() {
        Offering module = f.diplomaModule("Diplommodul", today.minusMonths(4), 10);
        StaffMember anna = f.person("Anna Modul", institution.id(), 37, null);
        UUID seat = f.seat(module, anna, institution.id());

        Participation done = actingAs(
                admin(K),
                () -> completions.complete(
                        seat, 0, new CompletionCommand(Outcome.PASSED, today.minusDays(3), null, null)));

        assertThat(done.status()).isEqualTo(ParticipationStatus.COMPLETED);
        assertThat(done.ectsAwarded()).isEqualTo(10);
        assertThat(member(anna.id()).diplomaModules())
                .extracting(StaffMember.DiplomaModule::name, StaffMember.DiplomaModule::ects)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        module.modules().getFirst().name(), 10));
        assertThatThrownBy(() -> actingAs(
                        admin(K),
                        () -> completions.complete(
                                seat, done.version(), new CompletionCommand(Outcome.FAILED, today, null, null))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("enrolment.completion.error.alreadyCompleted"));

        Participation corrected = actingAs(admin(K), () -> completions.correct(seat, done.version(), "Forkert person"));

        assertThat(corrected.status()).isEqualTo(ParticipationStatus.ENROLLED);
        assertThat(corrected.outcome()).isNull();
        assertThat(member(anna.id()).diplomaModules()).isEmpty();
        assertThat(count(
                        "select count(*) from completion_entry where participation = :id and correction_reason = 'Forkert person'",
                        seat))
                .isEqualTo(1);
        Participation failed = actingAs(
                admin(K),
                () -> completions.complete(
                        seat, corrected.version(), new CompletionCommand(Outcome.FAILED, today, null, null)));
        assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(member(anna.id()).diplomaModules()).isEmpty();
    }

    @Test
    void onlyASeatedParticipationCompletesAndAStaleVersionChangesNothing() {
        Offering offering = learningDays("Venteliste");
        StaffMember bo = f.person("Bo Venter", institution.id(), 30, null);
        UUID waiting = f.courses.participation(offering.id(), bo.id(), institution.id(), "WAITLISTED");
        assertThatThrownBy(() -> actingAs(
                        admin(K),
                        () -> completions.complete(
                                waiting, 0, new CompletionCommand(Outcome.PASSED, today, null, null))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("enrolment.completion.error.notSeated"));

        UUID seat = f.seat(learningDays("Forældet"), bo, institution.id());
        assertThatThrownBy(() -> actingAs(
                        admin(K),
                        () -> completions.complete(seat, 7, new CompletionCommand(Outcome.PASSED, today, null, null))))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        assertThat(participation(seat).status()).isEqualTo(ParticipationStatus.ENROLLED);
        assertThat(count("select count(*) from completion_entry where participation = :id", seat))
                .isZero();
    }

    @Test
    void passingPauRaisesTheEducatedShareOnTheInstitutionsCoveragePage() throws Exception {
        Institution house = k.institution("Dækningshuset", null);
        f.person("Pia Pædagog", house.id(), 37, Education.PAEDAGOG);
        StaffMember mads = f.person("Mads Medhjælper", house.id(), 37, null);
        Offering pau = f.programme(InitiativeKind.PAU_EUV1, today.minusMonths(10), List.of());
        UUID seat = f.seat(pau, mads, house.id());
        YearMonth month = YearMonth.from(today);

        BigDecimal before = share(house);
        mvc.perform(get("/institutioner/" + house.id()).with(as(admin(K))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("50,0 %")));

        actingAs(
                admin(K),
                () -> completions.complete(seat, 0, new CompletionCommand(Outcome.PASSED, today, null, null)));

        assertThat(before).isEqualByComparingTo("0.5");
        assertThat(share(house)).isEqualByComparingTo("1");
        assertThat(member(mads.id()).educations())
                .extracting(StaffMember.EducationRecord::education, StaffMember.EducationRecord::completedYear)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Education.PAU, month.getYear()));
        assertThat(member(mads.id()).role())
                .as("the post follows the employment, not the result")
                .isEqualTo(dk.loeft.staff.StaffRole.PAEDAGOGMEDHJAELPER);
        mvc.perform(get("/institutioner/" + house.id()).with(as(admin(K))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("100,0 %")));

        actingAs(admin(K), () -> completions.correct(seat, participation(seat).version(), "Var ikke bestået endnu"));
        assertThat(share(house)).isEqualByComparingTo("0.5");
    }

    private BigDecimal share(Institution house) {
        YearMonth month = YearMonth.from(today);
        return actingAs(admin(K), () -> coverage.institutionCoverageByMonth(house.id(), month, month)
                .getFirst()
                .coverage()
                .share());
    }

    @Test
    void resultsForManyAtOnceAreSavedAllOrNothing() {
        Offering offering = learningDays("Mange");
        UUID anna = f.seat(offering, f.person("Anna Mange", institution.id(), 30, null), institution.id());
        UUID bo = f.seat(offering, f.person("Bo Mange", institution.id(), 30, null), institution.id());
        Map<UUID, Completions.Versioned> results = new LinkedHashMap<>();
        results.put(anna, new Completions.Versioned(0, new CompletionCommand(Outcome.PASSED, today, null, null)));
        results.put(bo, new Completions.Versioned(0, new CompletionCommand(Outcome.DROPPED_OUT, today, null, null)));

        assertThatThrownBy(() -> actingAs(admin(K), () -> completions.completeMany(offering.id(), results)))
                .isInstanceOfSatisfying(ResultsRejectedException.class, e -> assertThat(e.errors())
                        .extracting(
                                RowError::participationId, r -> r.violation().key())
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(bo, "enrolment.completion.error.reasonRequired")));
        assertThat(participation(anna).status()).isEqualTo(ParticipationStatus.ENROLLED);

        results.put(
                bo, new Completions.Versioned(0, new CompletionCommand(Outcome.DROPPED_OUT, today, null, "Sygdom")));
        assertThat(actingAs(admin(K), () -> completions.completeMany(offering.id(), results)))
                .isEqualTo(2);
        assertThat(participation(bo).outcomeReason()).isEqualTo("Sygdom");
        assertThat(participation(anna).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void theResultsPageSavesSeveralRowsAndShowsTheBrokenRuleWithoutSavingAny() throws Exception {
        Offering offering = learningDays("Resultatside");
        UUID anna = f.seat(offering, f.person("Anna Resultat", institution.id(), 30, null), institution.id());
        UUID bo = f.seat(offering, f.person("Bo Resultat", institution.id(), 30, null), institution.id());
        String path = "/gennemfoerelse/udbud/" + offering.id() + "/resultater";
        mvc.perform(get(path).with(as(admin(K)))).andExpect(status().isOk());

        mvc.perform(post(path)
                        .with(csrf())
                        .with(as(admin(K)))
                        .param("v-" + anna, "0")
                        .param("o-" + anna, "PASSED")
                        .param("d-" + anna, today.toString())
                        .param("v-" + bo, "0")
                        .param("o-" + bo, "FAILED")
                        .param("d-" + bo, today.plusDays(2).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("må ikke ligge efter i dag")));
        assertThat(participation(anna).status()).isEqualTo(ParticipationStatus.ENROLLED);

        mvc.perform(post(path)
                        .with(csrf())
                        .with(as(admin(K)))
                        .param("v-" + anna, "0")
                        .param("o-" + anna, "PASSED")
                        .param("d-" + anna, today.toString())
                        .param("v-" + bo, "0")
                        .param("o-" + bo, "FAILED")
                        .param("d-" + bo, today.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(participation(anna).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(participation(bo).outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aCleanProviderFileRegistersEveryResultAndABadOneWritesNothingAndSaysWhereInDanish() throws Exception {
        Offering module = f.diplomaModule("Importmodul", today.minusMonths(4), 5);
        StaffMember anna = f.person("Anna Import", institution.id(), 37, null);
        StaffMember bo = f.person("Bo Import", institution.id(), 37, null);
        UUID annaSeat = f.seat(module, anna, institution.id());
        UUID boSeat = f.seat(module, bo, institution.id());
        String date = today.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        String api = "/api/v1/enrolment/completion/offerings/" + module.id() + "/outcomes/import";

        String bad = "medarbejdernummer;resultat;dato;ects;begrundelse\n"
                + anna.employeeNumber() + ";bestået;" + date + ";;\n"
                + bo.employeeNumber() + ";afbrudt;" + date + ";;\n"
                + "X-ukendt;bestået;" + date + ";;\n";
        mvc.perform(multipart(api).file(file(bad)).with(csrf()).with(as(admin(K))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.completed").value(0))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("begrundelse"))
                .andExpect(jsonPath("$.errors[0].message").value("Skriv en begrundelse, når deltageren har afbrudt."))
                .andExpect(jsonPath("$.errors[1].row").value(4))
                .andExpect(jsonPath("$.errors[1].message")
                        .value("Medarbejdernummer X-ukendt har ingen plads på udbuddet."));
        mvc.perform(multipart("/gennemfoerelse/udbud/" + module.id() + "/resultater/import")
                        .file(file(bad))
                        .with(csrf())
                        .with(as(admin(K))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Række 3, kolonne begrundelse")));
        assertThat(participation(annaSeat).status()).isEqualTo(ParticipationStatus.ENROLLED);
        assertThat(member(anna.id()).diplomaModules()).isEmpty();
        mvc.perform(multipart(api)
                        .file(new MockMultipartFile("file", "gammel.xls", "application/vnd.ms-excel", new byte[] {
                            (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0
                        }))
                        .with(csrf())
                        .with(as(admin(K))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").doesNotExist());

        String clean = bad.replace("afbrudt;" + date + ";;", "afbrudt;" + date + ";;Fik nyt arbejde")
                .replace("X-ukendt;bestået;" + date + ";;\n", "");
        mvc.perform(multipart(api).file(file(clean)).with(csrf()).with(as(admin(K))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.completed").value(2));
        assertThat(participation(annaSeat).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(participation(boSeat).outcomeReason()).isEqualTo("Fik nyt arbejde");
        assertThat(member(anna.id()).diplomaEcts()).isEqualTo(5);
        assertThat(count(
                        "select count(*) from completion_entry where participation = :id and source = 'IMPORT'",
                        annaSeat))
                .isEqualTo(1);
    }

    private static MockMultipartFile file(String csv) {
        return new MockMultipartFile("file", "resultater.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void meritSemestersAndPdModulesAreRegisteredAndShownToThePersonAndTheirLeader() throws Exception {
        StaffMember eva = f.person("Eva Fremdrift", institution.id(), 37, null);
        Offering merit = f.programme(InitiativeKind.MERIT_NET, today.minusMonths(13), List.of());
        Offering pd = f.programme(
                InitiativeKind.PD_WHOLE, today.minusMonths(25), List.of(new OfferingModule("Afgangsprojekt", 15)));
        UUID meritSeat = f.seat(merit, eva, institution.id());
        UUID pdSeat = f.seat(pd, eva, institution.id());

        actingAs(admin(K), () -> {
            progress.add(
                    meritSeat,
                    new ProgressCommand("1. semester", 30, merit.startDate().plusMonths(5), false));
            progress.add(
                    pdSeat,
                    new ProgressCommand(
                            "Pædagogisk viden og forskning", 10, pd.startDate().plusMonths(6), false));
        });
        assertThatThrownBy(() -> actingAs(
                        admin(K), () -> progress.add(meritSeat, new ProgressCommand("1. semester", 30, today, false))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("enrolment.progress.error.twice"));
        assertThatThrownBy(() ->
                        actingAs(admin(K), () -> progress.add(pdSeat, new ProgressCommand("Praktik", 0, today, true))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("enrolment.progress.error.creditOnlyMerit"));

        PersonProgress shown = actingAs(staff(K, eva.id()), () -> progress.ofPerson(eva.id()));
        PersonProgress.ProgrammeLine meritLine = shown.programmes().stream()
                .filter(l -> l.offering().id().equals(merit.id()))
                .findFirst()
                .orElseThrow();
        assertThat(meritLine.merit().passed()).isEqualTo(1);
        assertThat(meritLine.merit().expectedByNow()).isEqualTo(2);
        assertThat(meritLine.merit().behind()).isTrue();
        assertThat(shown.pd().ects()).isEqualTo(10);
        assertThat(shown.pd().deadline()).isEqualTo(pd.startDate().plusYears(6).minusDays(1));
        assertThat(shown.pd().atRisk())
                .as("10 ECTS in two years: 12 years at this pace")
                .isTrue();
        assertThat(shown.warning()).isTrue();
        assertThat(member(eva.id()).diplomaModules())
                .extracting(StaffMember.DiplomaModule::name)
                .containsExactly("Pædagogisk viden og forskning");

        mvc.perform(get("/mine-kurser/fremdrift").with(as(staff(K, eva.id()))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("10 af 60 ECTS")));
        mvc.perform(get("/medarbejdere/" + eva.id() + "/fremdrift").with(as(leader(K, institution.id()))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("1 af 6 semestre")));
        mvc.perform(get("/fremdrift").with(as(leader(K, institution.id()))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Eva Fremdrift")));
        Institution elsewhere = k.institution("Et andet sted", null);
        mvc.perform(get("/medarbejdere/" + eva.id() + "/fremdrift").with(as(leader(K, elsewhere.id()))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/fremdrift").with(as(leader(K, elsewhere.id()))))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Eva Fremdrift"))));
        mvc.perform(get("/api/v1/enrolment/completion/staff/" + eva.id() + "/progress")
                        .with(as(admin(K))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pd.ects").value(10))
                .andExpect(jsonPath("$.warning").value(true));
    }

    @Test
    void theCertificateIsAPdfForAPassAndNothingElse() throws Exception {
        Offering offering = learningDays("Kursusbevis");
        StaffMember anna = f.person("Anna Bevis", institution.id(), 30, null);
        UUID seat = f.seat(offering, anna, institution.id());
        String path = "/gennemfoerelse/deltagelser/" + seat + "/kursusbevis.pdf";
        mvc.perform(get(path).with(as(staff(K, anna.id())))).andExpect(status().is4xxClientError());

        actingAs(
                admin(K),
                () -> completions.complete(seat, 0, new CompletionCommand(Outcome.PASSED, today, null, null)));

        byte[] pdf = mvc.perform(get(path).with(as(staff(K, anna.id()))))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        mvc.perform(get("/api/v1/enrolment/completion/participations/" + seat + "/certificate.pdf")
                        .with(as(admin(K))))
                .andExpect(status().isOk());
        StaffMember other = f.person("Ole Anden", institution.id(), 30, null);
        mvc.perform(get(path).with(as(staff(K, other.id())))).andExpect(status().isNotFound());
    }

    @Test
    void anotherKommunesOfferingsParticipationsAndPeopleAreNotFound() throws Exception {
        KommuneFixture b = new KommuneFixture(OTHER, context);
        CompletionFixture g = new CompletionFixture(OTHER, context);
        Institution theirs = b.institution("Anden kommune", null);
        StaffMember person = g.person("Fremmed Person", theirs.id(), 30, null);
        Offering offering = g.learningDays("Fremmed", today.minusMonths(2));
        UUID seat = g.seat(offering, person, theirs.id());

        for (String path : List.of(
                "/gennemfoerelse/udbud/" + offering.id() + "/fremmoede",
                "/gennemfoerelse/udbud/" + offering.id() + "/resultater",
                "/gennemfoerelse/deltagelser/" + seat,
                "/gennemfoerelse/deltagelser/" + seat + "/kursusbevis.pdf",
                "/medarbejdere/" + person.id() + "/fremdrift",
                "/api/v1/enrolment/completion/offerings/" + offering.id() + "/attendance",
                "/api/v1/enrolment/completion/participations/" + seat,
                "/api/v1/enrolment/completion/staff/" + person.id() + "/progress")) {
            mvc.perform(get(path).with(as(admin(K)))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/api/v1/enrolment/completion/participations/" + seat + "/outcome")
                        .with(csrf())
                        .with(as(admin(K)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"outcome\": \"PASSED\", \"on\": \"%s\"}".formatted(today)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/gennemfoerelse/udbud/" + offering.id() + "/fremmoede/alle")
                        .with(csrf())
                        .with(as(admin(K)))
                        .param("session", offering.sessions().getFirst().id().toString()))
                .andExpect(status().isNotFound());
        assertThat(count("select count(*) from attendance where participation = :id", seat))
                .isZero();
        assertThat(Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql("select status from participation where id = :id")
                        .param("id", seat)
                        .query(String.class)
                        .single()))
                .isEqualTo("ENROLLED");
    }

    @Test
    void onlyTheForvaltningRegistersAttendanceAndResults() throws Exception {
        Offering offering = learningDays("Roller");
        StaffMember anna = f.person("Anna Rolle", institution.id(), 30, null);
        UUID seat = f.seat(offering, anna, institution.id());
        for (var user :
                List.of(leader(K, institution.id()), staff(K, anna.id()), dk.loeft.testing.TestUsers.finance(K))) {
            mvc.perform(get("/gennemfoerelse/udbud/" + offering.id() + "/fremmoede")
                            .with(as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/enrolment/completion/participations/" + seat + "/outcome")
                            .with(csrf())
                            .with(as(user))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"version\": 0, \"outcome\": \"PASSED\", \"on\": \"%s\"}".formatted(today)))
                    .andExpect(status().is4xxClientError());
        }
        assertThat(participation(seat).status()).isEqualTo(ParticipationStatus.ENROLLED);
        mvc.perform(post("/api/v1/enrolment/completion/participations/" + seat + "/outcome")
                        .with(csrf())
                        .with(as(admin(K)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"outcome\": \"DROPPED_OUT\", \"on\": \"%s\"}".formatted(today)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Skriv en begrundelse, når deltageren har afbrudt."));
    }
}
