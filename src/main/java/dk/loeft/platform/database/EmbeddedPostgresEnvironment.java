package dk.loeft.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Starts a real PostgreSQL inside the application when no {@code SPRING_DATASOURCE_URL} is given, so
 * that a newcomer gets a working database with one command. Its data folder ({@code
 * loeft.embedded-db.dir}) survives restarts; a server left running by a killed process is stopped
 * before the new one starts. One server serves the whole JVM (and so a whole test run).
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor {

    static final String DATABASE = "loeft";
    static final String APP_ROLE = "loeft";

    private static EmbeddedPostgres server;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")
                || !environment.getProperty("loeft.embedded-db.enabled", Boolean.class, true)) {
            return;
        }
        Path dir = Path.of(environment.getProperty("loeft.embedded-db.dir", "data/postgres"))
                .toAbsolutePath();
        boolean clean = environment.getProperty("loeft.embedded-db.clean", Boolean.class, false);
        int port = environment.getProperty("loeft.embedded-db.port", Integer.class, 0);
        String url = start(dir, clean, port);
        // Stop the server only after every application context has closed its connections.
        SpringApplication.getShutdownHandlers().add(EmbeddedPostgresEnvironment::stop);
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "loeft-embedded-postgres",
                        Map.of(
                                "spring.datasource.url", url,
                                "spring.datasource.username", APP_ROLE,
                                "loeft.embedded-db.active", "true")));
    }

    private static synchronized String start(Path dir, boolean clean, int port) {
        try {
            if (server == null) {
                stopOrphanedServer(dir);
                if (clean) {
                    FileSystemUtils.deleteRecursively(dir);
                }
                Files.createDirectories(dir);
                server = EmbeddedPostgres.builder()
                        .setDataDirectory(dir)
                        .setCleanDataDirectory(false)
                        .setPort(port)
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("max_connections", "100")
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .setRegisterShutdownHook(false)
                        .start();
                createApplicationDatabase(server);
            }
            return server.getJdbcUrl(APP_ROLE, DATABASE);
        } catch (IOException e) {
            throw new UncheckedIOException("Kunne ikke starte den indbyggede PostgreSQL i " + dir, e);
        }
    }

    private static synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = null;
        }
    }

    /**
     * The application connects as a role without superuser rights, so PostgreSQL's row-level
     * security applies to it (a superuser would bypass it).
     */
    private static void createApplicationDatabase(EmbeddedPostgres pg) {
        try (var connection = pg.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            var role = statement.executeQuery("select 1 from pg_roles where rolname = '" + APP_ROLE + "'");
            if (!role.next()) {
                statement.execute("create role " + APP_ROLE + " login nosuperuser nobypassrls");
            }
            var db = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!db.next()) {
                statement.execute(
                        "create database " + DATABASE + " owner " + APP_ROLE + " encoding 'UTF8' template template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Kunne ikke oprette databasen i den indbyggede PostgreSQL", e);
        }
    }

    /** A server whose JVM was killed keeps running and holds the data folder: stop it first. */
    private static void stopOrphanedServer(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().trim());
        } catch (NumberFormatException e) {
            return;
        }
        ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true))
                .ifPresent(p -> {
                    p.destroy();
                    p.onExit().orTimeout(60, TimeUnit.SECONDS).join();
                });
    }
}
