package dk.loeft.platform.tenancy;

import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.as;
import static dk.loeft.testing.TestUsers.finance;
import static dk.loeft.testing.TestUsers.leader;
import static dk.loeft.testing.TestUsers.national;
import static dk.loeft.testing.TestUsers.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dk.loeft.IntegrationTest;
import dk.loeft.institution.Institution;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.staff.StaffMember;
import dk.loeft.testing.KommuneFixture;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Which role may do what, within its own kommune: for each page and endpoint the roles that get an
 * answer (2xx, or a redirect after a successful form) and those that are refused (403, or 404 for
 * something their role may not see). Master data is changed by the forvaltning only.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixIntegrationTests {

    static final int K = 173;

    static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    static final Set<Role> ADMIN = EnumSet.of(Role.KOMMUNE_ADMIN);
    static final Set<Role> READERS = EnumSet.of(Role.NATIONAL, Role.KOMMUNE_ADMIN, Role.FINANCE, Role.LEADER);
    static final Set<Role> USER_ADMINS = EnumSet.of(Role.NATIONAL, Role.KOMMUNE_ADMIN);
    static final Set<Role> NATIONAL = EnumSet.of(Role.NATIONAL);
    static final Set<Role> LEDGER_READERS = EnumSet.of(Role.NATIONAL, Role.KOMMUNE_ADMIN, Role.FINANCE);
    static final Set<Role> BOOKKEEPERS = EnumSet.of(Role.KOMMUNE_ADMIN, Role.FINANCE);
    static final Set<Role> NOMINATORS = EnumSet.of(Role.KOMMUNE_ADMIN, Role.LEADER);
    /** The plan: read by all but staff, written by the forvaltning; its cost lines also by økonomi. */
    static final Set<Role> PLAN_READERS = READERS;

    static final Set<Role> COST_EDITORS = BOOKKEEPERS;
    /** Evaluations: everyone of the kommune answers; results for the forvaltning, økonomi and leaders. */
    static final Set<Role> KOMMUNE_ROLES = EnumSet.of(Role.KOMMUNE_ADMIN, Role.FINANCE, Role.LEADER, Role.STAFF);

    static final Set<Role> EVALUATION_READERS = EnumSet.of(Role.KOMMUNE_ADMIN, Role.FINANCE, Role.LEADER);
    /** Staff and leaders have a course calendar. */
    static final Set<Role> CALENDAR_OWNERS = EnumSet.of(Role.LEADER, Role.STAFF);

    /** Everyone signed in to the kommune (the published courses); the ministry has no kommune of its own. */
    static final Set<Role> KOMMUNE_USERS = EnumSet.of(Role.KOMMUNE_ADMIN, Role.FINANCE, Role.LEADER, Role.STAFF);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    KommuneFixture k;
    Institution institution;
    StaffMember member;
    Map<Role, LoeftUser> users = new EnumMap<>(Role.class);
    UUID plan;

    @BeforeAll
    void createKommune() {
        k = new KommuneFixture(K, context);
        institution = k.institution("Matrix-institution", null);
        k.childrenCount(institution.id(), LocalDate.of(2026, 1, 1));
        member = k.staffMember("Matrix-medarbejder", institution.id());
        plan = dk.loeft.testing.PlanFixture.draft(context.getBean(dk.loeft.plan.Plans.class), K);
        users.put(Role.NATIONAL, national());
        users.put(Role.KOMMUNE_ADMIN, admin(K));
        users.put(Role.FINANCE, finance(K));
        users.put(Role.LEADER, leader(K, institution.id()));
        users.put(Role.STAFF, staff(K, member.id()));
        variant = dk.loeft.testing.TestPlans.roedovreAs(context, K).planId();
        courses = new dk.loeft.testing.CourseFixture(K, context);
        provider = courses.provider("Rollematrix-udbyder").id();
        course = course("Rollematrix-kursus");
        application = dk.loeft.testing.TestUsers.actingAs(
                staff(K, member.id()), () -> context.getBean(dk.loeft.enrolment.Applications.class)
                        .apply(member.id(), List.of(course), null)
                        .id());
        offering = courses.learningDays("Matrix-kursus", LocalDate.of(2027, 2, 1), 20, 5);
        var ended = courses.published(courses.details(
                courses.provider("Matrix-udbyder").id(),
                "Matrix-evaluering",
                LocalDate.now().minusDays(40),
                10,
                0,
                Map.of()));
        participation = courses.participation(ended.id(), member.id(), institution.id(), "ENROLLED");
        resultCourse = courses.learningDays(
                "Rollematrix-resultatkursus", LocalDate.now(clock()).minusMonths(2), 25, 0);
        passed = courses.participation(resultCourse.id(), member.id(), institution.id(), "ENROLLED");
        dk.loeft.testing.TestUsers.actingAs(
                admin(K), () -> context.getBean(dk.loeft.enrolment.completion.Completions.class)
                        .complete(
                                passed,
                                0,
                                new dk.loeft.enrolment.completion.CompletionCommand(
                                        dk.loeft.enrolment.Outcome.PASSED, LocalDate.now(clock()), null, null)));
    }

    /** An offering of kommune K with the matrix staff member's passed participation. */
    dk.loeft.catalog.Offering resultCourse;

    UUID passed;

    private java.time.Clock clock() {
        return context.getBean(java.time.Clock.class);
    }

    /** A new person seated in the matrix course, for a result to register. */
    private UUID freshSeat() {
        StaffMember seated = k.staffMember("Resultat", institution.id());
        return courses.participation(resultCourse.id(), seated.id(), institution.id(), "ENROLLED");
    }

    /** A published offering of kommune K. */
    dk.loeft.catalog.Offering offering;

    /** The staff member's seat in an ended course, to evaluate. */
    UUID participation;

    dk.loeft.testing.CourseFixture courses;
    UUID provider;
    UUID course;
    UUID application;

    /** A published offering starting in two months, open for applications. */
    private UUID course(String title) {
        return courses.published(
                        courses.details(provider, title, LocalDate.now().plusDays(60), 10, 0, Map.of()))
                .id();
    }

    /** Whom each role applies for: a staff member for themselves, a leader and the forvaltning for a new colleague. */
    private UUID applicantFor(Role role) {
        return role == Role.STAFF
                ? member.id()
                : k.staffMember("Ansøger " + role + " " + UUID.randomUUID(), institution.id())
                        .id();
    }

    static final Set<Role> APPLICANTS = EnumSet.of(Role.KOMMUNE_ADMIN, Role.LEADER, Role.STAFF);
    static final Set<Role> APPLICATION_READERS = APPLICANTS;
    static final Set<Role> ENROLMENT_OVERVIEW = EnumSet.of(Role.KOMMUNE_ADMIN, Role.FINANCE);

    /** A second plan of kommune K, only for the scenario comparison. */
    UUID variant;

    record Case(
            String name,
            Set<Role> allowed,
            Function<Role, org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?>>
                    request) {}

    List<Case> cases() {
        String i = institution.id().toString();
        String s = member.id().toString();
        UUID pageCourse = course("Rollematrix-side");
        UUID apiCourse = course("Rollematrix-API");
        return List.of(
                get("GET /ansoegninger", APPLICANTS, "/ansoegninger"),
                get("GET /ansoegninger/ny", APPLICANTS, "/ansoegninger/ny?udbud=" + course),
                form("POST /ansoegninger/ny", APPLICANTS, "/ansoegninger/ny", r -> MockMvcRequestBuilders.post(
                                "/ansoegninger/ny")
                        .param("udbud", pageCourse.toString())
                        .param("staffId", r == Role.LEADER ? applicantFor(r).toString() : "")
                        .param("employeeNumber", r == Role.KOMMUNE_ADMIN ? staffNumber(applicantFor(r)) : "")),
                get("GET /ansoegninger/{applicationId}", APPLICATION_READERS, "/ansoegninger/" + application),
                get("GET /mig/kurser", EnumSet.of(Role.STAFF), "/mig/kurser"),
                get("GET /tilmelding", ENROLMENT_OVERVIEW, "/tilmelding"),
                get("GET /tilmelding.xlsx", ENROLMENT_OVERVIEW, "/tilmelding.xlsx"),
                get("GET /tilmelding/udbud/{offeringId}", ADMIN, "/tilmelding/udbud/" + course),
                new Case("POST /api/v1/enrolment/applications", APPLICANTS, r -> MockMvcRequestBuilders.post(
                                "/api/v1/enrolment/applications")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"staffId\": \"%s\", \"offeringIds\": [\"%s\"]}"
                                .formatted(
                                        r == Role.NATIONAL || r == Role.FINANCE ? member.id() : applicantFor(r),
                                        apiCourse))),
                get(
                        "GET /api/v1/enrolment/applications/{applicationId}",
                        APPLICATION_READERS,
                        "/api/v1/enrolment/applications/" + application),
                get(
                        "GET /api/v1/enrolment/offerings/{offeringId}/participations",
                        ADMIN,
                        "/api/v1/enrolment/offerings/" + course + "/participations"),
                get(
                        "GET /api/v1/enrolment/staff/{staffId}/participations",
                        EVERYONE,
                        "/api/v1/enrolment/staff/" + s + "/participations"),
                get("GET /api/v1/kommuner", EVERYONE, "/api/v1/kommuner"),
                get("GET /api/v1/institutions", READERS, "/api/v1/institutions?kommune=" + K),
                get("GET /api/v1/institutions/{id}", READERS, "/api/v1/institutions/" + i),
                json("POST /api/v1/institutions", ADMIN, "POST", "/api/v1/institutions", r ->
                        """
                        {"number": "M-%s", "name": "Ny %s", "kind": "VUGGESTUE", "ownership": "KOMMUNAL"}""".formatted(UUID.randomUUID().toString().substring(0, 8), r)),
                json("PUT /api/v1/institutions/{id}", ADMIN, "PUT", "/api/v1/institutions/" + i, r ->
                        """
                        {"version": %d, "name": "Matrix-institution %s", "kind": "INTEGRERET", "ownership": "KOMMUNAL"}""".formatted(currentInstitutionVersion(), k.suffix)),
                get("GET /api/v1/areas", READERS, "/api/v1/areas?kommune=" + K),
                json("POST /api/v1/areas", ADMIN, "POST", "/api/v1/areas", r -> """
                        {"name": "Område %s %s"}""".formatted(r, UUID.randomUUID())),
                get("GET children counts", READERS, "/api/v1/institutions/" + i + "/children-counts"),
                json(
                        "PUT children count",
                        ADMIN,
                        "PUT",
                        "/api/v1/institutions/" + i + "/children-counts/2030-0" + 1,
                        r -> """
                        {"children02": 3, "children35": 4}"""),
                get("GET /api/v1/staff", READERS, "/api/v1/staff?kommune=" + K),
                get("GET /api/v1/staff/{own record}", EVERYONE, "/api/v1/staff/" + s),
                json("POST /api/v1/staff", ADMIN, "POST", "/api/v1/staff", r ->
                        """
                        {"employeeNumber": "M-%s", "name": "Ny %s", "birthDate": "1990-01-01", "role": "PAEDAGOG"}""".formatted(UUID.randomUUID().toString().substring(0, 8), r)),
                get("GET /institutioner/ny", ADMIN, "/institutioner/ny"),
                form("POST /institutioner/ny", ADMIN, "/institutioner/ny", r -> MockMvcRequestBuilders.post(
                                "/institutioner/ny")
                        .param("number", "F-" + UUID.randomUUID())
                        .param("name", "Formular " + r)
                        .param("kind", "DAGPLEJE")
                        .param("ownership", "KOMMUNAL")),
                get("GET /institutioner/{id}/rediger", ADMIN, "/institutioner/" + i + "/rediger"),
                get("GET /institutioner/{id}/boernetal", ADMIN, "/institutioner/" + i + "/boernetal"),
                get("GET /omraader", ADMIN, "/omraader"),
                get("GET /omraader/ny", ADMIN, "/omraader/ny"),
                get("GET /medarbejdere/ny", ADMIN, "/medarbejdere/ny"),
                get("GET /medarbejdere/{id}/rediger", ADMIN, "/medarbejdere/" + s + "/rediger"),
                get("GET /gennemfoerelse", ADMIN, "/gennemfoerelse"),
                get(
                        "GET /gennemfoerelse/udbud/{offeringId}/fremmoede",
                        ADMIN,
                        "/gennemfoerelse/udbud/" + resultCourse.id() + "/fremmoede"),
                form(
                        "POST /gennemfoerelse/udbud/{offeringId}/fremmoede",
                        ADMIN,
                        "/gennemfoerelse/udbud/" + resultCourse.id() + "/fremmoede",
                        r -> MockMvcRequestBuilders.post("/gennemfoerelse/udbud/" + resultCourse.id() + "/fremmoede")),
                get(
                        "GET /gennemfoerelse/udbud/{offeringId}/resultater",
                        ADMIN,
                        "/gennemfoerelse/udbud/" + resultCourse.id() + "/resultater"),
                get(
                        "GET /gennemfoerelse/deltagelser/{participationId}",
                        EVERYONE,
                        "/gennemfoerelse/deltagelser/" + passed),
                get(
                        "GET /gennemfoerelse/deltagelser/{participationId}/kursusbevis.pdf",
                        EVERYONE,
                        "/gennemfoerelse/deltagelser/" + passed + "/kursusbevis.pdf"),
                get("GET /fremdrift", NOMINATORS, "/fremdrift"),
                get("GET /medarbejdere/{staffId}/fremdrift", EVERYONE, "/medarbejdere/" + s + "/fremdrift"),
                get("GET /mine-kurser/fremdrift", EnumSet.of(Role.STAFF), "/mine-kurser/fremdrift"),
                get(
                        "GET /api/v1/enrolment/completion/offerings/{offeringId}/attendance",
                        ADMIN,
                        "/api/v1/enrolment/completion/offerings/" + resultCourse.id() + "/attendance"),
                json(
                        "PUT /api/v1/enrolment/completion/offerings/{offeringId}/attendance",
                        ADMIN,
                        "PUT",
                        "/api/v1/enrolment/completion/offerings/" + resultCourse.id() + "/attendance",
                        r -> "{\"marks\": []}"),
                get(
                        "GET /api/v1/enrolment/completion/participations/{participationId}",
                        EVERYONE,
                        "/api/v1/enrolment/completion/participations/" + passed),
                get(
                        "GET /api/v1/enrolment/completion/participations/{participationId}/certificate.pdf",
                        EVERYONE,
                        "/api/v1/enrolment/completion/participations/" + passed + "/certificate.pdf"),
                get(
                        "GET /api/v1/enrolment/completion/staff/{staffId}/progress",
                        EVERYONE,
                        "/api/v1/enrolment/completion/staff/" + s + "/progress"),
                new Case(
                        "POST /api/v1/enrolment/completion/participations/{participationId}/outcome",
                        ADMIN,
                        r -> MockMvcRequestBuilders.post(
                                        "/api/v1/enrolment/completion/participations/" + freshSeat() + "/outcome")
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"version\": 0, \"outcome\": \"FAILED\", \"on\": \"%s\"}"
                                        .formatted(LocalDate.now(clock())))),
                get("GET /brugere", USER_ADMINS, "/brugere"),
                get("GET /brugere/ny", USER_ADMINS, "/brugere/ny"),
                get("GET /brugere/api-noegler", ADMIN, "/brugere/api-noegler"),
                get("GET /puljer", NATIONAL, "/puljer"),
                get("GET /puljer/runder/{id}", NATIONAL, "/puljer/runder/" + ROUND_2023),
                get("GET /puljer/runder/{id}/rediger", NATIONAL, "/puljer/runder/" + ROUND_2023 + "/rediger"),
                get("GET /puljer/noegler", NATIONAL, "/puljer/noegler"),
                get("GET /puljer/noegler/skabelon.csv", NATIONAL, "/puljer/noegler/skabelon.csv"),
                get("GET /puljer/fordelinger/ny", NATIONAL, "/puljer/fordelinger/ny"),
                get("GET /puljer/fordelinger/{id}", NATIONAL, "/puljer/fordelinger/" + allocation()),
                get("GET /puljer/fordelinger/{id}.xlsx", NATIONAL, "/puljer/fordelinger/" + allocation() + ".xlsx"),
                get("GET /tilskud/tildelinger", LEDGER_READERS, "/tilskud/tildelinger?kommune=" + K),
                get(
                        "GET /tilskud/tildelinger/{id}/{kommune}/brev.pdf",
                        LEDGER_READERS,
                        "/tilskud/tildelinger/" + allocation() + "/" + K + "/brev.pdf"),
                get("GET /api/v1/rounds", EVERYONE, "/api/v1/rounds"),
                get("GET /api/v1/allocations/{id}", NATIONAL, "/api/v1/allocations/" + allocation()),
                get("GET /api/v1/grants", LEDGER_READERS, "/api/v1/grants?kommune=" + K),
                get("GET /tilskud", LEDGER_READERS, "/tilskud?kommune=" + K),
                get("GET /tilskud.xlsx", LEDGER_READERS, "/tilskud.xlsx?kommune=" + K),
                get("GET /tilskud/forbrug/ny", BOOKKEEPERS, "/tilskud/forbrug/ny"),
                form("POST /tilskud/forbrug/ny", BOOKKEEPERS, "/tilskud/forbrug/ny", r -> MockMvcRequestBuilders.post(
                                "/tilskud/forbrug/ny")
                        .param("bookedOn", "2024-03-01")
                        .param("amount", "1.000,00")
                        .param("category", "DELTAGERBETALING")
                        .param("voucher", "M-" + UUID.randomUUID().toString().substring(0, 8))),
                get("GET /puljer/prisindeks", LEDGER_READERS, "/puljer/prisindeks"),
                form("POST /puljer/prisindeks", NATIONAL, "/puljer/prisindeks", r -> MockMvcRequestBuilders.post(
                                "/puljer/prisindeks")
                        .param("year", "2099")
                        .param("value", "150")
                        .param("source", "Rollematrix")),
                get("GET /api/v1/ledger", LEDGER_READERS, "/api/v1/ledger?kommune=" + K),
                get("GET /api/v1/expenditures", LEDGER_READERS, "/api/v1/expenditures?kommune=" + K),
                json("POST /api/v1/expenditures", BOOKKEEPERS, "POST", "/api/v1/expenditures", r ->
                        """
                        {"bookedOn": "2024-03-01", "amount": 10, "costCategory": "REVISION", "voucher": "M-%s"}""".formatted(UUID.randomUUID().toString().substring(0, 8))),
                get("GET /import", BOOKKEEPERS, "/import"),
                new Case("POST /api/v1/imports/forbrug", BOOKKEEPERS, role -> MockMvcRequestBuilders.multipart(
                                "/api/v1/imports/forbrug")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "file",
                                "forbrug.csv",
                                "text/csv",
                                ("dato;beløb;udgiftstype;bilag\n01-03-2024;10;revision;M-"
                                                + UUID.randomUUID().toString().substring(0, 8) + "\n")
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .param("dryRun", "true")
                        .with(csrf())),
                get("GET /planer/kandidater", NOMINATORS, "/planer/kandidater?spor=PAU_EUV1&dato=2026-01-01"),
                form(
                        "POST /planer/kandidater/indstil",
                        NOMINATORS,
                        "/planer/kandidater/indstil",
                        r -> MockMvcRequestBuilders.post("/planer/kandidater/indstil")
                                .param(
                                        "staffId",
                                        k.staffMember("Indstilles " + r, institution.id())
                                                .id()
                                                .toString())
                                .param("spor", "SHORT_COURSE_UNSKILLED")
                                .param("note", "Rollematrix")),
                new Case("POST /planer/kandidater/indstillinger/{nominationId}/tilbagetraek", NOMINATORS, r -> {
                    var nomination = freshNomination();
                    return MockMvcRequestBuilders.post(
                                    "/planer/kandidater/indstillinger/" + nomination.id() + "/tilbagetraek")
                            .param("version", Integer.toString(nomination.version()))
                            .with(csrf());
                }),
                get("GET /api/v1/candidates", NOMINATORS, "/api/v1/candidates?track=MERIT_NET&date=2026-01-01"),
                get("GET /api/v1/nominations", NOMINATORS, "/api/v1/nominations"),
                new Case("POST /api/v1/nominations", NOMINATORS, r -> MockMvcRequestBuilders.post("/api/v1/nominations")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"staffId": "%s", "track": "MERIT_NET", "note": "Rollematrix"}""".formatted(k.staffMember("API-indstilles " + r, institution.id())
                                .id()))),
                new Case("POST /api/v1/nominations/{nominationId}/withdrawal", NOMINATORS, r -> {
                    var nomination = freshNomination();
                    return MockMvcRequestBuilders.post("/api/v1/nominations/" + nomination.id() + "/withdrawal")
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"version\": %d}".formatted(nomination.version()));
                }),
                get("GET /evalueringer", KOMMUNE_ROLES, "/evalueringer"),
                get(
                        "GET /evalueringer/{participationId}/deltager",
                        EnumSet.of(Role.STAFF),
                        "/evalueringer/" + participation + "/deltager"),
                get(
                        "GET /evalueringer/{participationId}/leder",
                        EnumSet.of(Role.LEADER),
                        "/evalueringer/" + participation + "/leder"),
                get("GET /evalueringer/resultater", EVALUATION_READERS, "/evalueringer/resultater"),
                get("GET /evalueringer/resultater.xlsx", EVALUATION_READERS, "/evalueringer/resultater.xlsx"),
                get("GET /evalueringer/spoergsmaal", ADMIN, "/evalueringer/spoergsmaal"),
                get(
                        "GET /evalueringer/spoergsmaal/{initiativeId}",
                        ADMIN,
                        "/evalueringer/spoergsmaal/" + dk.loeft.testing.RoedovrePlan.MERIT),
                get(
                        "GET /api/v1/enrolment/evaluations/questions",
                        KOMMUNE_ROLES,
                        "/api/v1/enrolment/evaluations/questions?initiative=" + dk.loeft.testing.RoedovrePlan.MERIT),
                json(
                        "PUT /api/v1/enrolment/evaluations/questions/{initiativeId}",
                        ADMIN,
                        "PUT",
                        "/api/v1/enrolment/evaluations/questions/" + dk.loeft.testing.RoedovrePlan.DIPLOMA,
                        r -> """
                        {"version": %d, "participant": [{"kind": "SCALE", "text": "Udbytte %s"}],
                         "leader": [{"kind": "TEXT", "text": "Kommentar"}]}""".formatted(questionSetVersion(), r)),
                get("GET /api/v1/enrolment/evaluations/open", KOMMUNE_ROLES, "/api/v1/enrolment/evaluations/open"),
                get(
                        "GET /api/v1/enrolment/evaluations/summary",
                        EVALUATION_READERS,
                        "/api/v1/enrolment/evaluations/summary"),
                get("GET /beskeder", EVERYONE, "/beskeder"),
                get("GET /kalender", CALENDAR_OWNERS, "/kalender"),
                get("GET /kalender.ics", CALENDAR_OWNERS, "/kalender.ics"),
                get("GET /kommuner", NATIONAL, "/kommuner"),
                get("GET /kommuner.xlsx", NATIONAL, "/kommuner.xlsx"),
                get("GET /api/v1/kommuner/overview", NATIONAL, "/api/v1/kommuner/overview"),
                get(
                        "GET /planer/{planId}/versioner/{versionNo}/fremskrivning",
                        PLAN_READERS,
                        "/planer/" + plan + "/versioner/1/fremskrivning"),
                get(
                        "GET /planer/{planId}/versioner/{versionNo}/plan.pdf",
                        PLAN_READERS,
                        "/planer/" + plan + "/versioner/1/plan.pdf"),
                get(
                        "GET /planer/{planId}/versioner/{versionNo}/plan.docx",
                        PLAN_READERS,
                        "/planer/" + plan + "/versioner/1/plan.docx"),
                get("GET /planer/scenarier", PLAN_READERS, "/planer/scenarier?kommune=" + K),
                get(
                        "GET /api/v1/plans/{planId}/versions/{versionNo}/projection",
                        PLAN_READERS,
                        "/api/v1/plans/" + plan + "/versions/1/projection"),
                get(
                        "GET /api/v1/plans/{planId}/versions/{versionNo}/document.pdf",
                        PLAN_READERS,
                        "/api/v1/plans/" + plan + "/versions/1/document.pdf"),
                get(
                        "GET /api/v1/plans/{planId}/versions/{versionNo}/document.docx",
                        PLAN_READERS,
                        "/api/v1/plans/" + plan + "/versions/1/document.docx"),
                get(
                        "GET /api/v1/plans/scenarios",
                        PLAN_READERS,
                        "/api/v1/plans/scenarios?kommune=" + K + "&v=" + plan + ":1&v=" + variant + ":1"),
                get("GET /planer/logo", ADMIN, "/planer/logo"),
                form(
                        "POST /planer/logo/fjern",
                        ADMIN,
                        "/planer/logo/fjern",
                        r -> MockMvcRequestBuilders.post("/planer/logo/fjern")),
                get("GET /planer", PLAN_READERS, "/planer"),
                get("GET /planer/ny", ADMIN, "/planer/ny"),
                get("GET /planer/{id}", PLAN_READERS, "/planer/" + plan),
                get("GET /planer/{id}/versioner", PLAN_READERS, "/planer/" + plan + "/versioner"),
                get("GET /planer/{id}/aendringer", PLAN_READERS, "/planer/" + plan + "/aendringer"),
                get("GET /planer/{id}/tekster", ADMIN, "/planer/" + plan + "/tekster"),
                get("GET /planer/{id}/maal/ny", ADMIN, "/planer/" + plan + "/maal/ny"),
                get("GET /planer/{id}/indsatser/ny", ADMIN, "/planer/" + plan + "/indsatser/ny"),
                get("GET /planer/{id}/linjer/ny", COST_EDITORS, "/planer/" + plan + "/linjer/ny"),
                get("GET /planer/{id}/godkend", ADMIN, "/planer/" + plan + "/godkend"),
                form(
                        "POST /planer/{id}/linjer/ny",
                        COST_EDITORS,
                        "/planer/" + plan + "/linjer/ny",
                        r -> MockMvcRequestBuilders.post("/planer/" + plan + "/linjer/ny")
                                .param("version", Integer.toString(planLock()))
                                .param("year", "2024")
                                .param("type", "TRANSPORT")
                                .param("text", "Befordring " + r)
                                .param("quantity", "2")
                                .param("unitPrice", "100")
                                .param("source", "OWN_BUDGET")),
                get("GET /api/v1/plans", PLAN_READERS, "/api/v1/plans"),
                get("GET /api/v1/plans/{id}", PLAN_READERS, "/api/v1/plans/" + plan),
                json(
                        "POST /api/v1/plans/{id}/cost-lines",
                        COST_EDITORS,
                        "POST",
                        "/api/v1/plans/" + plan + "/cost-lines",
                        r -> """
                        {"version": %d, "year": 2024, "costType": "TRANSPORT", "text": "Befordring %s", "quantity": 1,
                         "unitPriceOere": 10000, "sourceKind": "OWN_BUDGET"}""".formatted(planLock(), r)),
                json("POST /api/v1/plans", ADMIN, "POST", "/api/v1/plans", r -> """
                        {"title": "Rollematrix %s", "firstYear": 2026, "lastYear": 2030}""".formatted(r)),
                get("GET /katalog", ADMIN, "/katalog"),
                get("GET /katalog/ny", ADMIN, "/katalog/ny"),
                get("GET /katalog/{id}", EVERYONE, "/katalog/" + offering.id()),
                get("GET /katalog/{id}/rediger", ADMIN, "/katalog/" + offering.id() + "/rediger"),
                get("GET /katalog/{id}/aflys", ADMIN, "/katalog/" + offering.id() + "/aflys"),
                form("POST /katalog/ny", ADMIN, "/katalog/ny", r -> MockMvcRequestBuilders.post("/katalog/ny")
                        .param("providerId", offering.providerId().toString())
                        .param("title", "Matrix " + r)
                        .param("kind", "COURSE")
                        .param("delivery", "NET")
                        .param("startDate", "2027-01-01")
                        .param("endDate", "2027-01-02")
                        .param("capacity", "10")
                        .param("price", "0")
                        .param("hoursPerLearningDay", "0")),
                form(
                        "POST /katalog/{id}/rammer",
                        ADMIN,
                        "/katalog/" + offering.id() + "/rammer",
                        r -> MockMvcRequestBuilders.post("/katalog/" + offering.id() + "/rammer")
                                .param("framework", "00000003-0000-4000-8000-000000000001")),
                get("GET /katalog/udbydere", ADMIN, "/katalog/udbydere"),
                get("GET /katalog/udbydere/ny", ADMIN, "/katalog/udbydere/ny"),
                get(
                        "GET /katalog/udbydere/{id}/rediger",
                        ADMIN,
                        "/katalog/udbydere/" + offering.providerId() + "/rediger"),
                get("GET /kurser", KOMMUNE_USERS, "/kurser"),
                get("GET /rammer", EVERYONE, "/rammer"),
                get("GET /rammer/{id}", EVERYONE, "/rammer/00000003-0000-4000-8000-000000000002"),
                get("GET /api/v1/catalog/offerings", EVERYONE, "/api/v1/catalog/offerings"),
                get("GET /api/v1/catalog/offerings/{id}", EVERYONE, "/api/v1/catalog/offerings/" + offering.id()),
                get(
                        "GET /api/v1/catalog/offerings/{id}/framework-check",
                        EVERYONE,
                        "/api/v1/catalog/offerings/" + offering.id() + "/framework-check"),
                get("GET /api/v1/catalog/providers", EVERYONE, "/api/v1/catalog/providers"),
                get("GET /api/v1/catalog/frameworks", EVERYONE, "/api/v1/catalog/frameworks"),
                json("POST /api/v1/catalog/providers", ADMIN, "POST", "/api/v1/catalog/providers", r ->
                        """
                        {"name": "Matrix %s %s", "kind": "ANDEN"}""".formatted(r, UUID.randomUUID())),
                json("POST /api/v1/catalog/offerings", ADMIN, "POST", "/api/v1/catalog/offerings", r ->
                        """
                        {"providerId": "%s", "title": "Matrix %s", "kind": "COURSE", "delivery": "NET",
                         "startDate": "2027-01-01", "endDate": "2027-01-02", "capacity": 10}""".formatted(offering.providerId(), r)));
    }

    private int questionSetVersion() {
        return dk.loeft.testing.TestUsers.actingAs(
                admin(K), () -> context.getBean(dk.loeft.enrolment.evaluation.Evaluations.class)
                        .questions(dk.loeft.testing.RoedovrePlan.DIPLOMA)
                        .version());
    }

    @Test
    void eachRoleGetsExactlyTheAccessItsWorkNeeds() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Case c : cases()) {
            for (Role role : Role.values()) {
                int status = mvc.perform(c.request().apply(role).with(as(users.get(role))))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                boolean answered = status >= 200 && status < 400;
                boolean refused = status == 403 || status == 404;
                if (c.allowed().contains(role) ? !answered : !refused) {
                    wrong.add("%s as %s: %d (expected %s)"
                            .formatted(c.name(), role, status, c.allowed().contains(role) ? "2xx/3xx" : "403/404"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void leadersStaffAndFinanceCannotChangeMasterDataEvenOfTheirOwnInstitution() throws Exception {
        for (Role role : List.of(Role.LEADER, Role.STAFF, Role.FINANCE, Role.NATIONAL)) {
            int status = mvc.perform(MockMvcRequestBuilders.post("/institutioner/" + institution.id() + "/rediger")
                            .with(csrf())
                            .with(as(users.get(role)))
                            .param("version", Integer.toString(currentInstitutionVersion()))
                            .param("name", "Overtaget")
                            .param("kind", "VUGGESTUE")
                            .param("ownership", "KOMMUNAL"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(role.name()).isIn(403, 404);
        }
        assertThat(currentInstitutionName()).doesNotContain("Overtaget");
    }

    static final String ROUND_2023 = "6b1f3c1e-2a41-4c55-9a0e-000000002023";

    /** The demo data's published allocation of 2023 (every kommune has a line in it). */
    private String allocation() {
        return Tenancy.runAs(Tenancy.ALL, () -> context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select id::text from allocation where status = 'PUBLISHED' order by first_year limit 1")
                .query(String.class)
                .single());
    }

    /** A new staff member at the matrix institution, nominated by the forvaltning: a nomination to withdraw. */
    private dk.loeft.plan.candidates.Nomination freshNomination() {
        StaffMember nominee = k.staffMember("Trækkes tilbage", institution.id());
        return dk.loeft.testing.TestUsers.actingAs(
                admin(K), () -> context.getBean(dk.loeft.plan.candidates.Candidates.class)
                        .nominate(nominee.id(), dk.loeft.plan.InitiativeKind.MERIT_NET, null, null));
    }

    private String staffNumber(UUID staffId) {
        return dk.loeft.testing.TestUsers.actingAs(admin(K), () -> context.getBean(dk.loeft.staff.StaffService.class)
                .get(staffId)
                .employeeNumber());
    }

    private int planLock() {
        return dk.loeft.testing.TestUsers.actingAs(
                admin(K),
                () -> context.getBean(dk.loeft.plan.Plans.class).current(plan).lock());
    }

    private int currentInstitutionVersion() {
        return dk.loeft.testing.TestUsers.actingAs(
                admin(K), () -> context.getBean(dk.loeft.institution.InstitutionService.class)
                        .get(institution.id())
                        .version());
    }

    private String currentInstitutionName() {
        return dk.loeft.testing.TestUsers.actingAs(
                admin(K), () -> context.getBean(dk.loeft.institution.InstitutionService.class)
                        .get(institution.id())
                        .name());
    }

    private static Case get(String name, Set<Role> allowed, String url) {
        return new Case(name, allowed, role -> MockMvcRequestBuilders.get(url));
    }

    private static Case json(String name, Set<Role> allowed, String method, String url, Function<Role, String> body) {
        return new Case(name, allowed, role -> MockMvcRequestBuilders.request(
                        org.springframework.http.HttpMethod.valueOf(method), url)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.apply(role)));
    }

    private static Case form(
            String name, Set<Role> allowed, String url, Function<Role, MockHttpServletRequestBuilder> request) {
        return new Case(name, allowed, role -> request.apply(role).with(csrf()));
    }
}
