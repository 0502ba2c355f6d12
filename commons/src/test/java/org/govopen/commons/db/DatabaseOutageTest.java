package org.govopen.commons.db;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.govopen.testing.GovOpenTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the database going away under a service — a PostgreSQL restart, an operator terminating sessions — is a
 * 503 with Retry-After or a request served on a fresh connection, never a 500. Against the real PostgreSQL.
 */
@QuarkusTest
@GovOpenTest
class DatabaseOutageTest {

    /** Terminates every session of the service's database but the caller's, as a restart would; returns how many. */
    static int terminateTheServicesSessions() throws SQLException {
        Config config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres"),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("""
                     select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity
                     where datname = current_database() and pid <> pg_backend_pid()""")) {
            r.next();
            return r.getInt(1);
        }
    }

    @Test
    void everyConnectionHasTheKernelsStatementTimeout() {
        given().get("/test/db/statement-timeout").then().statusCode(200).body(equalTo("10s"));
    }

    @Test
    void stalePooledConnectionsAreReplacedBeforeARequestGetsOne() throws SQLException {
        given().get("/test/db/ping").then().statusCode(200);
        assertThat("sessions terminated", terminateTheServicesSessions(), greaterThan(0));
        for (int i = 0; i < 5; i++) {
            Response r = given().get("/test/db/ping");
            assertEquals(200, r.statusCode(), "call " + i + " after the sessions were terminated: " + r.asString());
        }
        given().get("/test/db/statement-timeout").then().statusCode(200).body(equalTo("10s"));
    }

    @Test
    void aSessionEndedUnderARequestIsA503WithRetryAfterAndTheNextRequestIsServed() {
        given().post("/test/db/terminate-own-session").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("urn:govopen:problem:unavailable"))
                .body("title", equalTo("服务暂时不可用"))
                .body("retryable", equalTo(true))
                .body("instance", equalTo("/test/db/terminate-own-session"));
        for (int i = 0; i < 3; i++) {
            given().get("/test/db/ping").then().statusCode(200);
        }
    }
}
