package org.govopen.console.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.govopen.commons.events.Topics;
import org.govopen.console.ConsoleTestSupport;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.RecordedEvent;
import org.govopen.testing.Tokens;
import org.govopen.testing.TopicRecorder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 §3, §4 and §6: acknowledge, assign and resolve through the API, every step in the history; a breach nobody
 * acknowledged is re-announced on govopen.alerts every interval up to the count (here 3 s, twice), and acknowledging
 * stops it; bad input is a 400 naming the field, a step the status does not allow a 409 naming the status.
 */
@QuarkusTest
@GovOpenTest
class AlertHandlingTest extends ConsoleTestSupport {

    private String openBreach() {
        String app = UUID.randomUUID().toString();
        String group = groupIdOf("request", "application", app);
        breach(app, DISTRICT);
        awaitGroup(group, g -> g.getInt("group.alertCount") == 1);
        return group;
    }

    @Test
    @DisplayName("acknowledge, assign, resolve: each step with who and when in the history; the group leaves the open list")
    void handledToTheEnd() {
        String group = openBreach();
        post(DISTRICT, "/api/v1/alert-groups/" + group + "/acknowledge", Map.of("note", "已联系承办科室")).statusCode(200)
                .body("group.status", equalTo("ACKNOWLEDGED")).body("group.acknowledgedBy", equalTo("user-operator"))
                .body("group.nextReminderAt", equalTo(null))
                .body("group.allowedActions", equalTo(List.of("ASSIGN", "RESOLVE")))
                .body("history[-1].action", equalTo("ACKNOWLEDGED")).body("history[-1].note", equalTo("已联系承办科室"));
        post(DISTRICT, "/api/v1/alert-groups/" + group + "/assign", Map.of("assignee", "李四（政务公开科）")).statusCode(200)
                .body("group.assignee", equalTo("李四（政务公开科）")).body("group.status", equalTo("ACKNOWLEDGED"))
                .body("history[-1].action", equalTo("ASSIGNED"));
        post(DISTRICT, "/api/v1/alert-groups/" + group + "/resolve", Map.of("reason", "已线下答复")).statusCode(200)
                .body("group.status", equalTo("RESOLVED")).body("group.resolution", equalTo("已线下答复"))
                .body("alerts[0].resolved", equalTo(true));
        get(DISTRICT, "/api/v1/alert-groups?status=RESOLVED&size=500").statusCode(200).body("items.id", hasItem(group));
    }

    @Test
    @DisplayName("a second acknowledgement is a 409 naming the status and what is allowed")
    void acknowledgedTwice() {
        String group = openBreach();
        post(DISTRICT, "/api/v1/alert-groups/" + group + "/acknowledge", Map.of()).statusCode(200);
        post(DISTRICT, "/api/v1/alert-groups/" + group + "/acknowledge", Map.of()).statusCode(409)
                .contentType("application/problem+json").body("currentState", equalTo("ACKNOWLEDGED"))
                .body("allowedActions", equalTo(List.of("ASSIGN", "RESOLVE")));
    }

    @Test
    @DisplayName("bad input, from the API or the page, is a 400 naming the field and changes nothing: no reason, no assignee, an unknown level or status, a page of 0 items")
    void badInput() {
        String group = openBreach();
        post(DISTRICT, "/api/v1/alert-groups/" + group + "/resolve", Map.of("reason", " ")).statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("reason"));
        post(DISTRICT, "/api/v1/alert-groups/" + group + "/assign", Map.of("note", "x")).statusCode(400)
                .body("violations.field", hasItem("assignee"));
        get(DISTRICT, "/api/v1/alert-groups?level=URGENT").statusCode(400).body("violations.field", hasItem("level"));
        get(DISTRICT, "/api/v1/alert-groups?status=CLOSED").statusCode(400).body("violations.field", hasItem("status"));
        get(DISTRICT, "/api/v1/alert-groups?size=0").statusCode(400).body("violations.field", hasItem("size"));
        get(DISTRICT, "/api/v1/alert-groups?unit=Not%20A%20Unit").statusCode(400).body("violations.field", hasItem("unit"));
        get(DISTRICT, "/api/v1/alert-groups?sort=level").statusCode(400).body("violations.field", hasItem("sort"));
        get(DISTRICT, "/api/v1/alert-groups?unit=&level=&service=").statusCode(200).body("items.id", hasItem(group));
        // the page's forms and filters: the same checks, the same answers
        pageForm(group, "assign", Map.of("assignee", " ")).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("assignee"));
        pageForm(group, "resolve", Map.of("reason", "x".repeat(501))).statusCode(400).body("violations.field", hasItem("reason"));
        get(DISTRICT, "/console/alerts?level=URGENT").statusCode(400).body("violations.field", hasItem("level"));
        get(DISTRICT, "/console/alerts?unit=Not%20A%20Unit").statusCode(400).body("violations.field", hasItem("unit"));
        get(DISTRICT, "/console/alerts?service=&unit=&level=&status=").statusCode(200).contentType(containsString("text/html"));
        get(DISTRICT, "/api/v1/alert-groups/" + UUID.randomUUID()).statusCode(404).contentType("application/problem+json");
        get(DISTRICT, "/api/v1/alert-groups/" + group).statusCode(200).body("group.status", equalTo("OPEN"))
                .body("history.size()", equalTo(0));
    }

    @Test
    @DisplayName("the API is for operators and supervisors with a token: none is 401, a clerk 403")
    void operatorsOnly() {
        given().get("/api/v1/alert-groups").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("clerk", DISTRICT)).get("/api/v1/alert-groups").then().statusCode(403);
        given().header("Authorization", Tokens.bearer("supervisor", DISTRICT)).get("/api/v1/alert-groups").then().statusCode(200);
    }

    @Test
    @DisplayName("a breach nobody acknowledged is re-announced every interval, up to the count, once each; acknowledging stops it at once")
    void remindedUntilAcknowledged() {
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS)) {
            String ignored = openBreach();
            String watched = openBreach();
            List<RecordedEvent> reminders = alerts.awaitCount(e -> isReminderOf(e, ignored), 2, Duration.ofSeconds(30));
            assertEquals(List.of(1, 2), reminders.stream().map(e -> JsonPath.from(e.data()).getInt("number")).toList());
            assertEquals(2, JsonPath.from(reminders.get(0).data()).getInt("maxCount"));
            // no third: the count is 2 (what the recorder saw, all along)
            List<RecordedEvent> seen = alerts.drain(Duration.ofSeconds(7));
            assertEquals(2, seen.stream().filter(e -> isReminderOf(e, ignored)).count(), seen.toString());
            JsonPath g = awaitGroup(ignored, j -> j.getInt("group.remindersSent") == 2);
            assertEquals((Object) null, g.get("group.nextReminderAt"));
            assertEquals("REMINDED", g.getString("history[-1].action"));
            // the other one was reminded as well until it was acknowledged: nothing more comes of it after that
            int sent = post(DISTRICT, "/api/v1/alert-groups/" + watched + "/acknowledge", Map.of()).statusCode(200)
                    .extract().jsonPath().getInt("group.remindersSent");
            assertTrue(sent >= 1, "reminded before the acknowledgement");
            List<RecordedEvent> all = alerts.drain(Duration.ofSeconds(8));
            assertEquals((long) sent, all.stream().filter(e -> isReminderOf(e, watched)).count(), "reminders of the acknowledged group: " + all);
            assertEquals(sent, awaitGroup(watched, j -> true).getInt("group.remindersSent"));
        }
    }

    private static ValidatableResponse pageForm(String group, String action, Map<String, ?> fields) {
        return given().header("Authorization", Tokens.bearer("operator", DISTRICT)).contentType("application/x-www-form-urlencoded")
                .formParams(fields).post("/console/groups/" + group + "/" + action).then();
    }

    private static boolean isReminderOf(RecordedEvent e, String group) {
        return "govopen.alert.reminder".equals(e.type()) && group.equals(JsonPath.from(e.data()).getString("groupId"));
    }
}
