package dk.loeft.platform.api;

import dk.loeft.platform.security.LoeftUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an integration that sends {@code Authorization: Bearer <API-nøgle>} as its token's
 * principal, for this request only (nothing is kept in a session). An unknown or revoked token is
 * answered at once with 401 and a problem detail. Not a bean: only the API filter chain uses it.
 */
public class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    /** Requests that carry a bearer token: they are not cookie-based and so need no CSRF token. */
    public static final RequestMatcher BEARER_REQUEST = request -> bearerToken(request) != null;

    private final ApiTokenService tokens;
    private final ApiProblems problems;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    public ApiTokenAuthenticationFilter(ApiTokenService tokens, ApiProblems problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = bearerToken(request);
        if (presented == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<LoeftUser> principal = tokens.authenticate(presented);
        if (principal.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problems.write(
                    request,
                    response,
                    problems.problem(
                            HttpStatus.UNAUTHORIZED,
                            ApiProblems.UNAUTHORIZED,
                            "api.problem.unauthorized.title",
                            problems.text("api.problem.token.invalid")));
            return;
        }
        LoeftUser user = principal.get();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }

    private static @Nullable String bearerToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = header.substring(BEARER.length()).trim();
        return token.isEmpty() ? null : token;
    }
}
