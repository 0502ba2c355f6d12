package org.govopen.sentiment.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.govopen.sentiment.SentimentTestSupport;
import org.govopen.testing.GovOpenTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 9 §9 — evaluation (评估) after closing, and the figures of a unit over a period as JSON and CSV. */
@QuarkusTest
@GovOpenTest
class EvaluationTest extends SentimentTestSupport {

    static final String STREET = UNIT + "/xinzhu";

    private static String establishIn(String title, String level) {
        return post("operator", "/api/v1/incidents", Map.of("unit", STREET, "title", title,
                "establishedAt", T0.toString(), "level", level, "majorImpact", false)).statusCode(201).extract().path("id");
    }

    private static void respond(String id, String kind, java.time.OffsetDateTime at) {
        post("handler", "/api/v1/incidents/" + id + "/responses", Map.of("kind", kind, "respondedAt", at.toString(),
                "channel", "WEBSITE", "text", "情况通报")).statusCode(200);
    }

    @Test
    @DisplayName("rules.md §4: after closing, each window is met, late (with its lag) or missed, and the unit's figures count them")
    void evaluationAndReport() {
        String major = establishIn("某街道燃气泄漏", "MAJOR");
        String ordinary = establishIn("某街道噪声扰民", "ORDINARY");
        post("operator", "/api/v1/orders", Map.of("incidentId", ordinary, "toUnit", STREET, "factsToCheck", "请核实噪声来源",
                "feedbackDueAt", T0.plusHours(3).toString())).statusCode(201);
        at(T0.plusHours(7));
        respond(major, "FACTS", T0.plusMinutes(50));                  // facts met
        respond(major, "AUTHORITATIVE_INFORMATION", T0.plusHours(6)); // 1 hour late
        respond(ordinary, "OTHER", T0.plusHours(2));                   // 48 h met
        post("supervisor", "/api/v1/incidents/" + major + "/closure", Map.of("note", "已处置完毕")).statusCode(200)
                .body("state", equalTo("CLOSED"));

        get("operator", "/api/v1/incidents/" + major + "/evaluation").statusCode(200)
                .body("concluded", equalTo(true))
                .body("windowsOwed", equalTo(2))
                .body("windowsMet", equalTo(1))
                .body("windows.find { it.kind == 'FACTS' }.state", equalTo("MET"))
                .body("windows.find { it.kind == 'AUTHORITATIVE_INFORMATION' }.state", equalTo("LATE"))
                .body("windows.find { it.kind == 'AUTHORITATIVE_INFORMATION' }.lagSeconds", equalTo(3600))
                .body("timeline.what", hasItems("ESTABLISHED", "RESPONDED", "CLOSED"))
                .body("timeline[0].what", equalTo("ESTABLISHED"));

        get("supervisor", "/api/v1/reports/incidents?unit=" + STREET + "&from=2026-11-01&to=2026-11-30").statusCode(200)
                .body("incidents", equalTo(2))
                .body("byLevel.MAJOR", equalTo(1))
                .body("byLevel.ORDINARY", equalTo(1))
                .body("windows.find { it.window == 'FACTS' }.met", equalTo(1))
                .body("windows.find { it.window == 'AUTHORITATIVE_INFORMATION' }.late", equalTo(1))
                .body("windows.find { it.window == 'AUTHORITATIVE_INFORMATION' }.metPercent", equalTo(0.0f))
                .body("windows.find { it.window == 'AUTHORITATIVE_INFORMATION' }.medianLagSeconds", equalTo(3600.0f))
                .body("windows.find { it.window == 'RESPONSE' }.metPercent", equalTo(100.0f))
                .body("orders.total", equalTo(1));
        // the order's feedback deadline (T0 + 3 h) has passed unanswered: the report counts it overdue
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                get("supervisor", "/api/v1/reports/incidents?unit=" + STREET + "&from=2026-11-01&to=2026-11-30").statusCode(200)
                        .body("orders.overdue", equalTo(1)).body("orders.finalFeedback", equalTo(0)));
        io.restassured.RestAssured.given().header("Authorization", token("supervisor"))
                .get("/api/v1/reports/incidents?unit=" + STREET + "&from=2026-11-01&to=2026-11-30&format=csv").then()
                .statusCode(200).contentType(containsString("text/csv"))
                .body(containsString("发布权威信息,1,0,1,0,0,0.0,3600.0"));
        get("supervisor", "/api/v1/reports/incidents?unit=" + STREET + "&from=2026-11-30&to=2026-11-01").statusCode(400)
                .body("violations[0].field", equalTo("to"));
        get("supervisor", "/api/v1/reports/incidents?unit=" + STREET + "&from=2026-13-01&to=2026-11-01").statusCode(400)
                .body("violations.field", hasItems("from"));
        // another unit's figures are not mine
        get("supervisor", "/api/v1/reports/incidents?unit=liuzhou&from=2026-11-01&to=2026-11-30").statusCode(403);
    }
}
