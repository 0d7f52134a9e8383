package dk.loeft.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** Keeps what the browser showed when a browser test failed: a screenshot and the page's HTML. */
class FailureSnapshots implements TestWatcher {

    static final Path FOLDER = Path.of("target", "browser-failures");

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        WebDriver driver = Chromium.ifStarted();
        if (driver == null) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "-"
                + context.getDisplayName().replaceAll("[^\\p{Alnum}._-]+", "_");
        try {
            Files.createDirectories(FOLDER);
            Files.write(FOLDER.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(FOLDER.resolve(name + ".html"), driver.getPageSource());
            System.err.println(
                    "Browser snapshot of the failure: " + FOLDER.resolve(name).toAbsolutePath() + ".png");
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not keep a snapshot of the failed browser test: " + e);
        }
    }
}
