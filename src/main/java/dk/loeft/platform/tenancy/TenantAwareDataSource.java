package dk.loeft.platform.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Tells PostgreSQL, on every connection the application takes from the pool, which kommune the
 * current thread acts for. Row-level security policies ({@code loeft_kommune_visible}) read it.
 */
class TenantAwareDataSource extends DelegatingDataSource {

    TenantAwareDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return scoped(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return scoped(super.getConnection(username, password));
    }

    private static Connection scoped(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("select set_config('loeft.kommune', ?, false)")) {
            statement.setString(1, Tenancy.currentScope());
            statement.execute();
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }
}
