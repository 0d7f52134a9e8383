package dk.loeft.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import dk.loeft.IntegrationTest;
import dk.loeft.platform.tenancy.Tenancy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DemoDataIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void roedovreAndDragoerAreLoadedWithTheirInstitutionsStaffAndChildren() {
        assertThat(count("institution", 175)).isEqualTo(27);
        assertThat(count("institution", 155)).isEqualTo(9);
        assertThat(count("area", 175)).isEqualTo(4);
        assertThat(count("area", 155)).isEqualTo(2);
        assertThat(count("staff_member", 175)).isEqualTo(603);
        assertThat(count("staff_member", 155)).isEqualTo(177);
        assertThat(count("children_count", 175)).isEqualTo(26 * 12);
        assertThat(count("children_count", 155)).isEqualTo(9 * 12);
        assertThat(count("employment", 175))
                .isEqualTo(DemoDataGenerator.generate(DemoKommuner.ROEDOVRE)
                        .employments()
                        .size());
        assertThat(count("staff_education", 155))
                .isEqualTo(DemoDataGenerator.generate(DemoKommuner.DRAGOER)
                        .educations()
                        .size());
    }

    @Test
    void leaderAndStaffLoginsPointAtRealPeopleAndInstitutions() {
        var linked = Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql("""
                        select u.username, s.role, u.display_name = s.name as same_name
                          from user_account u join staff_member s on s.id = u.staff_id
                         order by u.username""")
                .query((rs, n) -> rs.getString(1) + ":" + rs.getString(2) + ":" + rs.getBoolean(3))
                .list());
        assertThat(linked)
                .containsExactly(
                        "leder.dragoer:LEDER:true",
                        "leder.roedovre:LEDER:true",
                        "leder2.roedovre:LEDER:true",
                        "medarbejder.dragoer:PAEDAGOGMEDHJAELPER:true",
                        "medarbejder.roedovre:PAEDAGOGMEDHJAELPER:true");
        Long leaderInstitutions =
                Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql("""
                        select count(*) from user_institution ui
                          join user_account u on u.id = ui.user_account
                          join institution i on i.id = ui.institution_id and i.kommune_code = u.kommune_code
                         where u.username like 'leder%'""").query(Long.class).single());
        assertThat(leaderInstitutions).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ministeriet",
                "forvaltning.roedovre",
                "forvaltning.dragoer",
                "oekonomi.roedovre",
                "oekonomi.dragoer",
                "leder.roedovre",
                "leder2.roedovre",
                "leder.dragoer",
                "medarbejder.roedovre",
                "medarbejder.dragoer"
            })
    void everyDemoUserLogsInWithTheDemoPassword(String username) throws Exception {
        mvc.perform(formLogin("/login").user(username).password(DemoDataLoader.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void aWrongPasswordIsRejected() throws Exception {
        mvc.perform(formLogin("/login").user("oekonomi.dragoer").password("demo12345"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    private long count(String table, int kommuneCode) {
        return Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql("select count(*) from " + table + " where kommune_code = :k")
                .param("k", kommuneCode)
                .query(Long.class)
                .single());
    }
}
