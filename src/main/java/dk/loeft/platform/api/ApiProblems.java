package dk.loeft.platform.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the API's RFC 9457 problem details with Danish titles and details from the message
 * bundles, and writes them where no controller is involved (authentication and CSRF failures).
 */
@Component
public class ApiProblems {

    public static final String API_PATH_PREFIX = "/api/";

    public static final URI VALIDATION = URI.create("urn:loeft:problem:validation");
    public static final URI NOT_FOUND = URI.create("urn:loeft:problem:not-found");
    public static final URI FORBIDDEN = URI.create("urn:loeft:problem:forbidden");
    public static final URI UNAUTHORIZED = URI.create("urn:loeft:problem:unauthorized");
    public static final URI CONFLICT = URI.create("urn:loeft:problem:conflict");
    public static final URI RULE_VIOLATION = URI.create("urn:loeft:problem:rule-violation");
    public static final URI INTERNAL = URI.create("urn:loeft:problem:internal");

    private final MessageSource messages;
    private final JsonMapper json;

    ApiProblems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** Whether the request is one of the API's (and so gets problem details rather than a page). */
    public static boolean isApiRequest(HttpServletRequest request) {
        return request.getRequestURI()
                .substring(request.getContextPath().length())
                .startsWith(API_PATH_PREFIX);
    }

    public ProblemDetail problem(HttpStatus status, URI type, String titleKey, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(text(titleKey));
        return problem;
    }

    public ProblemDetail notFound() {
        return problem(HttpStatus.NOT_FOUND, NOT_FOUND, "api.problem.notfound.title", text("error.notfound.text"));
    }

    public ProblemDetail forbidden() {
        return problem(HttpStatus.FORBIDDEN, FORBIDDEN, "api.problem.forbidden.title", text("error.forbidden.text"));
    }

    public ProblemDetail conflict() {
        return problem(
                HttpStatus.CONFLICT, CONFLICT, "api.problem.conflict.title", text("api.problem.conflict.detail"));
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    /** Writes a problem straight to the response, for the security filters in front of the controllers. */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", request.getRequestURI());
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
