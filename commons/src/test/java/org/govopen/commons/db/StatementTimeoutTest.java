package org.govopen.commons.db;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.govopen.testing.GovOpenTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a slow statement cannot hold a connection — it is cancelled after govopen.db.statement-timeout (here
 * lowered to 1s) and the request answered 503 with Retry-After; the connection serves the next request. Migrations
 * are exempt: this application only started because a migration sleeping 1.5s ran to its end.
 */
@QuarkusTest
@GovOpenTest
@TestProfile(StatementTimeoutTest.OneSecond.class)
class StatementTimeoutTest {

    public static class OneSecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("govopen.db.statement-timeout", "1s",
                    "quarkus.flyway.locations", "db/migration,db/kernel,db/slow-migration");
        }
    }

    @Inject
    EntityManager em;

    @Test
    void theTimeoutIsTheConfiguredOne() {
        given().get("/test/db/statement-timeout").then().statusCode(200).body(equalTo("1s"));
    }

    @Test
    void aStatementOverTheTimeoutIsCancelledAndA503WithRetryAfter() {
        given().get("/test/db/sleep?seconds=3").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("urn:govopen:problem:unavailable"))
                .body("detail", containsString("超时"));
        for (int i = 0; i < 3; i++) {
            given().get("/test/db/sleep?seconds=0.05").then().statusCode(200);
            given().get("/test/db/statement-timeout").then().statusCode(200).body(equalTo("1s"));
        }
    }

    @Test
    void aMigrationLongerThanTheTimeoutRanToItsEnd() {
        Object success = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select success from flyway_schema_history where description = 'slow migration'").getSingleResult());
        assertEquals(Boolean.TRUE, success);
    }
}
