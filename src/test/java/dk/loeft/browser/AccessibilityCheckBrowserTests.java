package dk.loeft.browser;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

class AccessibilityCheckBrowserTests extends BrowserTestSupport {

    @Test
    void theCheckFailsNamingRuleImpactAndElementOfEverySeriousViolation() {
        visit("/login");
        ((JavascriptExecutor) browser()).executeScript("""
                const input = document.createElement('input');
                input.id = 'unlabelled-probe';
                document.querySelector('main').append(input);
                document.documentElement.removeAttribute('lang');""");

        assertThatThrownBy(this::checkAccessibility)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("accessibility violation(s) on http://localhost:")
                .hasMessageContaining("- label (critical): Form elements must have labels")
                .hasMessageContaining("#unlabelled-probe")
                .hasMessageContaining("- html-has-lang (serious)");
    }
}
