package dk.loeft.platform.api;

import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.loeft.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RestController;

@IntegrationTest
class OpenApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void describesEveryApiAreaWithATagAndTheBearerScheme() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Løft API"))
                .andExpect(jsonPath(
                        "$.tags[*].name", hasItems("Kommuner", "Områder", "Institutioner", "Børnetal", "Medarbejdere")))
                .andExpect(
                        jsonPath("$.components.securitySchemes.api-noegle.type").value("http"))
                .andExpect(jsonPath("$.components.securitySchemes.api-noegle.scheme")
                        .value("bearer"))
                .andExpect(jsonPath("$.security[0].api-noegle").isArray())
                .andExpect(jsonPath("$.paths['/api/v1/institutions'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/institutions/{institutionId}'].put")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/institutions/{institutionId}/children-counts/{month}'].put")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/staff/{staffId}'].get").exists());
    }

    @Test
    void theSwaggerUiIsServed() throws Exception {
        int status = mvc.perform(get("/swagger-ui/index.html").with(as(admin(151))))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(200);
    }

    @Test
    void everyRestControllerOfLoeftIsCoveredByTheProblemDetailsAdvice() {
        List<String> uncovered = context.getBeansWithAnnotation(RestController.class).values().stream()
                .map(bean -> org.springframework.aop.support.AopUtils.getTargetClass(bean))
                .filter(type -> type.getPackageName().startsWith("dk.loeft"))
                .filter(type -> !ApiExceptionHandler.API_PACKAGES.contains(type.getPackageName()))
                .map(Class::getName)
                .toList();
        assertThat(uncovered)
                .as("REST controllers outside ApiExceptionHandler.API_PACKAGES: add their package to the advice")
                .isEmpty();
        var advice = ApiExceptionHandler.class.getAnnotation(
                org.springframework.web.bind.annotation.RestControllerAdvice.class);
        assertThat(List.of(advice.basePackages()))
                .containsExactlyInAnyOrderElementsOf(ApiExceptionHandler.API_PACKAGES);
    }
}
