package dk.loeft.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import dk.loeft.IntegrationTest;
import dk.loeft.platform.tenancy.Tenancy;
import java.util.UUID;
import java.util.stream.Stream;
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
    void roedovreAndDragoerHaveExpenditureFromThePool() {
        var lines = Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql("""
                        select kommune_code, count(*) as n from expenditure
                         where voucher ~ '^(RK|DR)-[0-9]{2}-'
                         group by kommune_code order by kommune_code""")
                .query((rs, n) -> rs.getInt("kommune_code") + ":" + rs.getInt("n"))
                .list());
        assertThat(lines).containsExactly("155:" + 8, "175:" + 24);
    }

    /**
     * Counted by the generated ids, so rows other integration tests add to the shared database do
     * not disturb the counts.
     */
    @Test
    void roedovreAndDragoerAreLoadedWithTheirInstitutionsStaffAndChildren() {
        SyntheticKommune roedovre = DemoDataGenerator.generate(DemoKommuner.ROEDOVRE);
        SyntheticKommune dragoer = DemoDataGenerator.generate(DemoKommuner.DRAGOER);

        assertThat(stored("institution", 175, roedovre.institutions().stream().map(i -> i.id())))
                .isEqualTo(27);
        assertThat(stored("institution", 155, dragoer.institutions().stream().map(i -> i.id())))
                .isEqualTo(9);
        assertThat(stored("area", 175, roedovre.areas().stream().map(a -> a.id())))
                .isEqualTo(4);
        assertThat(stored("area", 155, dragoer.areas().stream().map(a -> a.id())))
                .isEqualTo(2);
        assertThat(stored("staff_member", 175, roedovre.staff().stream().map(s -> s.id())))
                .isEqualTo(603);
        assertThat(stored("staff_member", 155, dragoer.staff().stream().map(s -> s.id())))
                .isEqualTo(177);
        assertThat(stored(
                        "children_count",
                        175,
                        roedovre.childrenCounts().stream().map(c -> c.id())))
                .isEqualTo(26 * 12);
        assertThat(stored(
                        "children_count", 155, dragoer.childrenCounts().stream().map(c -> c.id())))
                .isEqualTo(9 * 12);
        long employments = Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql(
                        "select count(*) from employment where kommune_code = 175 and staff_member in (:ids)")
                .param("ids", roedovre.staff().stream().map(s -> s.id()).toList())
                .query(Long.class)
                .single());
        assertThat(employments).isEqualTo(roedovre.employments().size());
    }

    @Test
    void leaderAndStaffLoginsPointAtRealPeopleAndInstitutions() {
        var linked = Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql("""
                        select u.username, s.role, u.display_name = s.name as same_name
                          from user_account u join staff_member s on s.id = u.staff_id
                         where u.username in ('leder.roedovre', 'leder2.roedovre', 'leder.dragoer',
                                              'medarbejder.roedovre', 'medarbejder.dragoer')
""")
                .query((rs, n) -> rs.getString(1) + ":" + rs.getString(2) + ":" + rs.getBoolean(3))
                .list());
        assertThat(linked)
                .containsExactlyInAnyOrder(
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
                         where u.username in ('leder.roedovre', 'leder2.roedovre', 'leder.dragoer')""").query(Long.class).single());
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

    private long stored(String table, int kommuneCode, Stream<UUID> ids) {
        return Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql(
                        "select count(*) from " + table + " where kommune_code = :k and id in (:ids)")
                .param("k", kommuneCode)
                .param("ids", ids.toList())
                .query(Long.class)
                .single());
    }
}
