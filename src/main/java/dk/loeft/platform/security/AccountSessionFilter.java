package dk.loeft.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes an administrator's change to an account count from the user's next request, not their next
 * login: a disabled account's session ends (the request goes on signed out, so it meets the login
 * page or a 401), and a changed role or set of institutions replaces the session's principal.
 */
class AccountSessionFilter extends OncePerRequestFilter {

    private final LoeftUserDetailsService users;
    private final RequestMatcher unchecked;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    /** Requests that {@code unchecked} matches (static files) go through without the check. */
    AccountSessionFilter(LoeftUserDetailsService users, RequestMatcher unchecked) {
        this.users = users;
        this.unchecked = unchecked;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return unchecked.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof LoeftUser user) {
            Optional<LoeftUser> current = users.current(user);
            if (current.isEmpty()) {
                signOut(request);
            } else if (current.get() != user) {
                replace(current.get(), request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private static void signOut(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private void replace(LoeftUser fresh, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }
}
