package dk.loeft.dataimport;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Streams rows into a (temporary) table with PostgreSQL {@code COPY ... FROM STDIN} in text format,
 * on the transaction's connection. Row-level security does not allow COPY into the kommune-owned
 * tables themselves, so imports copy into temporary staging tables and write from there with SQL.
 */
final class CopyRows implements AutoCloseable {

    private static final int FLUSH_AT = 1 << 19;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private boolean firstField = true;
    private long rows;

    private CopyRows(CopyIn copy) {
        this.copy = copy;
    }

    /** Starts copying into the table's columns, e.g. {@code into(dataSource, "imp_person (a, b)")}. */
    static CopyRows into(DataSource dataSource, String tableAndColumns) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            return new CopyRows(pg.getCopyAPI().copyIn("copy " + tableAndColumns + " from stdin"));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not start COPY into " + tableAndColumns, e);
        }
    }

    CopyRows add(@Nullable String value) {
        separate();
        if (value == null) {
            buffer.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
        return this;
    }

    CopyRows add(@Nullable LocalDate date) {
        return add(date == null ? null : date.toString());
    }

    CopyRows add(@Nullable BigDecimal number) {
        return add(number == null ? null : number.toPlainString());
    }

    CopyRows add(int value) {
        separate();
        buffer.append(value);
        return this;
    }

    void endRow() {
        buffer.append('\n');
        firstField = true;
        rows++;
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    private void separate() {
        if (!firstField) {
            buffer.append('\t');
        }
        firstField = false;
    }

    private void flush() {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed", e);
        }
    }

    /** Ends the COPY; returns the number of rows the database took. */
    long finish() {
        flush();
        try {
            return copy.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed", e);
        }
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() {
        if (copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException ignored) {
                // the transaction is rolled back anyway
            }
        }
    }
}
