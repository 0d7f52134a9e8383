package dk.loeft;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LoeftApplication {

    public static void main(String[] args) {
        SpringApplication.run(LoeftApplication.class, args);
    }
}
