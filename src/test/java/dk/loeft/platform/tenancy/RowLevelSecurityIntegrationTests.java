package dk.loeft.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.loeft.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class RowLevelSecurityIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void applicationConnectsAsARoleThatCannotBypassRowLevelSecurity() {
        Boolean bypasses = jdbc.sql("select rolsuper or rolbypassrls from pg_roles where rolname = current_user")
                .query(Boolean.class)
                .single();
        assertThat(bypasses).isFalse();
    }

    @Test
    void rowsAreVisibleOnlyToTheirOwnKommuneAndTheMinistry() {
        String name = "Område " + UUID.randomUUID();
        Tenancy.runAs("175", () -> jdbc.sql("insert into area (id, kommune_code, name) values (:id, 175, :name)")
                .param("id", UUID.randomUUID())
                .param("name", name)
                .update());
        String count = "select count(*) from area where name = :name";

        assertThat(jdbc.sql(count).param("name", name).query(Long.class).single())
                .isZero();
        assertThat(Tenancy.runAs("101", () -> jdbc.sql(count)
                        .param("name", name)
                        .query(Long.class)
                        .single()))
                .isZero();
        assertThat(Tenancy.runAs("175", () -> jdbc.sql(count)
                        .param("name", name)
                        .query(Long.class)
                        .single()))
                .isOne();
        assertThat(Tenancy.runAs(Tenancy.ALL, () -> jdbc.sql(count)
                        .param("name", name)
                        .query(Long.class)
                        .single()))
                .isOne();
    }

    @Test
    void aKommuneCannotWriteRowsOfAnotherKommune() {
        assertThatThrownBy(() -> Tenancy.runAs(
                        "175",
                        () -> jdbc.sql("""
                                insert into area (id, kommune_code, name) values (:id, 101, 'Fremmed område')""").param("id", UUID.randomUUID()).update()))
                .hasStackTraceContaining("violates row-level security policy");
    }
}
