package dk.loeft.browser;

import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core on the page the browser shows against WCAG 2.1 A and AA and fails on every
 * violation a user would be blocked or seriously hindered by (impact serious or critical).
 */
public final class Accessibility {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private Accessibility() {}

    /** Fails listing each serious or critical violation: rule, impact, help text and elements. */
    public static void assertNoSeriousViolations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        if (results.isErrored()) {
            fail("axe-core could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .toList();
        if (!blocking.isEmpty()) {
            fail("%d accessibility violation(s) on %s:%n%s"
                    .formatted(
                            blocking.size(),
                            driver.getCurrentUrl(),
                            blocking.stream().map(Accessibility::describe).collect(Collectors.joining("\n"))));
        }
    }

    private static String describe(Rule rule) {
        String targets = rule.getNodes().stream()
                .map(CheckedNode::getTarget)
                .map(String::valueOf)
                .collect(Collectors.joining(", "));
        return "- %s (%s): %s; elements: %s; see %s"
                .formatted(rule.getId(), rule.getImpact(), rule.getHelp(), targets, rule.getHelpUrl());
    }
}
