package org.govopen.sentiment.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.govopen.commons.events.Topics;
import org.govopen.sentiment.SentimentTestSupport;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.RecordedEvent;
import org.govopen.testing.TopicPublisher;
import org.govopen.testing.TopicRecorder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Signals in (issue 9 §1): from a feed's call and from {@code govopen.inbound.signals}, deduplicated by URL and by
 * content, personal data masked before it is stored; what cannot be read goes to the dead-letter topic.
 */
@QuarkusTest
@GovOpenTest
class SignalIntakeTest extends SentimentTestSupport {

    private static Map<String, Object> signal(String url, String title, String text, long reads) {
        Map<String, Object> s = new HashMap<>();
        s.put("unit", UNIT);
        s.put("source", "微博");
        s.put("url", url);
        s.put("title", title);
        s.put("text", text);
        s.put("reads", reads);
        s.put("reposts", 10);
        s.put("comments", 5);
        s.put("place", UNIT + "/xinzhu");
        return s;
    }

    @Test
    @DisplayName("a repeat by URL (tracking parameters and fragment aside) or by content raises the reach, never makes a second signal")
    void aRepeatRaisesTheReach() {
        String id = post("feed", "/api/v1/signals", signal("https://weibo.example/status/901?utm_source=app#c",
                "新竹街道垃圾清运不及时", "小区门口垃圾堆积三天无人清运", 1200)).statusCode(201)
                .body("repeat", equalTo(false)).body("sightings", equalTo(1)).extract().path("id");
        post("feed", "/api/v1/signals", signal("https://WEIBO.example/status/901/", "新竹街道垃圾清运不及时（转）",
                "另一段文字", 5000)).statusCode(200)
                .body("id", equalTo(id)).body("repeat", equalTo(true)).body("reads", equalTo(5000)).body("sightings", equalTo(2));
        // the same words, spaced and in full-width forms, under another address
        post("feed", "/api/v1/signals", signal("https://forum.example/t/77", "新竹街道垃圾清运不及时",
                "小区门口 垃圾堆积三天 无人清运", 800)).statusCode(200)
                .body("id", equalTo(id)).body("reads", equalTo(5000)).body("sightings", equalTo(3));
        get("operator", "/api/v1/signals?unattached=true").statusCode(200)
                .body("items.findAll { it.id == '" + id + "' }.size()", equalTo(1));
    }

    @Test
    @DisplayName("a repeat is recognised within the desk's unit: another unit's feed pushing the same post gets a signal of its own")
    void dedupIsPerUnit() {
        String mine = post("feed", "/api/v1/signals", signal("https://weibo.example/status/5555", "跨区转发的帖子", "同一内容", 10))
                .statusCode(201).extract().path("id");
        Map<String, Object> theirs = signal("https://weibo.example/status/5555", "跨区转发的帖子", "同一内容", 10);
        theirs.put("unit", "nanning/xixiangtang");
        theirs.remove("place");
        io.restassured.RestAssured.given().header("Authorization", org.govopen.testing.Tokens.bearer("feed", "nanning/xixiangtang"))
                .contentType("application/json").body(theirs).post("/api/v1/signals").then().statusCode(201)
                .body("id", not(equalTo(mine))).body("unit", equalTo("nanning/xixiangtang")).body("sightings", equalTo(1));
    }

    @Test
    @DisplayName("ID numbers and phone numbers in a signal's text are masked before it is stored")
    void personalDataIsMasked() {
        post("feed", "/api/v1/signals", signal(null, "网民爆料：联系电话13812345678",
                "身份证450103199001011238的老人被拒办低保", 10)).statusCode(201)
                .body("title", not(containsString("13812345678")))
                .body("text", not(containsString("450103199001011238")));
    }

    @Test
    @DisplayName("a feed pushes only for its own unit or below; bad input names the field")
    void scopeAndBadInput() {
        Map<String, Object> elsewhere = signal(null, "别处的消息", "x", 1);
        elsewhere.put("unit", "liuzhou");
        post("feed", "/api/v1/signals", elsewhere).statusCode(403);
        Map<String, Object> bad = signal("ftp://x", "标题", "x", -1);
        post("feed", "/api/v1/signals", bad).statusCode(400)
                .body("violations.field", hasItem("url"))
                .body("violations.field", hasItem("reads"));
        io.restassured.RestAssured.given().get("/api/v1/signals").then().statusCode(401);
    }

    @Test
    @DisplayName("signals published on govopen.inbound.signals are taken in once per event; an unreadable one goes to the dead-letter topic")
    void signalsFromTheTopic() {
        try (TopicRecorder dlq = TopicRecorder.of("govopen.dlq.sentiment")) {
            String data = "{\"unit\":\"" + UNIT + "\",\"source\":\"抖音\",\"url\":\"https://douyin.example/v/5\","
                    + "\"title\":\"青秀区某路段积水严重\",\"reads\":\"300\",\"seenAt\":\"2026-11-02T08:30:00+08:00\"}";
            String eventId = TopicPublisher.publish(Topics.INBOUND_SIGNALS, "douyin-5", "govopen.inbound.signal", "/monitoring/test", data);
            TopicPublisher.publish(Topics.INBOUND_SIGNALS, "douyin-5", eventId, "govopen.inbound.signal", "/monitoring/test", data);
            TopicPublisher.publish(Topics.INBOUND_SIGNALS, "bad-1", "govopen.inbound.signal", "/monitoring/test",
                    "{\"unit\":\"" + UNIT + "\",\"source\":\"x\",\"title\":\"t\",\"reads\":\"many\"}");
            RecordedEvent dead = dlq.await(e -> "bad-1".equals(e.key()), Duration.ofSeconds(30));
            assertEquals("bad-1", dead.key());
            // and it stays so: the second delivery of the same event id (processed by another worker) changes nothing
            Awaitility.await().atMost(Duration.ofSeconds(20)).during(Duration.ofSeconds(3)).untilAsserted(() ->
                    get("operator", "/api/v1/signals").statusCode(200)
                            .body("items.findAll { it.url == 'https://douyin.example/v/5' }.size()", equalTo(1))
                            .body("items.find { it.url == 'https://douyin.example/v/5' }.sightings", equalTo(1))
                            .body("items.find { it.url == 'https://douyin.example/v/5' }.reads", equalTo(300)));
        }
    }

    @Test
    @DisplayName("an incident established from signals takes them; a signal already part of an incident is refused, naming it")
    void anIncidentFromSignals() {
        String s1 = post("operator", "/api/v1/signals", signal("https://weibo.example/status/1001", "某小区电梯困人", "x", 90))
                .statusCode(201).extract().path("id");
        Map<String, Object> form = new HashMap<>();
        form.put("unit", UNIT);
        form.put("title", "某小区电梯困人事件");
        form.put("signalIds", List.of(s1));
        String incident = post("operator", "/api/v1/incidents", form).statusCode(201)
                .body("origin", equalTo("SIGNALS")).body("signals", equalTo(1)).extract().path("id");
        get("operator", "/api/v1/signals/" + s1).body("incidentId", equalTo(incident));
        post("operator", "/api/v1/incidents", form).statusCode(400).body("violations[0].field", equalTo("signalIds[0]"));

        // signals attached later; a closed incident takes none
        String s2 = post("operator", "/api/v1/signals", signal("https://weibo.example/status/1002", "电梯困人后续", "y", 40))
                .statusCode(201).extract().path("id");
        post("operator", "/api/v1/incidents/" + incident + "/signals", Map.of("signalIds", List.of(s2))).statusCode(200)
                .body("signals", equalTo(2));
        post("operator", "/api/v1/incidents/" + incident + "/signals", Map.of("signalIds", List.of("00000000-0000-0000-0000-000000000001")))
                .statusCode(400).body("violations[0].field", equalTo("signalIds[0]"));
        post("operator", "/api/v1/incidents/" + incident + "/closure", Map.of("note", "已处置")).statusCode(200);
        String s3 = post("operator", "/api/v1/signals", signal("https://weibo.example/status/1003", "电梯困人再后续", "z", 1))
                .statusCode(201).extract().path("id");
        post("operator", "/api/v1/incidents/" + incident + "/signals", Map.of("signalIds", List.of(s3))).statusCode(409)
                .body("currentState", equalTo("CLOSED"));
    }

    @Test
    @DisplayName("a cluster of citizens' messages on one matter (govopen.interaction.events) is one signal whose reach grows with the cluster")
    void clustersOfCitizensMessages() {
        String data = "{\"clusterId\":\"c-77\",\"unit\":\"" + UNIT + "\",\"title\":\"多名群众反映某小区供暖不热\","
                + "\"messageCount\":%d,\"lastMessageAt\":\"2026-11-02T08:40:00+08:00\"}";
        TopicPublisher.publish(Topics.INTERACTION_EVENTS, "c-77", "govopen.interaction.cluster.detected", "/govopen/interaction",
                data.formatted(6));
        TopicPublisher.publish(Topics.INTERACTION_EVENTS, "c-77", "govopen.interaction.cluster.detected", "/govopen/interaction",
                data.formatted(15));
        TopicPublisher.publish(Topics.INTERACTION_EVENTS, "m-1", "govopen.interaction.message.registered", "/govopen/interaction",
                "{\"messageId\":\"m-1\"}");
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                get("operator", "/api/v1/signals").statusCode(200)
                        .body("items.findAll { it.title == '多名群众反映某小区供暖不热' }.size()", equalTo(1))
                        .body("items.find { it.title == '多名群众反映某小区供暖不热' }.comments", equalTo(15))
                        .body("items.find { it.title == '多名群众反映某小区供暖不热' }.sightings", equalTo(2)));
    }
}
