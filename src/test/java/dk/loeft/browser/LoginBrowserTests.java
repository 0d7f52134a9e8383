package dk.loeft.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dk.loeft.platform.security.Role;
import dk.loeft.platform.security.UserAccount;
import dk.loeft.platform.security.UserAccountRepository;
import dk.loeft.platform.tenancy.Tenancy;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

class LoginBrowserTests extends BrowserTestSupport {

    /**
     * Who logs in for each role (the demo user once the demo data has it, else a new account),
     * where they land and how the header names their role. Add a row for a new role or start page.
     */
    static Stream<Arguments> startPages() {
        return Stream.of(
                arguments(Role.NATIONAL, "ministeriet", "/kommuner", "Ministeriet"),
                arguments(Role.KOMMUNE_ADMIN, "forvaltning.roedovre", "/oversigt", "Forvaltning"),
                arguments(Role.FINANCE, "oekonomi.roedovre", "/oversigt", "Økonomi"),
                arguments(Role.LEADER, "leder.roedovre", "/oversigt", "Leder"),
                arguments(Role.STAFF, "medarbejder.roedovre", "/mig", "Medarbejder"));
    }

    private static final Dimension PHONE = new Dimension(400, 860);
    private static final Dimension DESKTOP = new Dimension(1280, 1000);

    @Autowired
    private UserAccountRepository accounts;

    @Autowired
    private Clock clock;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping controllers;

    @Test
    void theLoginPageIsInDanishAndPassesTheAccessibilityCheck() {
        visit("/login");

        assertThat(find(By.tagName("html")).getAttribute("lang")).isEqualTo("da");
        assertThat(browser().getTitle()).isEqualTo("Log ind | Løft");
        assertThat(findAll(By.tagName("h1")))
                .singleElement()
                .extracting(h1 -> h1.getText())
                .isEqualTo("Log ind");
        assertThat(text(By.cssSelector("label[for=username]"))).isEqualTo("Brugernavn");
        assertThat(text(By.cssSelector("label[for=password]"))).isEqualTo("Adgangskode");
        assertThat(findAll(By.cssSelector("header .portal-user"))).isEmpty();
        screenshot("login");
    }

    @Test
    void aWrongPasswordShowsTheDanishErrorAndKeepsTheUserSignedOut() {
        String username = newAccount(Role.KOMMUNE_ADMIN);

        logIn(username, "forkert-kode");
        checkAccessibility();

        assertThat(currentPath()).isEqualTo("/login");
        assertThat(text(By.cssSelector("main .alert-error .alert-text")))
                .isEqualTo("Forkert brugernavn eller adgangskode.");
        open("/");
        assertThat(currentPath()).isEqualTo("/login");
    }

    @Test
    void aLockedAccountIsRefusedWithTheDanishLockMessageEvenWithTheRightPassword() {
        String username = newAccount(Role.FINANCE);
        lockAfterTooManyWrongPasswords(username);

        logIn(username, PASSWORD);
        checkAccessibility();

        assertThat(currentPath()).isEqualTo("/login");
        assertThat(text(By.cssSelector("main .alert-error .alert-text")))
                .isEqualTo("Kontoen er midlertidigt låst efter for mange forkerte forsøg. Prøv igen om 15 minutter.");
    }

    @ParameterizedTest(name = "{0} ({1}) lands on {2}")
    @MethodSource("startPages")
    void eachRoleLandsOnItsStartPageAfterLoggingIn(Role role, String demoUser, String startPage, String roleLabel) {
        logIn(demoUserOrNewAccount(demoUser, role), PASSWORD);

        assertThat(currentPath()).isEqualTo(startPage);
        // A start page that no controller serves yet (its module is still being built) can only
        // be checked for the redirect; once served, it must render in the layout and pass axe.
        if (isServed(startPage)) {
            checkAccessibility();
            assertThat(findAll(By.tagName("h1"))).hasSize(1);
            assertThat(text(By.cssSelector("header .portal-user .user"))).endsWith(", " + roleLabel);
        }
    }

    @Test
    void theDemoMinistryUserLogsInWithTheDocumentedPassword() {
        logIn("ministeriet", PASSWORD);

        assertThat(currentPath()).isEqualTo("/kommuner");
    }

    @Test
    void aSignedInPageShowsTheUserTheMenuAndLogOutAndPassesTheAccessibilityCheck() {
        logIn(newAccount(Role.KOMMUNE_ADMIN), PASSWORD);

        visit(aPageWithTheLayout("/oversigt"));

        assertThat(text(By.cssSelector("header .portal-user .user"))).isEqualTo("Test kommune_admin, Forvaltning");
        assertThat(text(By.cssSelector("header .authority-name"))).isEqualTo("Rødovre Kommune");
        assertThat(findAll(By.cssSelector("header nav.nav .mainmenu a.nav-link")))
                .extracting(link -> link.getText().strip())
                .contains("Oversigt", "Institutioner", "Katalog");
        assertThat(findAll(By.cssSelector("header a[href='/brugere']")))
                .as("the rest of the menu is under Mere")
                .isNotEmpty();
        assertThat(find(By.cssSelector("header .portal-user button.log-off")).isDisplayed())
                .isTrue();
        screenshot("signed-in");
    }

    @Test
    void loggingOutEndsTheSessionAndSaysSo() {
        logIn(newAccount(Role.LEADER), PASSWORD);
        visit(aPageWithTheLayout("/oversigt"));

        logOut();

        assertThat(currentPath()).isEqualTo("/login");
        assertThat(currentQuery()).isEqualTo("logout");
        assertThat(text(By.cssSelector("main .alert-success .alert-text"))).isEqualTo("Du er logget ud.");
        assertThat(findAll(By.cssSelector("header .portal-user"))).isEmpty();
        open("/");
        assertThat(currentPath()).isEqualTo("/login");
    }

    @Test
    void onAPhoneTheMenuShowsTheUserAndTheirKommuneAndLogsOut() {
        logIn(newAccount(Role.STAFF), PASSWORD);
        browser().manage().window().setSize(PHONE);
        try {
            visit(aPageWithTheLayout("/mig"));
            assertThat(find(By.cssSelector("header .portal-user")).isDisplayed())
                    .isFalse();

            find(By.cssSelector("header button.js-menu-open")).click();
            WebElement drawer = find(By.cssSelector(".mobile-drawer"));
            new WebDriverWait(browser(), Duration.ofSeconds(5)).until(driver -> drawer.isDisplayed());
            checkAccessibility();
            screenshot("phone-menu");

            assertThat(drawer.findElement(By.cssSelector(".portal-info-mobile .user"))
                            .getText())
                    .isEqualTo("Test staff, Medarbejder");
            assertThat(drawer.findElement(By.cssSelector(".solution-info-mobile .authority-name"))
                            .getText())
                    .isEqualTo("Rødovre Kommune");
            follow(By.cssSelector(".mobile-drawer .portal-info-mobile button.log-off"));
            assertThat(currentQuery()).isEqualTo("logout");
        } finally {
            browser().manage().window().setSize(DESKTOP);
        }
    }

    /**
     * The start page when a controller serves it; until then the login page, which a signed-in user
     * also sees in the full layout with their name, the menu and the log-out button.
     */
    private String aPageWithTheLayout(String startPage) {
        return isServed(startPage) ? startPage : "/login";
    }

    /** What five wrong passwords in a row do (typing them costs seconds of browser time). */
    private void lockAfterTooManyWrongPasswords(String username) {
        Tenancy.runAs(Tenancy.ALL, () -> {
            UserAccount account = accounts.findByUsername(username).orElseThrow();
            while (!account.isLocked(clock.instant())) {
                account.recordFailedLogin(clock.instant());
            }
            accounts.save(account);
        });
    }

    private boolean isServed(String path) {
        try {
            return controllers.getHandler(new MockHttpServletRequest("GET", path)) != null;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot tell whether a controller serves " + path, e);
        }
    }
}
