package org.govopen.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * Where test databases come from, in order: the server at {@value GovOpenTestResource#POSTGRES_ENV}
 * (a JDBC URL of a database the user may create databases from), else the machine's PostgreSQL on
 * 127.0.0.1:5432 (user postgres), else a Testcontainers PostgreSQL when Docker works. Each test class gets
 * a database of its own, dropped when the class is done.
 */
final class TestDatabases {

    record Server(String adminUrl, String user, String password) {

        String urlOf(String database) {
            int slash = adminUrl.lastIndexOf('/');
            int query = adminUrl.indexOf('?', slash);
            return adminUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminUrl.substring(query));
        }
    }

    private static Server server;
    private static PostgreSQLContainer<?> container;

    private TestDatabases() {
    }

    static synchronized Server server() {
        if (server != null) {
            return server;
        }
        String url = System.getenv(GovOpenTestResource.POSTGRES_ENV);
        if (url != null && !url.isBlank()) {
            server = new Server(url, env("GOVOPEN_TEST_POSTGRES_USER", "postgres"), env("GOVOPEN_TEST_POSTGRES_PASSWORD", ""));
        } else if (reachable(new Server("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", ""))) {
            server = new Server("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
        } else if (DockerClientFactory.instance().isDockerAvailable()) {
            container = new PostgreSQLContainer<>("postgres:16-alpine");
            container.start();
            server = new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        } else {
            throw new IllegalStateException("No PostgreSQL for tests: set " + GovOpenTestResource.POSTGRES_ENV
                    + ", start the machine's PostgreSQL on 127.0.0.1:5432, or provide Docker");
        }
        return server;
    }

    static String create(String hint) {
        String name = ("govopen_test_" + hint + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        execute(server(), "CREATE DATABASE " + name);
        return name;
    }

    static void drop(String name) {
        execute(server(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(Server s, String sql) {
        try (Connection c = DriverManager.getConnection(s.adminUrl(), s.user(), s.password());
             Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + sql, e);
        }
    }

    private static boolean reachable(Server s) {
        try (Connection c = DriverManager.getConnection(s.adminUrl() + "?connectTimeout=2", s.user(), s.password())) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }
}
