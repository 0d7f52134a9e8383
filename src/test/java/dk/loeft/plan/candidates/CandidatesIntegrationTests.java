package dk.loeft.plan.candidates;

import static dk.loeft.testing.TestUsers.actingAs;
import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.as;
import static dk.loeft.testing.TestUsers.finance;
import static dk.loeft.testing.TestUsers.leader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.loeft.IntegrationTest;
import dk.loeft.institution.Institution;
import dk.loeft.plan.InitiativeKind;
import dk.loeft.platform.NotFoundException;
import dk.loeft.platform.Paged;
import dk.loeft.platform.RuleViolationException;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.staff.Education;
import dk.loeft.staff.StaffMember;
import dk.loeft.staff.StaffRole;
import dk.loeft.staff.StaffService;
import dk.loeft.testing.KommuneFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Candidates in a test kommune with two institutions: "Lav" and "Høj" (2 of 3),
 * each with eligible staff, and one too young and new at Lav (so Lav has 1 of 4 educated: 25 %).
 */
@IntegrationTest
class CandidatesIntegrationTests {

    static final int K = 223;
    static final LocalDate ON = LocalDate.of(2026, 1, 1);

    @Autowired
    ApplicationContext context;

    @Autowired
    Candidates candidates;

    @Autowired
    StaffService staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    KommuneFixture fixture;
    Institution low;
    Institution high;
    StaffMember lowFirst;
    StaffMember lowSecond;
    StaffMember lowTooNew;
    StaffMember highOne;

    @BeforeEach
    void twoInstitutions() {
        fixture = new KommuneFixture(K, context);
        low = fixture.institution("Lav", null);
        high = fixture.institution("Høj", null);
        person("Pædagog Lav", StaffRole.PAEDAGOG, 40, 0, low, Education.PAEDAGOG);
        lowFirst = person("Anna Lav", StaffRole.PAEDAGOGMEDHJAELPER, 30, 12, low, null);
        lowSecond = person("Bo Lav", StaffRole.DAGPLEJER, 45, 0, low, null);
        lowTooNew = person("Ung Lav", StaffRole.PAEDAGOGMEDHJAELPER, 22, 0, low, null);
        person("Pædagog Høj 1", StaffRole.PAEDAGOG, 40, 0, high, Education.PAEDAGOG);
        person("Pædagog Høj 2", StaffRole.PAEDAGOG, 50, 0, high, Education.PAEDAGOG);
        highOne = person("Carl Høj", StaffRole.PAEDAGOGMEDHJAELPER, 35, 0, high, null);
    }

    private StaffMember person(
            String name, StaffRole role, int age, int priorMonths, Institution at, Education education) {
        return actingAs(admin(K), () -> {
            StaffMember m = staff.register(
                    K,
                    "C-" + UUID.randomUUID().toString().substring(0, 8),
                    new StaffMember.PersonDetails(
                            fixture.unique(name), ON.minusYears(age).minusMonths(1), role, priorMonths));
            if (education != null) {
                m = staff.addEducation(m.id(), m.version(), education, 2010);
            }
            LocalDate start = age < 25 ? ON.minusMonths(6) : LocalDate.of(2020, 1, 1);
            return staff.employ(m.id(), m.version(), at.id(), new BigDecimal("37"), start, null);
        });
    }

    private List<Candidate> mine(Paged<Candidate> page) {
        return page.items().stream()
                .filter(c -> c.name().endsWith(fixture.suffix))
                .toList();
    }

    private long nominationRows() {
        return Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql("select count(*) from plan_nomination")
                .query(Long.class)
                .single());
    }

    @Test
    void aNominationFillsASeatOfThePlansInitiativeAndAForgedInitiativeIsNotFound() throws Exception {
        UUID plan = dk.loeft.testing.PlanFixture.draft(context.getBean(dk.loeft.plan.Plans.class), K);
        UUID merit = dk.loeft.testing.RoedovrePlan.MERIT;

        actingAs(admin(K), () -> candidates.nominate(lowFirst.id(), InitiativeKind.MERIT_NET, merit, null));
        assertThat(actingAs(admin(K), () -> candidates.nominatedPerInitiative()))
                .containsEntry(merit, 1);
        String page = mvc.perform(get("/planer/" + plan).with(as(admin(K))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(page).select("#seats-" + merit).text())
                .contains("Indstillet: 1 af 19 pladser", "Find kandidater");

        long before = nominationRows();
        assertThatThrownBy(() -> actingAs(
                        admin(K),
                        () -> candidates.nominate(lowSecond.id(), InitiativeKind.MERIT_NET, UUID.randomUUID(), null)))
                .isInstanceOf(dk.loeft.platform.NotFoundException.class);
        assertThatThrownBy(() -> actingAs(
                        admin(K), () -> candidates.nominate(lowSecond.id(), InitiativeKind.PAU_EUV1, merit, null)))
                .as("the initiative is of another track")
                .isInstanceOf(dk.loeft.platform.NotFoundException.class);
        assertThat(nominationRows()).isEqualTo(before);
    }

    @Test
    void ranksTheEligibleAtTheInstitutionFurthestBelowTheTargetFirst() {
        List<Candidate> list = actingAs(
                admin(K),
                () -> mine(candidates.candidates(InitiativeKind.MERIT_NET, ON, true, new Paged.Request(0, 200))));

        assertThat(list).extracting(Candidate::staffId).containsExactly(lowFirst.id(), lowSecond.id(), highOne.id());
        assertThat(list.getFirst().institutionName()).isEqualTo(low.name());
        assertThat(list.getFirst().gap()).isEqualByComparingTo(new BigDecimal("0.60"));
        assertThat(list.getLast().gap())
                .isEqualByComparingTo(new BigDecimal("0.85").subtract(new BigDecimal("0.666667")));
    }

    @Test
    void showsWhySomeoneIsNotEligibleWhenAskedForEveryone() {
        List<Candidate> everyone = actingAs(
                admin(K),
                () -> mine(candidates.candidates(InitiativeKind.MERIT_NET, ON, false, new Paged.Request(0, 200))));

        assertThat(everyone)
                .filteredOn(c -> c.staffId().equals(lowTooNew.id()))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.eligibility().eligible()).isFalse();
                    assertThat(c.eligibility().conditions())
                            .filteredOn(cond -> !cond.met())
                            .extracting(Condition::messageKey)
                            .containsExactly("plan.candidate.merit.experience");
                });
        assertThat(everyone)
                .filteredOn(c -> c.role() == StaffRole.PAEDAGOG)
                .allSatisfy(c -> assertThat(c.eligibility().eligible()).isFalse());
    }

    @Test
    void aLeaderSeesOnlyTheirOwnInstitution() {
        Paged<Candidate> page = actingAs(
                leader(K, high.id()),
                () -> candidates.candidates(InitiativeKind.MERIT_NET, ON, false, new Paged.Request(0, 200)));

        assertThat(page.items()).extracting(Candidate::institutionId).containsOnly(high.id());
        assertThat(mine(page)).extracting(Candidate::name).contains(highOne.name());
    }

    @Test
    void aLeaderNominatesFromTheListAndWithdraws() {
        var leader = leader(K, high.id());
        Nomination nomination = actingAs(
                leader, () -> candidates.nominate(highOne.id(), InitiativeKind.MERIT_NET, null, "  Klar til august  "));

        assertThat(nomination.note()).isEqualTo("Klar til august");
        assertThat(actingAs(leader, () -> candidates.nominations()))
                .extracting(NominationView::id)
                .contains(nomination.id());
        assertThat(actingAs(
                        leader,
                        () -> mine(
                                candidates.candidates(InitiativeKind.MERIT_NET, ON, true, new Paged.Request(0, 200)))))
                .singleElement()
                .extracting(Candidate::nominationId)
                .isEqualTo(nomination.id());
        assertThatThrownBy(() ->
                        actingAs(leader, () -> candidates.nominate(highOne.id(), InitiativeKind.MERIT_NET, null, null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("plan.candidate.error.already");

        Nomination withdrawn = actingAs(leader, () -> candidates.withdraw(nomination.id(), nomination.version()));

        assertThat(withdrawn.status()).isEqualTo(Nomination.Status.WITHDRAWN);
        assertThat(withdrawn.withdrawnBy()).isEqualTo(leader.getUsername());
        assertThat(actingAs(leader, () -> candidates.nominations()))
                .extracting(NominationView::id)
                .doesNotContain(nomination.id());
        assertThatThrownBy(() -> actingAs(leader, () -> candidates.withdraw(nomination.id(), nomination.version())))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(actingAs(leader, () -> candidates.nominate(highOne.id(), InitiativeKind.MERIT_NET, null, null))
                        .status())
                .isEqualTo(Nomination.Status.NOMINATED);
    }

    @Test
    void aForgedStaffIdWritesNothing() {
        long before = nominationRows();
        UUID roedovre = Tenancy.runAs("175", () -> jdbc.sql("select id from staff_member limit 1")
                .query(UUID.class)
                .single());

        assertThatThrownBy(() ->
                        actingAs(admin(K), () -> candidates.nominate(roedovre, InitiativeKind.MERIT_NET, null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> actingAs(
                        leader(K, high.id()),
                        () -> candidates.nominate(lowFirst.id(), InitiativeKind.MERIT_NET, null, null)))
                .isInstanceOfAny(NotFoundException.class, AccessDeniedException.class);
        assertThat(nominationRows()).isEqualTo(before);
    }

    @Test
    void financeHasNoAccess() {
        assertThatThrownBy(() -> actingAs(
                        finance(K),
                        () -> candidates.candidates(InitiativeKind.MERIT_NET, ON, true, new Paged.Request(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePageAndTheApiShowTheSameCandidates() throws Exception {
        String page = mvc.perform(
                        get("/planer/kandidater?spor=MERIT_NET&dato=2026-01-01").with(as(admin(K))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(lowFirst.name(), "Opfyldt: Er ikke uddannet pædagog");
        String api = mvc.perform(get("/api/v1/candidates?track=MERIT_NET&date=2026-01-01&size=200")
                        .with(as(admin(K))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(api).contains(lowFirst.id().toString(), "Mindst 25 år og 2 års erfaring");
        mvc.perform(get("/planer/kandidater").with(as(finance(K)))).andExpect(status().isForbidden());

        mvc.perform(post("/planer/kandidater/indstil")
                        .with(csrf())
                        .with(as(admin(K)))
                        .param("staffId", lowSecond.id().toString())
                        .param("spor", "MERIT_NET")
                        .param("dato", "2026-01-01")
                        .param("note", "Fra siden"))
                .andExpect(status().is3xxRedirection());
        assertThat(actingAs(admin(K), () -> candidates.nominations()))
                .filteredOn(n -> n.staffId().equals(lowSecond.id()))
                .singleElement()
                .extracting(NominationView::note)
                .isEqualTo("Fra siden");

        Nomination viaApi =
                actingAs(admin(K), () -> candidates.nominate(lowFirst.id(), InitiativeKind.PAU_EUV1, null, null));
        mvc.perform(post("/api/v1/nominations/" + viaApi.id() + "/withdrawal")
                        .with(csrf())
                        .with(as(admin(K)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": %d}".formatted(viaApi.version())))
                .andExpect(status().isOk());

        long before = nominationRows();
        mvc.perform(post("/api/v1/nominations")
                        .with(csrf())
                        .with(as(admin(155)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"staffId\":\"" + lowFirst.id() + "\",\"track\":\"MERIT_NET\"}"))
                .andExpect(status().isNotFound());
        assertThat(nominationRows()).isEqualTo(before);
    }
}
