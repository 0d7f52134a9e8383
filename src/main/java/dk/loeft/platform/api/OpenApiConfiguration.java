package dk.loeft.platform.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs (and Swagger UI at /swagger-ui.html). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER_SCHEME = "api-noegle";

    @Bean
    OpenAPI loeftOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Løft API").version("v1").description("""
                                Kommunens stamdata i Løft: institutioner, områder, børnetal og \
                                medarbejdere. Kald med en API-nøgle, som forvaltningen opretter under \
                                Brugere → API-nøgler (headeren `Authorization: Bearer <nøgle>`); nøglen \
                                har forvaltningens rettigheder i sin egen kommune. Fra browseren virker \
                                også login-sessionen, og ændringer kræver da CSRF-headeren. Alle fejl er \
                                problem details (RFC 9457) på dansk; ændringer sendes med den `version`, \
                                der blev hentet, og giver 409, hvis en anden har ændret data imens."""))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER_SCHEME,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("Løft API-nøgle (loeft_…)")
                                        .description("Kommunens API-nøgle, oprettet af forvaltningen.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_SCHEME));
    }
}
