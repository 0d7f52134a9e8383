package dk.loeft.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The one headless Chromium of a test run: started on first use (starting it costs seconds on a
 * small machine), shared by every browser test, and closed when the JVM exits. It is Debian's
 * {@code chromium} with its {@code chromedriver}; Selenium Manager is never asked to download one.
 * Override the paths with the system properties {@code loeft.chromium} and {@code
 * loeft.chromedriver}.
 */
final class Chromium {

    private static final String BINARY = System.getProperty("loeft.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("loeft.chromedriver", "/usr/bin/chromedriver");

    /** Selenium logs through java.util.logging; kept here so the level settings are not collected. */
    private static final List<Logger> QUIET_LOGGERS = List.of(
            // Debian's Chromium is newer than the DevTools versions Selenium bundles; we use none.
            Logger.getLogger("org.openqa.selenium.devtools"), Logger.getLogger("org.openqa.selenium.chromium"));

    private static @Nullable WebDriver driver;

    private Chromium() {}

    static synchronized WebDriver driver() {
        if (driver == null) {
            long started = System.nanoTime();
            driver = start();
            System.out.printf("Chromium started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        }
        return driver;
    }

    /** The browser if a test has started it, for reporting on failures without starting one. */
    static synchronized @Nullable WebDriver ifStarted() {
        return driver;
    }

    private static WebDriver start() {
        File binary = new File(BINARY);
        File chromedriver = new File(DRIVER);
        if (!binary.canExecute() || !chromedriver.canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's Chromium and its driver at " + BINARY + " and "
                    + DRIVER + ": run `apt-get install -y chromium chromium-driver` (.ci/run does).");
        }
        QUIET_LOGGERS.forEach(logger -> logger.setLevel(Level.SEVERE));
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER);

        Path profile = createProfileDirectory();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--window-size=1280,1000",
                "--lang=da-DK",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));

        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(chrome, profile), "chromium-shutdown"));
        return chrome;
    }

    private static void stop(WebDriver chrome, Path profile) {
        try {
            chrome.quit();
        } catch (RuntimeException alreadyGone) {
            // The JVM is exiting; a browser that is already gone is what we want.
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temp folder left behind is harmless.
        }
    }

    private static Path createProfileDirectory() {
        try {
            return Files.createTempDirectory("loeft-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
