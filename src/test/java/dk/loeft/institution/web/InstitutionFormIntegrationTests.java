package dk.loeft.institution.web;

import static dk.loeft.testing.TestUsers.admin;
import static dk.loeft.testing.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.loeft.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class InstitutionFormIntegrationTests {

    static final int KOMMUNE = 165;

    @Autowired
    MockMvc mvc;

    @Test
    void showsTheEmptyFormToTheForvaltning() throws Exception {
        String html = mvc.perform(get("/institutioner/ny").with(as(admin(KOMMUNE))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Opret institution");
    }

    @Test
    void rejectsAFormWithoutNameInDanish() throws Exception {
        String html = mvc.perform(post("/institutioner/ny")
                        .with(as(admin(KOMMUNE)))
                        .with(csrf())
                        .param("number", "X1")
                        .param("name", "")
                        .param("kind", "VUGGESTUE")
                        .param("ownership", "KOMMUNAL"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        System.out.println(html);
        assertThat(html).contains("Indtast institutionens navn");
    }
}
