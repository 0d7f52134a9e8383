package dk.loeft.platform.security;

import dk.loeft.platform.api.ApiProblems;
import dk.loeft.platform.api.ApiSecurityHandlers;
import dk.loeft.platform.api.ApiTokenAuthenticationFilter;
import dk.loeft.platform.api.ApiTokenService;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /** Files every page loads; they need no sign-in, and no check of the signed-in account either. */
    static final RequestMatcher STATIC_RESOURCES =
            new OrRequestMatcher(Stream.of("/vendor/**", "/css/**", "/js/**", "/img/**", "/favicon.ico")
                    .<RequestMatcher>map(PathPatternRequestMatcher::pathPattern)
                    .toList());

    /**
     * The REST API: a bearer API token (per kommune) or the browser's session. Session requests
     * that change something need the CSRF token like any form; bearer requests do not (a browser
     * never adds that header by itself). Every refusal is a problem detail, never a login page.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            ApiTokenService tokens,
            ApiProblems problems,
            ApiSecurityHandlers handlers,
            LoeftUserDetailsService users)
            throws Exception {
        http.securityMatcher(ApiProblems.API_PATH_PREFIX + "**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .addFilterAfter(new AccountSessionFilter(users, request -> false), SecurityContextHolderFilter.class)
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, problems), CsrfFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenAuthenticationFilter.BEARER_REQUEST))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(handlers.entryPoint())
                        .accessDeniedHandler(handlers.accessDeniedHandler()))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, LoeftUserDetailsService users) throws Exception {
        http.addFilterAfter(new AccountSessionFilter(users, STATIC_RESOURCES), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers(STATIC_RESOURCES)
                        .permitAll()
                        .requestMatchers("/login", "/error")
                        .permitAll()
                        // a personal calendar feed: its secret token is the credential (enrolment.notification)
                        .requestMatchers(HttpMethod.GET, "/kalender/{token}.ics")
                        .permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/prometheus")
                        .permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .csrf(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(
            org.springframework.context.ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
