package dk.loeft.platform.tenancy;

import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.as;
import static dk.loeft.testing.TestUsers.finance;
import static dk.loeft.testing.TestUsers.leader;
import static dk.loeft.testing.TestUsers.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dk.loeft.IntegrationTest;
import dk.loeft.institution.Area;
import dk.loeft.institution.ChildrenCount;
import dk.loeft.institution.Institution;
import dk.loeft.platform.api.ApiTokenService;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.security.UserAccount;
import dk.loeft.staff.StaffMember;
import dk.loeft.testing.KommuneFixture;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The tenancy proof (conventions §6): every page and API endpoint of the application, found by
 * enumerating all handler mappings, is called by users of kommune A (forvaltning, økonomi, leder,
 * medarbejder, and A's API token) with the ids of kommune B's institution, area, staff member,
 * children count, user and API token. Each call must be refused with 403 or 404, and B's rows must
 * be byte-for-byte the same afterwards. Endpoints without ids must not show B's names or ids.
 *
 * <p>A new endpoint with a path variable this test does not know fails it: add the variable to
 * {@link #BY_NAME} (by its name) or, for a plain {@code {id}}, the literal segment before it to
 * {@link #BY_SEGMENT}, so the new endpoint is checked too.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenancyAcrossAllEndpointsIntegrationTests {

    static final int A = 151;
    static final int B = 153;
    static final String MONTH = "2026-01";

    /** Path variables filled by name, with what they stand for. */
    static final Map<String, Kind> BY_NAME = Map.ofEntries(
            Map.entry("institutionId", Kind.INSTITUTION),
            Map.entry("staffId", Kind.STAFF),
            Map.entry("areaId", Kind.AREA),
            Map.entry("userId", Kind.USER),
            Map.entry("tokenId", Kind.TOKEN),
            Map.entry("kommuneCode", Kind.KOMMUNE),
            Map.entry("code", Kind.KOMMUNE),
            Map.entry("kommune", Kind.KOMMUNE),
            Map.entry("month", Kind.MONTH),
            Map.entry("function", Kind.FUNCTION),
            Map.entry("kind", Kind.IMPORT_KIND),
            Map.entry("file", Kind.TEMPLATE_FILE),
            Map.entry("allocationId", Kind.ALLOCATION),
            Map.entry("roundId", Kind.ROUND),
            Map.entry("keyId", Kind.KEY),
            Map.entry("expenditureId", Kind.EXPENDITURE),
            Map.entry("nominationId", Kind.NOMINATION),
            Map.entry("planId", Kind.PLAN),
            Map.entry("versionNo", Kind.VERSION_NO),
            Map.entry("initiativeId", Kind.INITIATIVE),
            Map.entry("lineId", Kind.COST_LINE),
            Map.entry("goalIndex", Kind.GOAL_INDEX),
            Map.entry("offeringId", Kind.OFFERING),
            Map.entry("providerId", Kind.PROVIDER),
            Map.entry("frameworkId", Kind.FRAMEWORK),
            Map.entry("applicationId", Kind.APPLICATION),
            Map.entry("participationId", Kind.PARTICIPATION),
            Map.entry("token", Kind.CALENDAR_TOKEN));

    /** A plain {id} (or {uuid}) is filled by the literal path segment just before it. */
    static final Map<String, Kind> BY_SEGMENT = Map.ofEntries(
            Map.entry("institutioner", Kind.INSTITUTION),
            Map.entry("institutions", Kind.INSTITUTION),
            Map.entry("medarbejdere", Kind.STAFF),
            Map.entry("staff", Kind.STAFF),
            Map.entry("omraader", Kind.AREA),
            Map.entry("areas", Kind.AREA),
            Map.entry("brugere", Kind.USER),
            Map.entry("api-noegler", Kind.TOKEN),
            Map.entry("kommuner", Kind.KOMMUNE),
            Map.entry("import", Kind.IMPORT_JOB));

    enum Kind {
        INSTITUTION,
        STAFF,
        AREA,
        USER,
        TOKEN,
        KOMMUNE,
        MONTH,
        FUNCTION,
        IMPORT_JOB,
        EXPENDITURE,
        NOMINATION,
        PLAN,
        /** A version number of the plan the path names. */
        VERSION_NO,
        /** An initiative of the plan the path names. */
        INITIATIVE,
        /** A cost line of the plan the path names. */
        COST_LINE,
        /** The place of a goal in the plan the path names. */
        GOAL_INDEX,
        /** An offering of the catalogue (with its modules, sessions, quotas and chosen frames). */
        OFFERING,
        PROVIDER,
        /** Not kommune data: a national quality frame (seed 003). */
        FRAMEWORK,
        /** An application (with its choices) of one of the kommune's staff. */
        APPLICATION,
        /** Not kommune data: which kind of import (the kommune is always the caller's own). */
        IMPORT_KIND,
        /** Not kommune data: a downloadable template file. */
        TEMPLATE_FILE,
        /** A published allocation of the pool: national, with a line (and a letter) for every kommune. */
        ALLOCATION,
        /** Not kommune data: a round of the pool, the same for everyone. */
        ROUND,
        /** Not kommune data: an allocation key, public statistics. */
        KEY,
        /** B's staff member's passed participation in an ended course, with attendance and B's evaluation of it. */
        PARTICIPATION,
        /** The secret token of B's user's calendar feed. */
        CALENDAR_TOKEN
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    KommuneFixture a;
    KommuneFixture b;
    String secret;
    Map<Kind, String> bIds = new LinkedHashMap<>();
    Map<Kind, Integer> bVersions = new LinkedHashMap<>();
    List<LoeftUser> usersOfA = new ArrayList<>();
    String tokenOfA;

    @BeforeAll
    void createBothKommunersData() {
        a = new KommuneFixture(A, context);
        b = new KommuneFixture(B, context);
        secret = "Hemmelig-" + b.suffix;

        Institution aInstitution = a.institution("A-institution", null);
        StaffMember aStaff = a.staffMember("A-medarbejder", aInstitution.id());
        usersOfA.add(admin(A));
        usersOfA.add(finance(A));
        usersOfA.add(leader(A, aInstitution.id()));
        usersOfA.add(staff(A, aStaff.id()));
        tokenOfA = a.token("A-nøgle").plainText();

        Area area = b.area(secret + " område");
        Institution institution = b.institution(secret + " institution", area.id());
        ChildrenCount count = b.childrenCount(institution.id(), LocalDate.parse(MONTH + "-01"));
        StaffMember member = b.staffMember(secret + " medarbejder", institution.id());
        UserAccount user = b.account("tenancy-b", secret + " bruger", Role.LEADER, Set.of(institution.id()));
        ApiTokenService.IssuedToken token = b.token(secret + " nøgle");

        bIds.put(Kind.INSTITUTION, institution.id().toString());
        bIds.put(Kind.STAFF, member.id().toString());
        bIds.put(Kind.AREA, area.id().toString());
        bIds.put(Kind.USER, user.id().toString());
        bIds.put(Kind.TOKEN, token.token().id().toString());
        bIds.put(Kind.KOMMUNE, Integer.toString(B));
        bIds.put(Kind.MONTH, MONTH);
        bIds.put(Kind.FUNCTION, "FAGLIG_FYRTAARN");
        bIds.put(Kind.IMPORT_JOB, importJobOfB().toString());
        bIds.put(Kind.EXPENDITURE, expenditureOfB().toString());
        bIds.put(Kind.NOMINATION, nominationOfB(member).toString());
        bIds.put(Kind.IMPORT_KIND, "institutioner");
        bIds.put(Kind.TEMPLATE_FILE, "institutioner.csv");
        bIds.put(Kind.ALLOCATION, publishedAllocation().toString());
        bIds.put(Kind.ROUND, "6b1f3c1e-2a41-4c55-9a0e-000000002023");
        bIds.put(Kind.KEY, Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql("select id from allocation_key limit 1")
                .query(String.class)
                .single()));
        UUID plan = planOfB();
        logoOfB();
        bIds.put(Kind.PLAN, plan.toString());
        bIds.put(Kind.VERSION_NO, "1");
        bIds.put(Kind.INITIATIVE, dk.loeft.testing.RoedovrePlan.MERIT.toString());
        bIds.put(Kind.COST_LINE, dk.loeft.testing.RoedovrePlan.lineId("m1").toString());
        bIds.put(Kind.GOAL_INDEX, "0");
        dk.loeft.catalog.Offering offering = offeringOfB(institution);
        bIds.put(Kind.OFFERING, offering.id().toString());
        bIds.put(Kind.PROVIDER, offering.providerId().toString());
        bIds.put(Kind.FRAMEWORK, "00000003-0000-4000-8000-000000000001");
        bVersions.put(Kind.OFFERING, offering.version());
        UUID passed = completionOfB(member, institution);
        evaluationOfB(passed, member);
        bIds.put(Kind.PARTICIPATION, passed.toString());
        bVersions.put(Kind.PARTICIPATION, 1);
        bIds.put(Kind.CALENDAR_TOKEN, calendarFeedOfB(user));
        bIds.put(Kind.APPLICATION, applicationOfB(member, institution).toString());
        bVersions.put(Kind.PLAN, 1);
        bVersions.put(Kind.INSTITUTION, institution.version());
        bVersions.put(Kind.STAFF, member.version());
        bVersions.put(Kind.AREA, area.version());
        bVersions.put(Kind.USER, user.version());
        bVersions.put(Kind.TOKEN, token.token().version());
        bVersions.put(Kind.MONTH, count.version());
    }

    @Test
    void noPageOrEndpointLetsAnotherKommuneSeeOrChangeKommuneBsData() throws Exception {
        String before = checksumOfB();
        List<String> failures = new ArrayList<>();
        List<String> unknownVariables = new ArrayList<>();
        int calls = 0;

        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                handlerMapping.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getPackageName().startsWith("dk.loeft")) {
                continue; // framework endpoints (error page, OpenAPI document) hold no kommune's data
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                for (HttpMethod method : methodsOf(entry.getKey())) {
                    Filled filled = fill(pattern);
                    if (!VARIABLE.matcher(pattern).find() || filled != null && filled.holdsNoKommuneData()) {
                        if (method == HttpMethod.GET) {
                            calls += checkListDoesNotShowB(filled == null ? pattern : filled.path(), failures);
                        }
                        continue;
                    }
                    if (filled == null) {
                        unknownVariables.add(method + " " + pattern + " (" + entry.getValue() + ")");
                        continue;
                    }
                    calls += checkRefused(method, pattern, filled, failures);
                }
            }
        }

        assertThat(unknownVariables).as("""
                        These endpoints have path variables the tenancy test cannot fill, so it cannot prove \
                        they refuse another kommune's ids. Add each variable to BY_NAME (by its name) or, for \
                        a plain {id}, the path segment before it to BY_SEGMENT in %s""", getClass().getSimpleName()).isEmpty();
        assertThat(failures)
                .as("endpoints that gave kommune A access to kommune B's data")
                .isEmpty();
        assertThat(calls).as("calls made").isGreaterThan(50);
        assertThat(checksumOfB()).as("kommune B's rows after all the calls").isEqualTo(before);
    }

    /** Calls one endpoint with B's ids as each user of A (and A's token for the API): 403 or 404 only. */
    private int checkRefused(HttpMethod method, String pattern, Filled filled, List<String> failures) throws Exception {
        int calls = 0;
        for (LoeftUser user : usersOfA) {
            MvcResult result =
                    mvc.perform(request(method, filled).with(as(user))).andReturn();
            calls++;
            judge(method, pattern, filled.path(), user.role().name(), result, failures);
        }
        if (filled.path().startsWith("/api/")) {
            MvcResult result = mvc.perform(
                            request(method, filled).header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenOfA))
                    .andReturn();
            calls++;
            judge(method, pattern, filled.path(), "API token of A", result, failures);
        }
        return calls;
    }

    private static void judge(
            HttpMethod method, String pattern, String path, String who, MvcResult result, List<String> failures)
            throws Exception {
        int status = result.getResponse().getStatus();
        if (status != 403 && status != 404) {
            failures.add("%s %s as %s: status %d for %s (expected 403 or 404)"
                    .formatted(method, pattern, who, status, path));
        }
    }

    /** GET without ids (with B's ids offered as filters) must not show any of B's names or ids. */
    private int checkListDoesNotShowB(String pattern, List<String> failures) throws Exception {
        int calls = 0;
        for (LoeftUser user : usersOfA) {
            MvcResult result = mvc.perform(MockMvcRequestBuilders.get(pattern)
                            .param("kommune", Integer.toString(B))
                            .param("institutionId", bIds.get(Kind.INSTITUTION))
                            .param("areaId", bIds.get(Kind.AREA))
                            .with(as(user)))
                    .andReturn();
            calls++;
            String body = result.getResponse().getContentAsString();
            for (String leaked : leaks(body)) {
                failures.add("GET %s as %s shows kommune B's %s".formatted(pattern, user.role(), leaked));
            }
        }
        return calls;
    }

    private List<String> leaks(String body) {
        List<String> leaked = new ArrayList<>();
        if (body.contains(secret)) {
            leaked.add("names");
        }
        for (Kind kind : List.of(
                Kind.INSTITUTION,
                Kind.STAFF,
                Kind.AREA,
                Kind.USER,
                Kind.TOKEN,
                Kind.EXPENDITURE,
                Kind.NOMINATION,
                Kind.PLAN,
                Kind.OFFERING,
                Kind.PROVIDER,
                Kind.APPLICATION,
                Kind.PARTICIPATION)) {
            if (body.contains(bIds.get(kind))) {
                leaked.add(kind + " id");
            }
        }
        return leaked;
    }

    private MockHttpServletRequestBuilder request(HttpMethod method, Filled filled) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, filled.path());
        if (method == HttpMethod.GET) {
            return request;
        }
        String version = Integer.toString(filled.version());
        request.with(csrf());
        if (filled.path().startsWith("/api/")) {
            return request.contentType(MediaType.APPLICATION_JSON).content("""
                    {"version": %s, "name": "Overtaget", "number": "X-%s", "kind": "VUGGESTUE",
                     "ownership": "KOMMUNAL", "children02": 1, "children35": 1, "employeeNumber": "X1",
                     "birthDate": "1990-01-01", "role": "PAEDAGOG", "priorExperienceMonths": 0,
                     "educations": [], "diplomaModules": [], "employments": [], "functions": []}""".formatted(version, UUID.randomUUID()));
        }
        boolean userPage = filled.path().startsWith("/brugere");
        return request.param("version", version)
                .param("name", "Overtaget")
                .param("displayName", "Overtaget")
                .param("number", "X1")
                .param("kind", "VUGGESTUE")
                .param("ownership", "KOMMUNAL")
                .param("month", MONTH)
                .param("children02", "1")
                .param("children35", "1")
                .param("employeeNumber", "X1")
                .param("birthDate", "1990-01-01")
                .param("role", userPage ? "FINANCE" : "PAEDAGOG")
                .param("priorExperienceMonths", "0")
                .param("education", "PAEDAGOG")
                .param("completedYear", "2020")
                .param("moduleName", "Overtaget")
                .param("ects", "10")
                .param("completedOn", "2024-01-01")
                .param("institutionId", bIds.get(Kind.INSTITUTION))
                .param("weeklyHours", "10")
                .param("startDate", "2024-01-01")
                .param("function", "PRAKTIKVEJLEDER")
                .param("password", "en helt ny adgangskode")
                .param("passwordRepeat", "en helt ny adgangskode");
    }

    /** The path with B's ids in it, and the version of the thing it names; null if a variable is unknown. */
    private Filled fill(String pattern) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        Kind first = null;
        Set<Kind> kinds = java.util.EnumSet.noneOf(Kind.class);
        int last = 0;
        while (matcher.find()) {
            String name = matcher.group(1);
            Kind kind = BY_NAME.get(name);
            if (kind == null && (name.equals("id") || name.equals("uuid"))) {
                kind = BY_SEGMENT.get(segmentBefore(pattern, matcher.start()));
            }
            if (kind == null) {
                return null;
            }
            if (first == null) {
                first = kind;
            }
            kinds.add(kind);
            path.append(pattern, last, matcher.start()).append(bIds.get(kind));
            last = matcher.end();
        }
        path.append(pattern.substring(last));
        int version = pattern.contains("{month}") ? bVersions.get(Kind.MONTH) : bVersions.getOrDefault(first, 0);
        return new Filled(path.toString(), version, kinds);
    }

    private static String segmentBefore(String pattern, int variableStart) {
        String before = pattern.substring(0, variableStart);
        if (before.endsWith("/")) {
            before = before.substring(0, before.length() - 1);
        }
        return before.substring(before.lastIndexOf('/') + 1);
    }

    private static Set<HttpMethod> methodsOf(RequestMappingInfo info) {
        Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
        Set<HttpMethod> methods = new TreeSet<>((x, y) -> x.name().compareTo(y.name()));
        if (declared.isEmpty()) {
            methods.add(HttpMethod.GET);
            methods.add(HttpMethod.POST);
        } else {
            declared.forEach(m -> methods.add(m.asHttpMethod()));
        }
        return methods;
    }

    /** The demo data's published allocation of 2023, which has a line for B (and for A). */
    private UUID publishedAllocation() {
        return Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql(
                        "select id from allocation where status = 'PUBLISHED' order by first_year limit 1")
                .query(UUID.class)
                .single());
    }

    /**
     * Kommune B's course with B's secret name: B's staff member seated, attendance taken and a pass
     * registered (a completion entry); and a second seat with a part of the programme passed.
     */
    private UUID completionOfB(StaffMember member, Institution institution) {
        var course = new dk.loeft.testing.CourseFixture(B, context)
                .learningDays(
                        secret + " kursus",
                        LocalDate.now(context.getBean(java.time.Clock.class)).minusMonths(2),
                        10,
                        0);
        var other = new dk.loeft.testing.CourseFixture(B, context)
                .learningDays(
                        secret + " forløb",
                        LocalDate.now(context.getBean(java.time.Clock.class)).minusMonths(2),
                        10,
                        0);
        UUID seat = new dk.loeft.testing.CourseFixture(B, context)
                .participation(course.id(), member.id(), institution.id(), "ENROLLED");
        UUID ongoing = new dk.loeft.testing.CourseFixture(B, context)
                .participation(other.id(), member.id(), institution.id(), "ENROLLED");
        dk.loeft.testing.TestUsers.actingAs(admin(B), () -> {
            context.getBean(dk.loeft.enrolment.completion.AttendanceRegister.class)
                    .record(
                            course.id(),
                            List.of(new dk.loeft.enrolment.completion.AttendanceMark(
                                    seat,
                                    course.sessions().getFirst().id(),
                                    dk.loeft.enrolment.completion.AttendanceStatus.EXCUSED,
                                    secret + " afbud")));
            context.getBean(dk.loeft.enrolment.completion.Completions.class)
                    .complete(
                            seat,
                            0,
                            new dk.loeft.enrolment.completion.CompletionCommand(
                                    dk.loeft.enrolment.Outcome.PASSED,
                                    LocalDate.now(context.getBean(java.time.Clock.class)),
                                    null,
                                    null));
        });
        Tenancy.runAs(Integer.toString(B), () -> jdbc.sql("""
                        insert into participation_progress (id, participation, kommune_code, part, ects, passed_on,
                                                            recorded_by, recorded_at)
                        values (gen_random_uuid(), :p, :k, :part, 0, current_date, 'tenancy-b', now())""")
                .param("p", ongoing)
                .param("k", B)
                .param("part", secret + " semester")
                .update());
        return seat;
    }

    /** Kommune B's logo, shown on its plan documents. */
    private void logoOfB() {
        Tenancy.runAs(Integer.toString(B), () -> jdbc.sql("""
                        insert into kommune_logo (kommune_code, content_type, image, width, height, uploaded_at, uploaded_by)
                        values (:k, 'image/png', :image, 1, 1, now(), 'tenancy-b') on conflict do nothing""")
                .param("k", B)
                .param("image", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .update());
    }

    /** A fingerprint of every row kommune B owns, including the tables without row-level security. */
    /** A refused institution file of kommune B leaves an import job (with its history line) behind. */
    private java.util.UUID importJobOfB() {
        var result = context.getBean(dk.loeft.dataimport.ImportService.class)
                .importInstitutions(
                        B,
                        "tenancy-b",
                        "b.csv",
                        new java.io.ByteArrayInputStream("institutionsnummer;navn;type;ejerform\nB1;;ukendt;kommunal\n"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(result.errorCount()).isPositive();
        return java.util.Objects.requireNonNull(result.jobId());
    }

    /**
     * Kommune B's staff member's participation evaluated with B's secret name in the comment; B's own
     * questions for the merit initiative; a notice to the staff member.
     */
    private void evaluationOfB(UUID participation, StaffMember member) {
        var evaluations = context.getBean(dk.loeft.enrolment.evaluation.Evaluations.class);
        dk.loeft.testing.TestUsers.actingAs(
                staff(B, member.id()),
                () -> evaluations.answer(
                        participation,
                        dk.loeft.enrolment.evaluation.Audience.PARTICIPANT,
                        List.of(
                                new dk.loeft.enrolment.evaluation.Evaluations.Answer(5, null),
                                new dk.loeft.enrolment.evaluation.Evaluations.Answer(4, null),
                                new dk.loeft.enrolment.evaluation.Evaluations.Answer(3, null),
                                new dk.loeft.enrolment.evaluation.Evaluations.Answer(2, null),
                                new dk.loeft.enrolment.evaluation.Evaluations.Answer(null, secret + " kommentar"))));
        dk.loeft.testing.TestUsers.actingAs(
                admin(B),
                () -> evaluations.saveQuestions(
                        dk.loeft.testing.RoedovrePlan.MERIT,
                        0,
                        List.of(new dk.loeft.enrolment.evaluation.Question(
                                dk.loeft.enrolment.evaluation.QuestionKind.SCALE, secret + " spørgsmål")),
                        List.of(new dk.loeft.enrolment.evaluation.Question(
                                dk.loeft.enrolment.evaluation.QuestionKind.TEXT, secret + " lederspørgsmål"))));
        Tenancy.runAs(Integer.toString(B), () -> jdbc.sql("""
                        insert into notice (id, kommune_code, staff_member, kind, dedup_key, subject, body, delivery, created_at)
                        values (:id, :k, :s, 'SEAT', :key, :subject, :subject, 'NO_ADDRESS', now())""")
                .param("id", UUID.randomUUID())
                .param("k", B)
                .param("s", member.id())
                .param("key", "SEAT:" + participation)
                .param("subject", secret + " besked")
                .update());
    }

    /** A calendar feed of B's user; the token (whose SHA-256 hash is stored) is what the address holds. */
    private String calendarFeedOfB(UserAccount user) {
        String token = "tenancy-b-" + b.suffix;
        String hash;
        try {
            hash = java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Tenancy.runAs(Integer.toString(B), () -> jdbc.sql("""
                        insert into calendar_feed (user_account, kommune_code, token_hash, created_at)
                        values (:u, :k, :h, now())""")
                .param("u", user.id())
                .param("k", B)
                .param("h", hash)
                .update());
        return token;
    }

    /** Kommune B's forvaltning nominates B's staff member for merit, with B's secret name in the note. */
    private UUID nominationOfB(StaffMember member) {
        return dk.loeft.testing.TestUsers.actingAs(
                admin(B), () -> context.getBean(dk.loeft.plan.candidates.Candidates.class)
                        .nominate(member.id(), dk.loeft.plan.InitiativeKind.MERIT_NET, null, secret + " indstilling")
                        .id());
    }

    /**
     * Kommune B's enrolment: an offering (with B's secret name) open for applications, B's staff
     * member's application for it (with its choice), and a seat in a second offering.
     */
    /** An application of B's staff member for B's course (with a quota for B's institution), with B's secret name in the motivation. */
    private UUID applicationOfB(StaffMember member, Institution institution) {
        var courses = new dk.loeft.testing.CourseFixture(B, context);
        var offering = courses.published(courses.details(
                courses.provider(secret + " ansøgningsudbyder").id(),
                secret + " ansøgningskursus",
                LocalDate.now().plusDays(60),
                10,
                0,
                Map.of(institution.id(), 2)));
        return dk.loeft.testing.TestUsers.actingAs(
                staff(B, member.id()), () -> context.getBean(dk.loeft.enrolment.Applications.class)
                        .apply(member.id(), List.of(offering.id()), secret + " motivation")
                        .id());
    }

    /** Kommune B's ledger: a grant and an expenditure line whose initiative carries B's secret name. */
    private java.util.UUID expenditureOfB() {
        dk.loeft.testing.LedgerFixture.grant(jdbc, B, dk.loeft.testing.LedgerFixture.ROUND_2023, 2023, 100_000);
        return dk.loeft.testing.LedgerFixture.expenditure(
                jdbc, B, LocalDate.of(2024, 2, 1), 500_000, "DELTAGERBETALING", "B-" + b.suffix, secret + " indsats");
    }

    /**
     * Kommune B's catalogue: a provider and a published diploma module with B's secret name, a module,
     * sessions, a quota for B's institution and a chosen frame.
     */
    private dk.loeft.catalog.Offering offeringOfB(Institution institution) {
        var courses = new dk.loeft.testing.CourseFixture(B, context);
        var details = courses.details(
                courses.provider(secret + " udbyder").id(),
                secret + " kursus",
                LocalDate.of(2027, 2, 1),
                20,
                5,
                Map.of(institution.id(), 2));
        var offering = courses.published(new dk.loeft.catalog.OfferingDetails(
                details.providerId(),
                details.title(),
                details.kind(),
                details.programme(),
                details.planInitiative(),
                details.tailored(),
                details.delivery(),
                details.place(),
                details.startDate(),
                details.endDate(),
                details.applicationDeadline(),
                details.cancellationDeadline(),
                details.capacity(),
                details.minimumParticipants(),
                details.priceOere(),
                details.targetRoles(),
                details.targetGroup(),
                details.description(),
                details.format(),
                java.util.List.of(new dk.loeft.catalog.OfferingModule(secret + " modul", 5)),
                details.sessions(),
                details.quotas()));
        dk.loeft.testing.TestUsers.actingAs(admin(B), () -> {
            context.getBean(dk.loeft.catalog.Frameworks.class)
                    .choose(
                            offering.id(),
                            java.util.List.of(java.util.UUID.fromString("00000003-0000-4000-8000-000000000001")));
            return null;
        });
        return offering;
    }

    /** Kommune B's plan: seed 001's content under a title with B's secret name. */
    private UUID planOfB() {
        dk.loeft.plan.Plans plans = context.getBean(dk.loeft.plan.Plans.class);
        UUID plan = dk.loeft.testing.PlanFixture.draft(plans, B);
        dk.loeft.testing.TestUsers.actingAs(
                admin(B),
                () -> plans.changeTexts(
                        plan, 0, new dk.loeft.plan.Plans.Texts(secret + " plan", 2023, 2025, "", "", "")));
        return plan;
    }

    private String checksumOfB() {
        return Tenancy.runAs(Tenancy.ALL, () -> {
            StringBuilder all = new StringBuilder();
            List<String> tables = jdbc.sql("""
                            select c.table_name from information_schema.columns c
                              join information_schema.tables t
                                on t.table_schema = c.table_schema and t.table_name = c.table_name
                             where c.table_schema = current_schema() and c.column_name = 'kommune_code'
                               and t.table_type = 'BASE TABLE'
                             order by c.table_name""").query(String.class).list();
            assertThat(tables).as("every kommune-owned table is checked").contains("staff_member", "participation");
            for (String table : tables) {
                all.append(table)
                        .append('=')
                        .append(jdbc.sql("select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from "
                                        + table + " t where t.kommune_code = :k")
                                .param("k", B)
                                .query(String.class)
                                .single())
                        .append(' ');
            }
            all.append("user_institution=")
                    .append(jdbc.sql("""
                                    select md5(coalesce(string_agg(ui::text, '|' order by ui::text), ''))
                                      from user_institution ui join user_account u on u.id = ui.user_account
                                     where u.kommune_code = :k""").param("k", B).query(String.class).single());
            return all.toString();
        });
    }

    /** A path with B's ids in it; {@code kinds} are what its variables stand for. */
    private record Filled(String path, int version, Set<Kind> kinds) {

        /** Variables such as an import kind or a template name name no kommune's data. */
        boolean holdsNoKommuneData() {
            return !kinds.isEmpty()
                    && Set.of(Kind.IMPORT_KIND, Kind.TEMPLATE_FILE, Kind.ROUND, Kind.KEY, Kind.FRAMEWORK)
                            .containsAll(kinds);
        }
    }
}
