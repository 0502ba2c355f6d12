package org.govopen.catalog.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.govopen.catalog.CatalogTestSupport;
import org.govopen.commons.events.Topics;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.RecordedEvent;
import org.govopen.testing.TopicPublisher;
import org.govopen.testing.TopicRecorder;
import org.junit.jupiter.api.Test;

/**
 * rules.md §2 (seed 002): documents whose applications reach the unit's threshold of applicants or frequency
 * are proposed for conversion to 主动公开 — counted from request-service's events on the real broker.
 */
@QuarkusTest
@GovOpenTest
class DemandDrivenConversionTest extends CatalogTestSupport {

    private static final String NUMBER = "青政发〔2025〕3号";

    private static String registered(String applicantKey, String number, String title) {
        String id = UUID.randomUUID().toString();
        String doc = number == null ? "{\"number\":null,\"title\":\"" + title + "\"}"
                : "{\"number\":\"" + number + "\",\"title\":\"" + title + "\"}";
        return """
                {"applicationId":"%s","caseNumber":"2026-000001","unit":"%s","action":"registered","fromState":null,
                 "state":"REGISTERED","occurredAt":"2026-09-01T10:00:00+08:00","channel":"ONLINE",
                 "applicantKind":"NATURAL_PERSON","applicantKey":"%s","requestedDocument":%s,
                 "receivedOn":"2026-09-01","dueDate":"2026-09-29","outcome":null,"someFutureField":1}"""
                .formatted(id, DISTRICT, applicantKey, doc);
    }

    private static void apply(String eventId, String applicantKey) {
        TopicPublisher.publish(Topics.REQUEST_EVENTS, UUID.randomUUID().toString(), eventId,
                "govopen.request.application.registered", "/govopen/request", registered(applicantKey, NUMBER, "关于征地补偿标准的通知"));
    }

    private static JsonPath demand() {
        return given().header("Authorization", auth("supervisor", DISTRICT)).get("/api/v1/conversion-proposals")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void threeApplicantsProposeConversion_onceAndIdempotently_andAcceptingMakesItProactive() {
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS); TopicRecorder events = TopicRecorder.of(Topics.CATALOG_EVENTS)) {
            String documentId = given().header("Authorization", auth("clerk", DISTRICT)).contentType("application/json")
                    .body(Map.of("unit", DISTRICT, "documentNumber", NUMBER, "title", "关于征地补偿标准的通知",
                            "attribute", "ON_REQUEST", "reason", "涉及第三方权益", "formedOn", "2025-03-01"))
                    .post("/api/v1/documents").then().statusCode(201).extract().path("id");

            String first = UUID.randomUUID().toString();
            apply(first, "applicant-a");
            apply(first, "applicant-a"); // redelivered: counted once
            apply(UUID.randomUUID().toString(), "applicant-a"); // the same applicant again: one more application
            apply(UUID.randomUUID().toString(), "applicant-b");
            Awaitility.await().ignoreExceptions().atMost(Duration.ofSeconds(30)).until(() -> demand().getInt("[0].applications") == 3);
            assertEquals(2, demand().getInt("[0].applicants"));
            assertEquals("NONE", demand().getString("[0].proposal"));

            apply(UUID.randomUUID().toString(), "applicant-c");
            RecordedEvent alert = alerts.await(e -> e.type().equals("govopen.alert.catalog.conversion-proposed"), Duration.ofSeconds(30));
            JsonPath data = JsonPath.from(alert.data());
            assertEquals(3, data.getInt("applicants"));
            assertEquals(4, data.getInt("applications"));
            assertEquals(documentId, data.getString("documentId"));
            assertEquals(NUMBER, data.getString("documentNumber"));

            apply(UUID.randomUUID().toString(), "applicant-d");
            Awaitility.await().ignoreExceptions().atMost(Duration.ofSeconds(30)).until(() -> demand().getInt("[0].applications") == 5);
            assertEquals(1, alerts.drain(Duration.ofSeconds(3)).stream()
                    .filter(e -> e.type().equals("govopen.alert.catalog.conversion-proposed")).count(), "proposed once");

            String proposal = demand().getString("[0].id");
            given().header("Authorization", auth("supervisor", DISTRICT)).contentType("application/json").body(Map.of())
                    .post("/api/v1/conversion-proposals/" + proposal + "/accept").then().statusCode(200)
                    .body("proposal", equalTo("ACCEPTED"));
            given().header("Authorization", auth("clerk", DISTRICT)).get("/api/v1/documents/" + documentId).then()
                    .body("attribute", equalTo("PROACTIVE")).body("nextRecheckOn", equalTo(null));
            RecordedEvent changed = events.await(e -> documentId.equals(e.subject())
                    && "PROACTIVE".equals(JsonPath.from(e.data()).getString("attribute")), Duration.ofSeconds(20));
            assertEquals("ON_REQUEST", JsonPath.from(changed.data()).getString("previousAttribute"));
            given().header("Authorization", auth("supervisor", DISTRICT)).contentType("application/json").body(Map.of())
                    .post("/api/v1/conversion-proposals/" + proposal + "/accept").then().statusCode(409);
        }
    }

    @Test
    void applicationsWithoutANamedDocumentAreNotCounted_andUnreadableEventsGoToTheDeadLetterTopic() {
        try (TopicRecorder dlq = TopicRecorder.of(Topics.deadLetter("catalog"))) {
            TopicPublisher.publish(Topics.REQUEST_EVENTS, "k", "govopen.request.application.registered", "/govopen/request",
                    registered("applicant-x", null, "2025年低保名单").replace("\"requestedDocument\":{\"number\":null,\"title\":\"2025年低保名单\"}", "\"requestedDocument\":null"));
            String poison = TopicPublisher.publish(Topics.REQUEST_EVENTS, "k2", "govopen.request.application.registered",
                    "/govopen/request", "this is not json");
            RecordedEvent dead = dlq.await(e -> poison.equals(e.headers().get("ce_id")), Duration.ofSeconds(30));
            assertEquals("this is not json", dead.data());
            // titles alone are counted too, by the title
            TopicPublisher.publish(Topics.REQUEST_EVENTS, "k3", "govopen.request.application.registered", "/govopen/request",
                    registered("applicant-y", null, "《2025年低保资金发放名单》"));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> demand().getList("documentKey").contains("2025年低保资金发放名单"));
            // what an applicant typed is kept de-identified
            TopicPublisher.publish(Topics.REQUEST_EVENTS, "k4", "govopen.request.application.registered", "/govopen/request",
                    registered("applicant-z", null, "身份证450103199001011238的低保审批表"));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> demand().getList("documentKey").stream()
                    .anyMatch(k -> String.valueOf(k).endsWith("的低保审批表")));
            org.junit.jupiter.api.Assertions.assertFalse(demand().prettify().contains("450103199001011238"), demand().prettify());
            // the application that named no document left no count behind
            org.junit.jupiter.api.Assertions.assertFalse(demand().getList("documentKey").contains("2025年低保名单"));
            org.junit.jupiter.api.Assertions.assertFalse(demand().getList("documentKey").contains(null));
        }
    }
}
