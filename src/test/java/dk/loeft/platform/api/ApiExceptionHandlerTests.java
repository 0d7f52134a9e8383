package dk.loeft.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.platform.RuleViolationException;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

class ApiExceptionHandlerTests {

    private final ApiExceptionHandler handler = new ApiExceptionHandler(
            new ApiProblems(messages(), JsonMapper.builder().build()));

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        Locale da = Locale.of("da");
        messages.addMessage("api.problem.rule.title", da, "Reglerne er ikke overholdt");
        messages.addMessage("api.problem.rule.detail", da, "Oplysningerne bryder en regel og er ikke gemt.");
        messages.addMessage(
                "staff.error.employeenumber.taken", da, "Kommunen har allerede en medarbejder med nummer {0}");
        messages.addMessage("api.problem.conflict.title", da, "Konflikt");
        return messages;
    }

    @BeforeEach
    void danish() {
        LocaleContextHolder.setLocale(Locale.of("da"));
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void anAggregatesRefusalIsA422RuleViolationWithTheDeveloperReasonApart() {
        ProblemDetail problem = handler.illegalArgument(new IllegalArgumentException("Weekly hours must be above 0"))
                .getBody();
        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getType()).isEqualTo(ApiProblems.RULE_VIOLATION);
        assertThat(problem.getTitle()).isEqualTo("Reglerne er ikke overholdt");
        assertThat(problem.getDetail()).isEqualTo("Oplysningerne bryder en regel og er ikke gemt.");
        assertThat(problem.getProperties()).containsEntry("reason", "Weekly hours must be above 0");
    }

    @Test
    void aNamedRuleViolationCarriesItsDanishTextAndCode() {
        ProblemDetail problem = handler.ruleViolation(
                        new RuleViolationException("staff.error.employeenumber.taken", "E7"))
                .getBody();
        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getDetail()).isEqualTo("Kommunen har allerede en medarbejder med nummer E7");
        assertThat(problem.getProperties()).containsEntry("code", "staff.error.employeenumber.taken");
    }

    @Test
    void mapsStaleVersionsRefusalsAndMissingThingsToTheirStatus() {
        assertThat(handler.conflict().getStatusCode().value()).isEqualTo(409);
        assertThat(handler.forbidden().getStatusCode().value()).isEqualTo(403);
        assertThat(handler.notFound().getStatusCode().value()).isEqualTo(404);
        assertThat(handler.conflict().getBody().getType()).isEqualTo(ApiProblems.CONFLICT);
    }
}
