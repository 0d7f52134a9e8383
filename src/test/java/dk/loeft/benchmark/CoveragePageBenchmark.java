package dk.loeft.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.IntegrationTest;
import dk.loeft.coverage.CoverageService;
import dk.loeft.institution.InstitutionService;
import dk.loeft.platform.security.LoeftUser;
import dk.loeft.platform.security.Role;
import dk.loeft.platform.security.UserAccount;
import dk.loeft.platform.security.UserAccountRepository;
import dk.loeft.platform.tenancy.Tenancy;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The kommune coverage page and its API at 32 concurrent clients, against the same read-model SQL
 * run directly (the service calls the page makes, without HTTP, security and rendering). Reports
 * p50/p95 and their ratio. Not part of {@code verify}: run {@code ./mvnw -Pbenchmark verify}.
 */
@Tag("benchmark")
@IntegrationTest
class CoveragePageBenchmark {

    static final int CLIENTS = 32;
    static final int REQUESTS_PER_CLIENT = 25;
    static final int WARM_UP_PER_CLIENT = 8;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    CoverageService coverage;

    @Autowired
    InstitutionService institutions;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Clock clock;

    @Test
    void coveragePageAndApiAgainstTheirSqlAt32ConcurrentClients() throws Exception {
        var data = NationalDataSet.ensureLoaded(jdbc, tx);
        System.out.printf(
                "%nNational data set: %d kommuner, %d institutions, %d staff, %d children-count rows (written in %d ms)%n",
                data.kommuner(), data.institutions(), data.staff(), data.childrenCounts(), data.millis());

        int kommune = Tenancy.runAs(Tenancy.ALL, () -> jdbc.queryForObject("""
                select kommune_code from staff_member group by kommune_code
                 order by count(*) desc limit 1""", Integer.class));
        long staff = Tenancy.runAs(
                Tenancy.ALL,
                () -> jdbc.queryForObject(
                        "select count(*) from staff_member where kommune_code = ?", Long.class, kommune));
        String username = "benchmark." + kommune + "." + System.nanoTime();
        UserAccount account = Tenancy.runAs(
                Tenancy.ALL,
                () -> accounts.save(UserAccount.create(
                        username,
                        passwords.encode("benchmark-password"),
                        "Benchmark",
                        Role.KOMMUNE_ADMIN,
                        kommune,
                        Set.of(),
                        null,
                        clock.instant())));
        LoeftUser principal = new LoeftUser(
                account.id(),
                username,
                null,
                "Benchmark",
                Role.KOMMUNE_ADMIN,
                kommune,
                null,
                Set.of(),
                null,
                true,
                false,
                null);

        HttpClient http = loggedIn(username);
        String base = "http://localhost:" + port;
        System.out.printf(
                "Kommune %d (the largest): %d staff; %d clients x %d requests%n",
                kommune, staff, CLIENTS, REQUESTS_PER_CLIENT);

        Stats page = measure(() -> get(http, base + "/daekning"));
        Stats pageSql = measure(asUser(principal, () -> {
            var k = institutions.kommuneFor(principal, null);
            coverage.coverageOn(k.code(), coverage.today());
            coverage.kommuneCoverageByMonth(k.code(), coverage.firstRecentMonth(), coverage.currentMonth());
            coverage.staffing(k.code(), coverage.today().getYear());
            return null;
        }));
        Stats api = measure(() -> get(http, base + "/api/v1/kommuner/" + kommune + "/coverage"));
        Stats apiSql = measure(asUser(principal, () -> coverage.coverageOn(kommune, coverage.today())));

        report("Coverage page /daekning", page, pageSql);
        report("Coverage API /api/v1/kommuner/{code}/coverage", api, apiSql);
        assertThat(page.count()).isEqualTo(CLIENTS * REQUESTS_PER_CLIENT);
    }

    private static void report(String what, Stats http, Stats sql) {
        System.out.printf(
                "%s: p50 %.1f ms, p95 %.1f ms | same SQL directly: p50 %.1f ms, p95 %.1f ms | ratio p50 %.2f, p95 %.2f%n",
                what, http.p50(), http.p95(), sql.p50(), sql.p95(), http.p50() / sql.p50(), http.p95() / sql.p95());
    }

    private Callable<Object> asUser(LoeftUser user, Callable<Object> work) {
        return () -> {
            SecurityContextHolder.getContext()
                    .setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            try {
                return tx.execute(s -> {
                    try {
                        return work.call();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
    }

    private static Object get(HttpClient http, String url) throws Exception {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body().length();
    }

    private HttpClient loggedIn(String username) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String base = "http://localhost:" + port;
        String form = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        var matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(matcher.find()).isTrue();
        String body = "username=" + username + "&password=benchmark-password&_csrf=" + matcher.group(1);
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValue(base + "/");
        return http;
    }

    /** Runs the call from 32 threads at once; returns the latencies after a warm-up. */
    private static Stats measure(Callable<Object> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            run(pool, call, WARM_UP_PER_CLIENT);
            return new Stats(run(pool, call, REQUESTS_PER_CLIENT));
        } finally {
            pool.shutdown();
        }
    }

    private static List<Double> run(ExecutorService pool, Callable<Object> call, int perClient) throws Exception {
        List<Future<List<Double>>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                List<Double> millis = new ArrayList<>();
                for (int r = 0; r < perClient; r++) {
                    long start = System.nanoTime();
                    call.call();
                    millis.add((System.nanoTime() - start) / 1e6);
                }
                return millis;
            }));
        }
        List<Double> all = new ArrayList<>();
        for (var client : clients) {
            all.addAll(client.get());
        }
        return all;
    }

    record Stats(List<Double> millis) {
        Stats {
            millis = new ArrayList<>(millis);
            Collections.sort(millis);
        }

        int count() {
            return millis.size();
        }

        double p50() {
            return percentile(0.50);
        }

        double p95() {
            return percentile(0.95);
        }

        private double percentile(double p) {
            return millis.get((int) Math.ceil(p * millis.size()) - 1);
        }
    }
}
