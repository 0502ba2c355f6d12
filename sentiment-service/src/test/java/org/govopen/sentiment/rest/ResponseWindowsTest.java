package org.govopen.sentiment.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.govopen.commons.events.Topics;
import org.govopen.sentiment.SentimentTestSupport;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.RecordedEvent;
import org.govopen.testing.TopicRecorder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rules.md §4 and §1 (seed 003 §三): the response windows of an incident, wall-clock hours from the time it was
 * established, as kernel deadlines against the real database and broker with a settable clock — warnings at 50 % and
 * 80 %, the breach, the escalation, each exactly once; a raised level moves the windows from the original time.
 */
@QuarkusTest
@GovOpenTest
class ResponseWindowsTest extends SentimentTestSupport {

    @Test
    @DisplayName("rules.md §4: an ordinary incident owes a response within 48 hours of its establishment")
    void anOrdinaryIncidentOwesOneResponseIn48Hours() {
        String id = establish("某小区停水引发网民关注", T0.minusHours(3), null);
        get("operator", "/api/v1/incidents/" + id).statusCode(200)
                .body("state", equalTo("OPEN"))
                .body("level", equalTo("ORDINARY"))
                .body("windows", hasSize(1))
                .body("windows[0].kind", equalTo("RESPONSE"))
                .body("windows[0].dueAt", equalTo("2026-11-04T06:00:00+08:00"))
                .body("escalation.chain", equalTo(List.of("RESPONSIBLE_UNIT", "DISCLOSURE_OFFICE", "GOVERNMENT_ABOVE")))
                .body("escalation.step", equalTo(0))
                .body("number", org.hamcrest.Matchers.matchesPattern("YQ2026-\\d{6}"));
    }

    @Test
    @DisplayName("rules.md §4: raising the level to 重大 recomputes the windows from the original establishment time, not from the re-assessment")
    void raisingTheLevelMovesTheWindowsFromTheOriginalTime() {
        String id = establish("某路段塌陷致车辆受损", T0, null);
        at(T0.plusMinutes(30));
        post("operator", "/api/v1/incidents/" + id + "/assessment", assessment("MAJOR", true)).statusCode(200)
                .body("level", equalTo("MAJOR"))
                .body("assessed", equalTo(true))
                .body("responsibility.government", equalTo(UNIT))
                .body("responsibility.lead", equalTo("应急管理局"))
                .body("windows.findAll { it.state == 'OPEN' }.kind", equalTo(List.of("FACTS", "AUTHORITATIVE_INFORMATION", "PRESS_CONFERENCE")))
                .body("windows.find { it.kind == 'FACTS' }.dueAt", equalTo("2026-11-02T10:00:00+08:00"))
                .body("windows.find { it.kind == 'AUTHORITATIVE_INFORMATION' }.dueAt", equalTo("2026-11-02T14:00:00+08:00"))
                .body("windows.find { it.kind == 'PRESS_CONFERENCE' }.dueAt", equalTo("2026-11-03T09:00:00+08:00"))
                .body("windows.find { it.kind == 'RESPONSE' }.state", equalTo("WITHDRAWN"))
                .body("assessments", hasSize(1));
    }

    @Test
    @DisplayName("rules.md §4: each window warns at 50 % and 80 %, breaches at its end and escalates once — each alert exactly once")
    void eachWindowWarnsTwiceBreachesAndEscalatesOnce() {
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS); TopicRecorder events = TopicRecorder.of(Topics.SENTIMENT_EVENTS)) {
            String id = establish("某化工厂异味引发周边居民担忧", T0, "MAJOR");
            at(T0.plusMinutes(31)); // past half of the 1-hour facts window
            RecordedEvent first = alerts.await(e -> id.equals(e.subject()) && "facts".equals(kind(e)), Duration.ofSeconds(20));
            assertEquals("warning-1", stage(first));
            assertEquals("govopen.alert.deadline.warning", first.type());
            at(T0.plusMinutes(49)); // past four fifths
            alerts.await(e -> id.equals(e.subject()) && "facts".equals(kind(e)) && "warning-2".equals(stage(e)), Duration.ofSeconds(20));
            at(T0.plusMinutes(61)); // the facts window has ended unanswered
            RecordedEvent escalated = alerts.await(e -> id.equals(e.subject()) && "govopen.alert.sentiment.escalated".equals(e.type()),
                    Duration.ofSeconds(20));
            JsonPath data = JsonPath.from(escalated.data());
            assertEquals("FACTS", data.getString("window"));
            assertEquals("MAJOR", data.getString("level"));
            assertEquals(1, data.getInt("step"));
            assertEquals("DISCLOSURE_OFFICE", data.getString("stepKind"));
            assertEquals(UNIT, data.getString("escalatedTo"));

            List<RecordedEvent> all = alerts.drain(Duration.ofSeconds(3)).stream().filter(e -> id.equals(e.subject())).toList();
            assertEquals(List.of("warning-1", "warning-2", "breach"), all.stream()
                    .filter(e -> "facts".equals(JsonPath.from(e.data()).getString("deadlineKind"))).map(SentimentTestSupport::stage).toList());
            assertEquals(1, all.stream().filter(e -> e.type().equals("govopen.alert.sentiment.escalated")).count());
            // the authoritative-information window (5 h) has not reached its first warning (2.5 h)
            assertEquals(0, all.stream().filter(e -> "authoritative-information".equals(JsonPath.from(e.data()).getString("deadlineKind"))).count());

            events.await(e -> id.equals(e.subject()) && "govopen.sentiment.incident.escalated".equals(e.type()), Duration.ofSeconds(10));
            get("operator", "/api/v1/incidents/" + id).statusCode(200)
                    .body("escalation.step", equalTo(1))
                    .body("escalation.stepKind", equalTo("DISCLOSURE_OFFICE"))
                    .body("escalations", hasSize(1))
                    .body("escalations[0].window", equalTo("FACTS"))
                    .body("windows.find { it.kind == 'FACTS' }.breached", equalTo(true));
        }
    }

    @Test
    @DisplayName("rules.md §4: the first response of the right kind answers its window in time; one after the end is late, with the lag")
    void aResponseAnswersItsWindow_aLateOneKeepsItsLag() {
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS)) {
            String id = establish("某景区游客滞留", T0, "MAJOR");
            at(T0.plusMinutes(40));
            alerts.await(e -> id.equals(e.subject()) && "facts".equals(kind(e)), Duration.ofSeconds(20)); // warned
            post("handler", "/api/v1/incidents/" + id + "/responses", Map.of("kind", "FACTS",
                    "respondedAt", T0.plusMinutes(35).toString(), "channel", "NEW_MEDIA",
                    "link", "https://weibo.example/qingxiu/1", "text", "景区已启动应急预案，滞留游客正有序疏散。")).statusCode(200)
                    .body("windows.find { it.kind == 'FACTS' }.state", equalTo("MET"))
                    .body("windows.find { it.kind == 'FACTS' }.lagSeconds", equalTo(0))
                    .body("windows.find { it.kind == 'AUTHORITATIVE_INFORMATION' }.state", equalTo("OPEN"))
                    .body("responses", hasSize(1));
            // answered: what was raised of it is resolved, and it breaches no more
            alerts.await(e -> id.equals(e.subject()) && "govopen.alert.deadline.resolved".equals(e.type()), Duration.ofSeconds(20));

            at(T0.plusHours(6)); // the 5-hour window ended at 14:00
            alerts.await(e -> id.equals(e.subject()) && "authoritative-information".equals(kind(e)) && e.type().endsWith("breach"),
                    Duration.ofSeconds(20));
            post("handler", "/api/v1/incidents/" + id + "/responses", Map.of("kind", "AUTHORITATIVE_INFORMATION",
                    "respondedAt", T0.plusHours(5).plusMinutes(30).toString(), "channel", "WEBSITE",
                    "text", "区政府发布权威信息：事件已妥善处置。")).statusCode(200)
                    .body("windows.find { it.kind == 'AUTHORITATIVE_INFORMATION' }.state", equalTo("LATE"))
                    .body("windows.find { it.kind == 'AUTHORITATIVE_INFORMATION' }.lagSeconds", equalTo(1800));
            List<RecordedEvent> all = alerts.drain(Duration.ofSeconds(3)).stream().filter(e -> id.equals(e.subject())).toList();
            assertEquals(0, all.stream().filter(e -> "facts".equals(kind(e)) && e.type().endsWith("breach")).count());
        }
    }

    @Test
    @DisplayName("bad input is a 4xx problem naming the field, and stores nothing")
    void badInputNamesTheFieldAndStoresNothing() {
        String id = establish("某校食堂食品安全问题", T0, "MAJOR");
        String other = establish("另一事件", T0, null);
        String otherWindow = get("operator", "/api/v1/incidents/" + other).extract().path("windows[0].id");
        post("operator", "/api/v1/incidents/" + id + "/assessment", Map.of("level", "HUGE", "kind", "EMERGENCY",
                "places", List.of(UNIT))).statusCode(400)
                .body("violations.field", hasItems("level"));
        post("handler", "/api/v1/incidents/" + id + "/responses", Map.of("kind", "FACTS",
                "respondedAt", T0.minusMinutes(5).toString(), "channel", "WEBSITE", "text", "x")).statusCode(400)
                .body("type", equalTo("urn:govopen:problem:validation"))
                .body("violations[0].field", equalTo("respondedAt"));
        post("handler", "/api/v1/incidents/" + id + "/responses", Map.of("kind", "OTHER",
                "respondedAt", T0.toString(), "channel", "WEBSITE", "text", "x", "windowId", otherWindow)).statusCode(400)
                .body("violations[0].field", equalTo("windowId"));
        post("operator", "/api/v1/incidents/" + id + "/merge", Map.of("into", id)).statusCode(400)
                .body("violations[0].field", equalTo("into"));
        post("operator", "/api/v1/incidents", Map.of("unit", UNIT, "title", "未来的事件",
                "establishedAt", T0.plusHours(2).toString())).statusCode(400)
                .body("violations[0].field", equalTo("establishedAt"));
        get("operator", "/api/v1/incidents/" + id).statusCode(200)
                .body("responses", hasSize(0))
                .body("assessments", hasSize(0))
                .body("state", equalTo("OPEN"))
                .body("windows.state", org.hamcrest.Matchers.everyItem(equalTo("OPEN")));
    }

    @Test
    @DisplayName("merge: one incident carries on with the earlier establishment time and the higher level; the other points to it")
    void mergeKeepsTheEarlierTimeAndTheHigherLevel() {
        String later = establish("网传某桥梁出现裂缝", T0, null);
        String earlier = establish("某桥梁裂缝视频传播", T0.minusHours(2), "MAJOR");
        post("operator", "/api/v1/incidents/" + earlier + "/merge", Map.of("into", later, "note", "同一事件")).statusCode(200)
                .body("id", equalTo(later))
                .body("establishedAt", equalTo("2026-11-02T07:00:00+08:00"))
                .body("level", equalTo("MAJOR"))
                .body("windows.find { it.kind == 'FACTS' }.dueAt", equalTo("2026-11-02T08:00:00+08:00"));
        get("operator", "/api/v1/incidents/" + earlier).statusCode(200)
                .body("state", equalTo("MERGED"))
                .body("mergedInto", equalTo(later))
                .body("windows.state", org.hamcrest.Matchers.everyItem(equalTo("WITHDRAWN")));
        post("operator", "/api/v1/incidents/" + earlier + "/merge", Map.of("into", later)).statusCode(409)
                .body("currentState", equalTo("MERGED"));
    }

    @Test
    @DisplayName("the escalation chain is frozen when the incident opens: a later policy change does not rewrite open incidents")
    void aPolicyChangeLeavesOpenIncidentsTheirChain() {
        String before = establish("政策变更前的事件", T0, null);
        given_policy(List.of("RESPONSIBLE_UNIT", "GOVERNMENT_ABOVE"));
        try {
            String after = establish("政策变更后的事件", T0, null);
            get("operator", "/api/v1/incidents/" + before).body("escalation.chain",
                    equalTo(List.of("RESPONSIBLE_UNIT", "DISCLOSURE_OFFICE", "GOVERNMENT_ABOVE")));
            get("operator", "/api/v1/incidents/" + after).body("escalation.chain",
                    equalTo(List.of("RESPONSIBLE_UNIT", "GOVERNMENT_ABOVE")));
        } finally {
            given_policy(List.of("RESPONSIBLE_UNIT", "DISCLOSURE_OFFICE", "GOVERNMENT_ABOVE"));
        }
        // another unit's staff do not read this unit's policy
        io.restassured.RestAssured.given().header("Authorization", org.govopen.testing.Tokens.bearer("operator", "liuzhou"))
                .get("/api/v1/escalation-policies/" + UNIT).then().statusCode(403);
    }

    @Test
    @DisplayName("rules.md §4: raised to 重大 after the facts went out, the facts window is met by that response — no breach, no escalation")
    void aResponseGivenBeforeTheLevelWasRaisedAnswersTheNewWindow() {
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS)) {
            String id = establish("先回应后升级的事件", T0, null);
            at(T0.plusMinutes(30));
            post("handler", "/api/v1/incidents/" + id + "/responses", Map.of("kind", "FACTS", "respondedAt", T0.plusMinutes(30).toString(),
                    "channel", "WEBSITE", "text", "已发布事实信息")).statusCode(200)
                    .body("windows.find { it.kind == 'RESPONSE' }.state", equalTo("MET"));
            at(T0.plusHours(2));
            post("operator", "/api/v1/incidents/" + id + "/assessment", assessment("MAJOR", false)).statusCode(200)
                    .body("windows.find { it.kind == 'FACTS' }.state", equalTo("MET"))
                    .body("windows.find { it.kind == 'FACTS' }.dueAt", equalTo("2026-11-02T10:00:00+08:00"))
                    .body("windows.find { it.kind == 'AUTHORITATIVE_INFORMATION' }.state", equalTo("OPEN"))
                    .body("windows.find { it.kind == 'RESPONSE' }.state", equalTo("MET"));
            List<RecordedEvent> mine = alerts.drain(Duration.ofSeconds(3)).stream().filter(e -> id.equals(e.subject())).toList();
            assertEquals(0, mine.stream().filter(e -> e.type().endsWith("breach") || e.type().endsWith("escalated")).count(), mine.toString());
        }
    }

    @Test
    @DisplayName("rules.md §4: lowered to 一般 after the facts window ended unanswered, it stays a missed window; a running one is withdrawn")
    void loweringTheLevelAfterABreachKeepsItMissed() {
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS)) {
            String id = establish("先超时后降级的事件", T0, "MAJOR");
            at(T0.plusMinutes(61));
            alerts.await(e -> id.equals(e.subject()) && "facts".equals(kind(e)) && e.type().endsWith("breach"), Duration.ofSeconds(20));
            post("operator", "/api/v1/incidents/" + id + "/assessment", assessment("ORDINARY", false)).statusCode(200)
                    .body("windows.find { it.kind == 'FACTS' }.state", equalTo("MISSED"))
                    .body("windows.find { it.kind == 'AUTHORITATIVE_INFORMATION' }.state", equalTo("WITHDRAWN"))
                    .body("windows.find { it.kind == 'RESPONSE' }.state", equalTo("OPEN"));
        }
    }

    @Test
    @DisplayName("merge: the facts the merged incident released answer the one that carries on, judged against the earlier time")
    void aMergedIncidentsResponsesCarryOn() {
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS)) {
            String answered = establish("已回应的同一事件", T0.minusHours(2), "MAJOR");
            post("handler", "/api/v1/incidents/" + answered + "/responses", Map.of("kind", "FACTS",
                    "respondedAt", T0.minusMinutes(90).toString(), "channel", "WEBSITE", "text", "已发布事实信息")).statusCode(200);
            String later = establish("后确认的同一事件", T0, null);
            post("operator", "/api/v1/incidents/" + answered + "/merge", Map.of("into", later)).statusCode(200)
                    .body("establishedAt", equalTo("2026-11-02T07:00:00+08:00"))
                    .body("windows.find { it.kind == 'FACTS' }.state", equalTo("MET"))
                    .body("responses", hasSize(1));
            List<RecordedEvent> mine = alerts.drain(Duration.ofSeconds(3)).stream().filter(e -> later.equals(e.subject())).toList();
            assertEquals(0, mine.stream().filter(e -> "facts".equals(kind(e)) && e.type().endsWith("breach")).count(), mine.toString());
        }
    }

    private static void given_policy(List<String> steps) {
        io.restassured.RestAssured.given().header("Authorization", token("supervisor")).contentType("application/json")
                .body(Map.of("steps", steps)).put("/api/v1/escalation-policies/" + UNIT).then().statusCode(200)
                .body("steps", equalTo(steps));
    }
}
