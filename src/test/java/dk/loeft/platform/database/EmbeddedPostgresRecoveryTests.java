package dk.loeft.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database keeps its data across restarts, also after its process was killed. */
class EmbeddedPostgresRecoveryTests {

    @TempDir
    Path dir;

    @Test
    void keepsDataAndStartsAgainAfterTheApplicationWasKilled() throws Exception {
        Path dataDir = dir.resolve("db");

        Process first = startProbe(dataDir);
        String url = awaitReady(first);
        try (var c = DriverManager.getConnection(url);
                var s = c.createStatement()) {
            s.execute("create table survivor (name text)");
            s.execute("insert into survivor values ('før nedbruddet')");
        }
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
        assertThat(Files.exists(dataDir.resolve("postmaster.pid"))).isTrue();

        Process second = startProbe(dataDir);
        try {
            String secondUrl = awaitReady(second);
            try (var c = DriverManager.getConnection(secondUrl);
                    var s = c.createStatement();
                    var rs = s.executeQuery("select name from survivor")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("før nedbruddet");
            }
        } finally {
            second.destroy(); // SIGTERM: the shutdown hook stops PostgreSQL
            second.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private static Process startProbe(Path dataDir) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedPostgresProbe.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
    }

    private static String awaitReady(Process process) throws Exception {
        var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String line;
        while ((line = reader.readLine()) != null && System.nanoTime() < deadline) {
            if (line.startsWith("READY ")) {
                Thread drain = new Thread(() -> reader.lines().forEach(l -> {}));
                drain.setDaemon(true);
                drain.start();
                return line.substring("READY ".length());
            }
        }
        throw new AssertionError("The embedded database did not start");
    }
}
