package dk.loeft.platform.api;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/** What the API filter chain answers, as problem details, when a caller is not signed in or is refused. */
@Component
public class ApiSecurityHandlers {

    private final ApiProblems problems;

    ApiSecurityHandlers(ApiProblems problems) {
        this.problems = problems;
    }

    /** 401: neither a session nor a bearer token. */
    public AuthenticationEntryPoint entryPoint() {
        return (request, response, exception) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            problems.write(
                    request,
                    response,
                    problems.problem(
                            HttpStatus.UNAUTHORIZED,
                            ApiProblems.UNAUTHORIZED,
                            "api.problem.unauthorized.title",
                            problems.text("api.problem.unauthorized.detail")));
        };
    }

    /** 403: a session request without a valid CSRF token, or a refused role. */
    public AccessDeniedHandler accessDeniedHandler() {
        return (request, response, exception) -> {
            var problem = exception instanceof CsrfException
                    ? problems.problem(
                            HttpStatus.FORBIDDEN,
                            ApiProblems.FORBIDDEN,
                            "api.problem.forbidden.title",
                            problems.text("api.problem.csrf.detail"))
                    : problems.forbidden();
            problems.write(request, response, problem);
        };
    }
}
