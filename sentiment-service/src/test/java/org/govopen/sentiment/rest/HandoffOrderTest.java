package org.govopen.sentiment.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.govopen.commons.events.Topics;
import org.govopen.sentiment.SentimentTestSupport;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.RecordedEvent;
import org.govopen.testing.TopicRecorder;
import org.govopen.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 9 §7 — hand-off orders (转办单), out and in: receipt, interim and final feedback, the overdue alert, the history. */
@QuarkusTest
@GovOpenTest
class HandoffOrderTest extends SentimentTestSupport {

    static final String STREET = UNIT + "/xinzhu";

    private static io.restassured.response.ValidatableResponse asStreet(String role, String path, Object body) {
        return RestAssured.given().header("Authorization", Tokens.bearer(role, STREET)).contentType("application/json")
                .body(body).post(path).then();
    }

    @Test
    @DisplayName("an order out: the street acknowledges and answers; past its deadline it is overdue and alerts once; the final feedback resolves it")
    void anOrderOut() {
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS); TopicRecorder events = TopicRecorder.of(Topics.SENTIMENT_EVENTS)) {
            String incident = establish("某小区违建引发投诉", T0, null);
            String order = post("operator", "/api/v1/orders", Map.of("incidentId", incident, "toUnit", STREET,
                    "factsToCheck", "请核实违建是否存在、是否已立案查处", "feedbackDueAt", T0.plusHours(4).toString())).statusCode(201)
                    .body("direction", equalTo("OUT"))
                    .body("state", equalTo("ISSUED"))
                    .body("number", org.hamcrest.Matchers.matchesPattern("ZB2026-\\d{6}"))
                    .body("history.action", equalTo(List.of("ISSUED"))).extract().path("id");
            at(T0.plusMinutes(30));
            asStreet("handler", "/api/v1/orders/" + order + "/acknowledgement", Map.of()).statusCode(200)
                    .body("state", equalTo("ACKNOWLEDGED"));
            asStreet("handler", "/api/v1/orders/" + order + "/acknowledgement", Map.of()).statusCode(409)
                    .body("currentState", equalTo("ACKNOWLEDGED"));
            asStreet("handler", "/api/v1/orders/" + order + "/feedback", Map.of("text", "已到现场核实，正在调查")).statusCode(200)
                    .body("state", equalTo("INTERIM_FEEDBACK"));

            at(T0.plusHours(4).plusMinutes(1));
            RecordedEvent breach = alerts.await(e -> order.equals(e.subject()) && e.type().endsWith("breach"), Duration.ofSeconds(20));
            JsonPath data = JsonPath.from(breach.data());
            org.junit.jupiter.api.Assertions.assertEquals("handoff-order", data.getString("aggregateType"));
            org.junit.jupiter.api.Assertions.assertEquals("feedback", data.getString("deadlineKind"));
            Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    get("operator", "/api/v1/orders/" + order).statusCode(200).body("overdue", equalTo(true)));
            get("operator", "/api/v1/orders?overdue=true").statusCode(200).body("items.id", hasItems(order));

            asStreet("handler", "/api/v1/orders/" + order + "/feedback", Map.of("text", "违建已拆除", "last", true)).statusCode(200)
                    .body("state", equalTo("FINAL_FEEDBACK"))
                    .body("history.action", equalTo(List.of("ISSUED", "ACKNOWLEDGED", "INTERIM_FEEDBACK", "OVERDUE", "FINAL_FEEDBACK")));
            alerts.await(e -> order.equals(e.subject()) && e.type().endsWith("resolved"), Duration.ofSeconds(20));
            List<RecordedEvent> mine = alerts.drain(Duration.ofSeconds(3)).stream().filter(e -> order.equals(e.subject())).toList();
            org.junit.jupiter.api.Assertions.assertEquals(1, mine.stream().filter(e -> e.type().endsWith("breach")).count());
            get("operator", "/api/v1/orders?incidentId=" + incident).statusCode(200).body("items", hasSize(1));

            // each step is an event without the texts; the evaluation's timeline shows the order's history
            List<String> steps = events.awaitCount(e -> order.equals(e.subject()), 5, Duration.ofSeconds(20)).stream()
                    .map(RecordedEvent::type).toList();
            org.junit.jupiter.api.Assertions.assertEquals(List.of("govopen.sentiment.order.issued", "govopen.sentiment.order.acknowledged",
                    "govopen.sentiment.order.interim-feedback", "govopen.sentiment.order.overdue",
                    "govopen.sentiment.order.final-feedback"), steps);
            org.junit.jupiter.api.Assertions.assertTrue(events.drain(Duration.ofSeconds(1)).stream()
                    .filter(e -> order.equals(e.subject())).noneMatch(e -> e.data().contains("违建已拆除")), "no feedback text in events");
            get("operator", "/api/v1/incidents/" + incident + "/evaluation").statusCode(200)
                    .body("timeline.what", hasItems("ORDER_ISSUED", "ORDER_OVERDUE", "ORDER_FINAL_FEEDBACK"));
        }
    }

    @Test
    @DisplayName("an order in from the city establishes an incident at the time it arrived, with the sender's number; the same number twice is refused")
    void anOrderIn() {
        Map<String, Object> form = new HashMap<>();
        form.put("number", "南舆转〔2026〕15号");
        form.put("from", "南宁市政务公开办公室");
        form.put("toUnit", UNIT);
        form.put("title", "网民反映某学校周边交通拥堵");
        form.put("factsToCheck", "请核实并于规定时间内反馈处置情况");
        form.put("receivedAt", T0.minusHours(1).toString());
        form.put("feedbackDueAt", T0.plusHours(23).toString());
        String incident = post("operator", "/api/v1/orders/inbound", form).statusCode(201)
                .body("direction", equalTo("IN"))
                .body("number", equalTo("南舆转〔2026〕15号"))
                .body("history.action", equalTo(List.of("RECEIVED"))).extract().path("incidentId");
        get("operator", "/api/v1/incidents/" + incident).statusCode(200)
                .body("origin", equalTo("TRANSFER_ORDER"))
                .body("kind", equalTo("HIGHER_GOVERNMENT_REQUEST"))
                .body("establishedAt", equalTo("2026-11-02T08:00:00+08:00"))
                .body("windows[0].dueAt", equalTo("2026-11-04T08:00:00+08:00"));
        post("operator", "/api/v1/orders/inbound", form).statusCode(409);
        form.put("number", "南舆转〔2026〕16号");
        form.put("feedbackDueAt", T0.minusHours(2).toString());
        post("operator", "/api/v1/orders/inbound", form).statusCode(400).body("violations[0].field", equalTo("feedbackDueAt"));
        post("operator", "/api/v1/orders", Map.of("incidentId", incident, "toUnit", "not a unit", "factsToCheck", "x",
                "feedbackDueAt", T0.plusHours(1).toString())).statusCode(400).body("violations[0].field", equalTo("toUnit"));
    }
}
