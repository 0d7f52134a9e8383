package dk.loeft.browser;

import dk.loeft.IntegrationTest;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.security.UserAccount;
import dk.loeft.platform.security.UserAccountRepository;
import dk.loeft.platform.tenancy.Tenancy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Base of every browser test: the whole application (the one shared {@link IntegrationTest}
 * context on its random port) driven by the run's one headless Chromium. Each test starts signed
 * out. {@link #visit} checks every page it opens with axe-core; after a click that loads another
 * page, {@link #follow} does the same.
 */
@IntegrationTest
@Tag("browser")
@ExtendWith(FailureSnapshots.class)
public abstract class BrowserTestSupport {

    /** The password of the demo users and of the accounts {@link #newAccount} creates. */
    protected static final String PASSWORD = "demo1234";

    /** Rødovre, the demo data's kommune. */
    protected static final int KOMMUNE = 175;

    /** Where {@link #screenshot} writes; a person looks at these, CI ignores them. */
    static final Path SCREENSHOTS = Path.of(System.getProperty("loeft.screenshots", "/tmp/screens"));

    private static final Duration PAGE_WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    private int port;

    @Autowired
    private UserAccountRepository accounts;

    @Autowired
    private PasswordEncoder passwords;

    @Autowired
    private Clock clock;

    @BeforeEach
    final void startSignedOut() {
        WebDriver driver = browser();
        if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
    }

    protected final WebDriver browser() {
        return Chromium.driver();
    }

    /** Opens a page of the application and fails if it has serious accessibility violations. */
    protected final void visit(String path) {
        open(path);
        checkAccessibility();
    }

    /** Opens a page without the accessibility check: only for pages that are not ours to check. */
    protected final void open(String path) {
        browser().get(url(path));
    }

    /** Clicks what loads another page, waits for it and checks its accessibility. */
    protected final void follow(By clickable) {
        clickAndWaitForNextPage(clickable);
        checkAccessibility();
    }

    protected final void checkAccessibility() {
        Accessibility.assertNoSeriousViolations(browser());
    }

    /**
     * Signs in through the login form and waits for the page the application sends the user to.
     * That page is not checked with axe here: start pages are checked by the tests of their own.
     */
    protected final void logIn(String username, String password) {
        open("/login");
        WebElement user = find(By.id("username"));
        user.clear();
        user.sendKeys(username);
        WebElement secret = find(By.id("password"));
        secret.clear();
        secret.sendKeys(password);
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
    }

    /** Signs out with the header's button and checks the page that follows. */
    protected final void logOut() {
        follow(By.cssSelector("header .portal-user button.log-off"));
    }

    /**
     * A new, enabled account with the role in the demo kommune (institution-free for leaders) and
     * the password {@link #PASSWORD}; its username is returned. Fresh accounts keep tests apart:
     * wrong passwords lock accounts, and tests must not lock the demo users.
     */
    protected final String newAccount(Role role) {
        String username = "browser-" + role.name().toLowerCase().replace('_', '-') + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        Integer kommune = role == Role.NATIONAL ? null : KOMMUNE;
        UserAccount account = UserAccount.create(
                username,
                passwords.encode(PASSWORD),
                "Test " + role.name().toLowerCase(),
                role,
                kommune,
                Set.of(),
                null,
                clock.instant());
        Tenancy.runAs(Tenancy.ALL, () -> accounts.save(account));
        return username;
    }

    /**
     * The demo user when the demo data has it (with the role expected), otherwise a {@link
     * #newAccount} with that role. Only for tests that log in with the right password: a wrong
     * one would lock the shared demo user.
     */
    protected final String demoUserOrNewAccount(String demoUsername, Role role) {
        return Tenancy.runAs(Tenancy.ALL, () -> accounts.findByUsername(demoUsername))
                .map(account -> {
                    if (account.role() != role) {
                        throw new IllegalStateException(
                                "Demo user " + demoUsername + " has role " + account.role() + ", not " + role);
                    }
                    return account.username();
                })
                .orElseGet(() -> newAccount(role));
    }

    protected final WebElement find(By by) {
        return browser().findElement(by);
    }

    protected final List<WebElement> findAll(By by) {
        return browser().findElements(by);
    }

    protected final String text(By by) {
        return find(by).getText().strip();
    }

    /** The path of the page the browser shows, without the query. */
    protected final String currentPath() {
        return URI.create(browser().getCurrentUrl()).getPath();
    }

    /** The query of the page the browser shows, or null. */
    protected final String currentQuery() {
        return URI.create(browser().getCurrentUrl()).getQuery();
    }

    /** Saves what the browser shows as {@code <name>.png} in {@link #SCREENSHOTS}. */
    protected final Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) browser()).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void clickAndWaitForNextPage(By clickable) {
        WebElement current = find(By.tagName("html"));
        find(clickable).click();
        WebDriverWait wait = new WebDriverWait(browser(), PAGE_WAIT);
        wait.until(ExpectedConditions.stalenessOf(current));
        wait.until(
                driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }
}
