package dk.loeft.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application: Danish time. The domain gets dates from it, never from now(). */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    public static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    @Bean
    Clock clock() {
        return Clock.system(DANISH_TIME);
    }
}
