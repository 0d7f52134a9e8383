package dk.loeft.platform.users;

import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.as;
import static dk.loeft.testing.TestUsers.leader;
import static dk.loeft.testing.TestUsers.national;
import static dk.loeft.testing.TestUsers.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.loeft.IntegrationTest;
import dk.loeft.institution.Institution;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.security.UserAccount;
import dk.loeft.platform.security.UserAccountRepository;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.staff.StaffMember;
import dk.loeft.testing.KommuneFixture;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class UserAdminIntegrationTests {

    static final int K = 167;
    static final int OTHER = 169;
    static final String PASSWORD = "en lang og god adgangskode";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    KommuneFixture k;
    KommuneFixture other;

    @BeforeEach
    void fixture() {
        k = new KommuneFixture(K, context);
        other = new KommuneFixture(OTHER, context);
    }

    private MockHttpServletRequestBuilder newUser(LoeftUser by, String username, Role role) {
        return post("/brugere/ny")
                .with(as(by))
                .with(csrf())
                .param("username", username)
                .param("displayName", "Bente Bruger")
                .param("role", role.name())
                .param("password", PASSWORD)
                .param("passwordRepeat", PASSWORD);
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private String hashOf(String username) {
        return jdbc.sql("select password_hash from user_account where username = :u")
                .param("u", username)
                .query(String.class)
                .single();
    }

    private UserAccount account(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    @Test
    void theForvaltningCreatesALeaderOfItsOwnInstitutions() throws Exception {
        Institution institution = k.institution("Lederens børnehus", null);
        String username = "leder." + k.suffix;
        mvc.perform(newUser(admin(K), username, Role.LEADER)
                        .param("institutionIds", institution.id().toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/brugere"))
                .andExpect(flash().attribute("flashSuccess", "Brugeren " + username + " er oprettet."));

        UserAccount created = account(username);
        assertThat(created.kommuneCode()).isEqualTo(K);
        assertThat(created.role()).isEqualTo(Role.LEADER);
        assertThat(created.institutionIds()).containsExactly(institution.id());
        assertThat(passwords.matches(PASSWORD, hashOf(username))).isTrue();
        assertThat(html(get("/brugere").with(as(admin(K))))).contains(username, institution.name());
    }

    @Test
    void aLeaderNeedsAnInstitutionAndOnlyOfTheOwnKommune() throws Exception {
        String none = html(newUser(admin(K), "uden." + k.suffix, Role.LEADER));
        assertThat(none).contains("Vælg mindst én institution til lederen");

        Institution foreign = other.institution("Fremmed", null);
        String foreignPage = html(newUser(admin(K), "fremmed." + k.suffix, Role.LEADER)
                .param("institutionIds", foreign.id().toString()));
        assertThat(foreignPage).contains("En af de valgte institutioner findes ikke i kommunen");
        assertThat(accounts.findByUsername("fremmed." + k.suffix)).isEmpty();
    }

    @Test
    void aStaffAccountIsLinkedToTheRecordWithTheEmployeeNumber() throws Exception {
        Institution institution = k.institution("Medarbejderens", null);
        StaffMember member = k.staffMember("Medarbejder med konto", institution.id());
        mvc.perform(newUser(admin(K), "medarb." + k.suffix, Role.STAFF)
                        .param("employeeNumber", member.employeeNumber()))
                .andExpect(status().is3xxRedirection());
        assertThat(account("medarb." + k.suffix).staffId()).isEqualTo(member.id());

        String unknown =
                html(newUser(admin(K), "ukendt." + k.suffix, Role.STAFF).param("employeeNumber", "FINDES-IKKE"));
        assertThat(unknown).contains("Kommunen har ingen medarbejder med nummer FINDES-IKKE");
    }

    @Test
    void rejectsAShortPasswordAndDifferentRepetitionsInDanish() throws Exception {
        String page = html(post("/brugere/ny")
                .with(as(admin(K)))
                .with(csrf())
                .param("username", "kort." + k.suffix)
                .param("displayName", "Kort")
                .param("role", "FINANCE")
                .param("password", "kort")
                .param("passwordRepeat", "kort"));
        assertThat(page).contains("Adgangskoden skal være mindst 12 og højst 200 tegn");

        String different = html(post("/brugere/ny")
                .with(as(admin(K)))
                .with(csrf())
                .param("username", "forskellig." + k.suffix)
                .param("displayName", "Forskellig")
                .param("role", "FINANCE")
                .param("password", PASSWORD)
                .param("passwordRepeat", PASSWORD + "x"));
        assertThat(different).contains("De to adgangskoder er ikke ens");
        assertThat(accounts.findByUsername("kort." + k.suffix)).isEmpty();
        assertThat(accounts.findByUsername("forskellig." + k.suffix)).isEmpty();
    }

    @Test
    void rejectsAnInvalidOrTakenUsername() throws Exception {
        assertThat(html(newUser(admin(K), "Æ ø", Role.FINANCE)))
                .contains("Brugernavnet skal være 3-60 tegn og kun indeholde bogstaverne a-z");
        k.account("optaget", "Optaget", Role.FINANCE, Set.of());
        assertThat(html(newUser(admin(K), "optaget-" + k.suffix, Role.FINANCE)))
                .contains("Brugernavnet optaget-" + k.suffix + " er optaget");
    }

    @Test
    void theForvaltningNeverSeesNorChangesAnotherKommunesUsers() throws Exception {
        UserAccount foreign = other.account("fremmed", "Fremmed Bruger", Role.FINANCE, Set.of());
        assertThat(html(get("/brugere").with(as(admin(K))))).doesNotContain(foreign.username());
        mvc.perform(get("/brugere/" + foreign.id()).with(as(admin(K)))).andExpect(status().isNotFound());
        mvc.perform(post("/brugere/" + foreign.id() + "/deaktiver")
                        .with(as(admin(K)))
                        .with(csrf())
                        .param("version", Integer.toString(foreign.version())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/brugere/" + foreign.id() + "/adgangskode")
                        .with(as(admin(K)))
                        .with(csrf())
                        .param("version", Integer.toString(foreign.version()))
                        .param("password", PASSWORD)
                        .param("passwordRepeat", PASSWORD))
                .andExpect(status().isNotFound());
        mvc.perform(post("/brugere/" + foreign.id())
                        .with(as(admin(K)))
                        .with(csrf())
                        .param("version", Integer.toString(foreign.version()))
                        .param("displayName", "Overtaget")
                        .param("role", "KOMMUNE_ADMIN"))
                .andExpect(status().isNotFound());

        UserAccount after = account(foreign.username());
        assertThat(after.enabled()).isTrue();
        assertThat(after.role()).isEqualTo(Role.FINANCE);
        assertThat(after.displayName()).isEqualTo(foreign.displayName());
        assertThat(after.version()).isEqualTo(foreign.version());
    }

    @Test
    void theForvaltningNeverSeesChangesNorCreatesNationalUsers() throws Exception {
        UserAccount ministry = Tenancy.runAs(
                Tenancy.ALL,
                () -> accounts.save(UserAccount.create(
                        "stuk-" + k.suffix,
                        passwords.encode(PASSWORD),
                        "Styrelsen " + k.suffix,
                        Role.NATIONAL,
                        null,
                        Set.of(),
                        null,
                        Instant.now())));
        assertThat(html(get("/brugere").with(as(admin(K))))).doesNotContain(ministry.username());
        mvc.perform(get("/brugere/" + ministry.id()).with(as(admin(K)))).andExpect(status().isNotFound());
        mvc.perform(post("/brugere/" + ministry.id() + "/deaktiver")
                        .with(as(admin(K)))
                        .with(csrf())
                        .param("version", Integer.toString(ministry.version())))
                .andExpect(status().isNotFound());
        assertThat(account(ministry.username()).enabled()).isTrue();

        String page = html(newUser(admin(K), "national." + k.suffix, Role.NATIONAL));
        assertThat(page).contains("Vælg en rolle");
        assertThat(accounts.findByUsername("national." + k.suffix)).isEmpty();
    }

    @Test
    void theMinistryCreatesAKommunesFirstForvaltningOnlyOnce() throws Exception {
        int fresh = 183; // a kommune no other test gives a forvaltning account
        String first = "forv.first." + k.suffix;
        mvc.perform(newUser(national(), first, Role.KOMMUNE_ADMIN).param("kommuneCode", Integer.toString(fresh)))
                .andExpect(status().is3xxRedirection());
        assertThat(account(first).kommuneCode()).isEqualTo(fresh);
        assertThat(account(first).role()).isEqualTo(Role.KOMMUNE_ADMIN);

        String second = html(newUser(national(), "forv.second." + k.suffix, Role.KOMMUNE_ADMIN)
                .param("kommuneCode", Integer.toString(fresh)));
        assertThat(second).contains("Kommunen har allerede en forvaltningsbruger");
        assertThat(accounts.findByUsername("forv.second." + k.suffix)).isEmpty();
    }

    @Test
    void theMinistrySeesAndManagesOnlyNationalUsers() throws Exception {
        UserAccount kommuneUser = k.account("kommunal", "Kommunal Bruger", Role.FINANCE, Set.of());
        String nationalUser = "ministeriel." + k.suffix;
        mvc.perform(newUser(national(), nationalUser, Role.NATIONAL)).andExpect(status().is3xxRedirection());
        assertThat(account(nationalUser).kommuneCode()).isNull();

        String list = html(get("/brugere").with(as(national())));
        assertThat(list).contains(nationalUser).doesNotContain(kommuneUser.username());
        mvc.perform(get("/brugere/" + kommuneUser.id()).with(as(national()))).andExpect(status().isNotFound());
        mvc.perform(get("/brugere/" + account(nationalUser).id()).with(as(national())))
                .andExpect(status().isOk());
    }

    @Test
    void changesRoleDisablesEnablesAndSetsANewPassword() throws Exception {
        Institution institution = k.institution("Rolleskift", null);
        UserAccount user = k.account("skifter", "Skifter", Role.FINANCE, Set.of());

        mvc.perform(post("/brugere/" + user.id())
                        .with(as(admin(K)))
                        .with(csrf())
                        .param("version", Integer.toString(user.version()))
                        .param("displayName", "Skifter Ny")
                        .param("role", "LEADER")
                        .param("institutionIds", institution.id().toString()))
                .andExpect(status().is3xxRedirection());
        UserAccount leader = account(user.username());
        assertThat(leader.role()).isEqualTo(Role.LEADER);
        assertThat(leader.displayName()).isEqualTo("Skifter Ny");
        assertThat(leader.institutionIds()).containsExactly(institution.id());

        mvc.perform(post("/brugere/" + user.id() + "/deaktiver")
                        .with(as(admin(K)))
                        .with(csrf())
                        .param("version", Integer.toString(leader.version())))
                .andExpect(status().is3xxRedirection());
        UserAccount disabled = account(user.username());
        assertThat(disabled.enabled()).isFalse();

        mvc.perform(post("/brugere/" + user.id() + "/aktiver")
                        .with(as(admin(K)))
                        .with(csrf())
                        .param("version", Integer.toString(disabled.version())))
                .andExpect(status().is3xxRedirection());
        UserAccount enabled = account(user.username());
        assertThat(enabled.enabled()).isTrue();

        String newPassword = "helt ny og lang adgangskode";
        mvc.perform(post("/brugere/" + user.id() + "/adgangskode")
                        .with(as(admin(K)))
                        .with(csrf())
                        .param("version", Integer.toString(enabled.version()))
                        .param("password", newPassword)
                        .param("passwordRepeat", newPassword))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", user.username() + " har fået en ny adgangskode."));
        assertThat(passwords.matches(newPassword, hashOf(user.username()))).isTrue();
    }

    @Test
    void aStaleFormIsAConflictThatChangesNothing() throws Exception {
        UserAccount user = k.account("konflikt", "Konflikt", Role.FINANCE, Set.of());
        mvc.perform(post("/brugere/" + user.id() + "/deaktiver")
                        .with(as(admin(K)))
                        .with(csrf())
                        .param("version", Integer.toString(user.version())))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/brugere/" + user.id())
                        .with(as(admin(K)))
                        .with(csrf())
                        .param("version", Integer.toString(user.version()))
                        .param("displayName", "Forældet")
                        .param("role", "FINANCE"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/brugere/" + user.id()))
                .andExpect(
                        flash().attribute(
                                        "flashError",
                                        "En anden har ændret oplysningerne, mens du redigerede. Dine ændringer er ikke gemt – se de nye oplysninger og ret igen."));
        assertThat(account(user.username()).displayName()).isEqualTo(user.displayName());
    }

    @Test
    void theForvaltningCannotDisableItselfNorChangeItsOwnRole() throws Exception {
        UserAccount me = k.account("mig", "Mig Selv", Role.KOMMUNE_ADMIN, Set.of());
        LoeftUser signedIn = new LoeftUser(
                me.id(),
                me.username(),
                null,
                me.displayName(),
                Role.KOMMUNE_ADMIN,
                K,
                null,
                Set.of(),
                null,
                true,
                false,
                null);
        mvc.perform(post("/brugere/" + me.id() + "/deaktiver")
                        .with(as(signedIn))
                        .with(csrf())
                        .param("version", Integer.toString(me.version())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "Du kan ikke deaktivere dig selv"));
        String page = html(post("/brugere/" + me.id())
                .with(as(signedIn))
                .with(csrf())
                .param("version", Integer.toString(me.version()))
                .param("displayName", "Mig Selv")
                .param("role", "FINANCE"));
        assertThat(page).contains("Du kan ikke ændre din egen rolle");
        UserAccount after = account(me.username());
        assertThat(after.enabled()).isTrue();
        assertThat(after.role()).isEqualTo(Role.KOMMUNE_ADMIN);
    }

    @Test
    void leadersStaffAndFinanceCannotOpenTheUserAdministration() throws Exception {
        UUID any = UUID.randomUUID();
        for (LoeftUser user : new LoeftUser[] {leader(K, any), staff(K, any), dk.loeft.testing.TestUsers.finance(K)}) {
            mvc.perform(get("/brugere").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(newUser(user, "indbrud." + k.suffix, Role.KOMMUNE_ADMIN))
                    .andExpect(status().isForbidden());
        }
        assertThat(accounts.findByUsername("indbrud." + k.suffix)).isEmpty();
    }
}
