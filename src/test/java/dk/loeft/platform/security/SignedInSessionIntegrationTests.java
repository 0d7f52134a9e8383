package dk.loeft.platform.security;

import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.loeft.IntegrationTest;
import dk.loeft.platform.tenancy.Tenancy;
import dk.loeft.testing.KommuneFixture;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A signed-in session follows its account: the principal carries the kommune's name from the login
 * (so pages need no query for it), a disabled account's session is refused on its next request, and
 * a new role applies from the next request, not the next login.
 */
@IntegrationTest
class SignedInSessionIntegrationTests {

    static final int RODOVRE = 175;
    static final String PASSWORD = "en lang adgangskode";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserAccountRepository accounts;

    KommuneFixture kommune;
    UserAccount account;

    @BeforeEach
    void financeAccount() {
        kommune = new KommuneFixture(RODOVRE, context);
        account = kommune.account("session", "Sessionsbruger", Role.FINANCE, Set.of());
    }

    @Test
    void thePageHeaderShowsTheKommuneNameTheLoginPutInThePrincipal() throws Exception {
        MockHttpSession session = signIn();
        assertThat(principal(session).kommuneName()).isEqualTo("Rødovre Kommune");
        assertThat(principal(session).accountVersion()).isEqualTo(currentVersion());

        String html = mvc.perform(get("/oversigt").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(html).select("header .authority-name").eachText())
                .containsOnly("Rødovre Kommune");
    }

    @Test
    void aDisabledAccountsSessionIsRefusedOnItsNextRequest() throws Exception {
        MockHttpSession session = signIn();
        mvc.perform(get("/oversigt").session(session)).andExpect(status().isOk());

        mvc.perform(post("/brugere/" + account.id() + "/deaktiver")
                        .param("version", Integer.toString(currentVersion()))
                        .with(csrf())
                        .with(as(admin(RODOVRE))))
                .andExpect(status().is3xxRedirection());
        assertThat(reload().enabled()).isFalse();

        mvc.perform(get("/oversigt").session(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aDisabledAccountsSessionIsRefusedByTheApiToo() throws Exception {
        MockHttpSession session = signIn();
        mvc.perform(get("/api/v1/kommuner").session(session)).andExpect(status().isOk());

        UserAccount changed = reload();
        changed.disable();
        Tenancy.runAs(Tenancy.ALL, () -> accounts.save(changed));

        mvc.perform(get("/api/v1/kommuner").session(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void aNewRoleAppliesFromTheNextRequest() throws Exception {
        MockHttpSession session = signIn();
        mvc.perform(get("/institutioner/ny").session(session)).andExpect(status().isForbidden());

        UserAccount changed = reload();
        changed.changeRole(Role.KOMMUNE_ADMIN, Set.of(), null);
        Tenancy.runAs(Tenancy.ALL, () -> accounts.save(changed));

        mvc.perform(get("/institutioner/ny").session(session)).andExpect(status().isOk());
        assertThat(principal(session).role()).isEqualTo(Role.KOMMUNE_ADMIN);
        assertThat(principal(session).accountVersion()).isEqualTo(currentVersion());
        assertThat(principal(session).getPassword()).isNull();
    }

    private MockHttpSession signIn() throws Exception {
        return (MockHttpSession)
                mvc.perform(formLogin("/login").user(account.username()).password(PASSWORD))
                        .andExpect(authenticated())
                        .andReturn()
                        .getRequest()
                        .getSession(false);
    }

    private static LoeftUser principal(MockHttpSession session) {
        SecurityContext context = (SecurityContext)
                session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return (LoeftUser) context.getAuthentication().getPrincipal();
    }

    private UserAccount reload() {
        return Tenancy.runAs(Tenancy.ALL, () -> accounts.findById(account.id()).orElseThrow());
    }

    private int currentVersion() {
        return reload().version();
    }
}
