package dk.loeft.platform.database;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Starts the embedded database in a process of its own, so a test can kill that process. */
public final class EmbeddedPostgresProbe {

    private EmbeddedPostgresProbe() {}

    public static void main(String[] args) throws InterruptedException {
        var environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("probe", Map.of("loeft.embedded-db.dir", args[0])));
        new EmbeddedPostgresEnvironment().postProcessEnvironment(environment, new SpringApplication());
        System.out.println("READY " + environment.getProperty("spring.datasource.url"));
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
