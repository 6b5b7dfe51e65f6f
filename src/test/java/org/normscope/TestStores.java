package org.normscope;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** Real stores for integration tests: a SQLite file in a temp folder, or a fresh schema in PostgreSQL. */
public final class TestStores {
    private TestStores() {
    }

    /** The PostgreSQL the tests use; {@code NORMSCOPE_TEST_PG} overrides it. */
    public static String postgresBase() {
        String env = System.getenv("NORMSCOPE_TEST_PG");
        return env != null ? env : "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    }

    public static String sqlite(Path dir) {
        return "jdbc:sqlite:" + dir.resolve("normscope.db");
    }

    /** Creates an empty schema and returns a URL that uses it. */
    public static String newPostgresSchema() {
        String schema = "ns_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(postgresBase()); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed for this test and does not answer at " + postgresBase()
                    + " (start it, or set NORMSCOPE_TEST_PG): " + e.getMessage(), e);
        }
        return postgresBase() + (postgresBase().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static void dropPostgresSchema(String url) {
        String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
        try (Connection c = DriverManager.getConnection(postgresBase()); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
