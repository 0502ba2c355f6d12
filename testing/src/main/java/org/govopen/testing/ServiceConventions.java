package org.govopen.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import org.junit.jupiter.api.Test;

/**
 * What every GovOpen service promises its operators and integrators; each service's test extends this with
 * {@code @QuarkusTest @GovOpenTest}: health, Prometheus metrics, an OpenAPI document with title, description
 * and version, Swagger UI, and security answering 401/403 as problem+json.
 */
public abstract class ServiceConventions {

    /** The service's name as in its OpenAPI title, e.g. {@code request-service}. */
    protected abstract String serviceName();

    @Test
    void healthIsUp() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("outbox-relay"));
    }

    @Test
    void prometheusMetricsIncludeTheOutboxBacklog() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("govopen_outbox_backlog"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void openApiDocumentHasTitleDescriptionVersionAndBearerSecurity() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", containsString(serviceName()))
                .body("info.description", not(emptyOrNullString()))
                .body("info.version", not(emptyOrNullString()))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/calendar/due-date"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void staffEndpointsAnswer401WithoutTokenAnd403WithoutRole() {
        given().get("/api/v1/deadlines").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:govopen:problem:unauthorized"));
        given().header("Authorization", "Bearer " + Tokens.staff("citizen", java.util.Set.of("citizen"), "nanning"))
                .get("/api/v1/deadlines").then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("operator", "nanning"))
                .get("/api/v1/deadlines").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void publicEndpointsNeedNoToken() {
        given().get("/api/v1/calendar/days/2026-10-08").then().statusCode(200).body("workingDay", equalTo(true));
    }
}
