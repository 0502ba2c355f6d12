package org.govopen.sentiment.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govopen.commons.events.Topics;
import org.govopen.sentiment.SentimentTestSupport;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.RecordedEvent;
import org.govopen.testing.TopicRecorder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 9 §2 — early warning (预警): a rule's conditions, one warning per (rule, signal), accepting it establishes the incident. */
@QuarkusTest
@GovOpenTest
class EarlyWarningTest extends SentimentTestSupport {

    private static Map<String, Object> signal(String url, String title, long reads) {
        return signal(UNIT + "/zhongshan", url, title, reads);
    }

    /** Each test's rules and signals are in a street of their own, so one test's rules never see another's signals. */
    private static Map<String, Object> signal(String unit, String url, String title, long reads) {
        Map<String, Object> s = new HashMap<>();
        s.put("unit", unit);
        s.put("source", "本地论坛");
        s.put("url", url);
        s.put("title", title);
        s.put("reads", reads);
        return s;
    }

    @Test
    @DisplayName("seed 003 §三(一): a keyword and a reach threshold — the warning comes when both hold, once, and proposes an incident")
    void keywordAndReach() {
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS)) {
            post("supervisor", "/api/v1/warning-rules", Map.of("unit", UNIT + "/zhongshan", "name", "环境卫生", "keywords", List.of("垃圾清运"),
                    "reachAtLeast", 1000)).statusCode(201).body("enabled", equalTo(true));
            String id = post("feed", "/api/v1/signals", signal("https://bbs.example/t/1", "中山街道小区垃圾清运不及时", 500))
                    .statusCode(201).extract().path("id");
            post("feed", "/api/v1/signals", signal("https://bbs.example/t/1", "中山街道小区垃圾清运不及时", 2000)).statusCode(200);
            RecordedEvent warning = alerts.await(e -> "govopen.alert.sentiment.early-warning".equals(e.type()) && id.equals(e.subject()),
                    Duration.ofSeconds(20));
            assertEquals("环境卫生", JsonPath.from(warning.data()).getString("rule"));
            post("feed", "/api/v1/signals", signal("https://bbs.example/t/1", "中山街道小区垃圾清运不及时", 9000)).statusCode(200);
            // another post without the keyword never warns
            post("feed", "/api/v1/signals", signal("https://bbs.example/t/2", "中山街道小区停车难", 50000)).statusCode(201);
            List<RecordedEvent> all = alerts.drain(Duration.ofSeconds(3)).stream()
                    .filter(e -> "govopen.alert.sentiment.early-warning".equals(e.type())
                            && "环境卫生".equals(JsonPath.from(e.data()).getString("rule"))).toList();
            assertEquals(1, all.size(), "once per (rule, signal)");

            String warningId = get("operator", "/api/v1/warnings?state=PROPOSED&unit=" + UNIT + "/zhongshan").statusCode(200)
                    .body("items", hasSize(1)).body("items[0].signalId", equalTo(id)).extract().path("items[0].id");
            String incident = post("operator", "/api/v1/warnings/" + warningId + "/incident", Map.of("title", "中山街道垃圾清运问题"))
                    .statusCode(201).body("origin", equalTo("WARNING")).body("signals", equalTo(1)).extract().path("id");
            get("operator", "/api/v1/signals/" + id).body("incidentId", equalTo(incident));
            post("operator", "/api/v1/warnings/" + warningId + "/incident", Map.of("title", "再次")).statusCode(409);
        }
    }

    @Test
    @DisplayName("a rise of reach within the rule's minutes warns; a rule without a condition is refused, naming the field")
    void riseWithinMinutes() {
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS)) {
            post("supervisor", "/api/v1/warning-rules", Map.of("unit", UNIT + "/xinzhu", "name", "快速发酵", "riseAtLeast", 1000,
                    "riseWithinMinutes", 60)).statusCode(201);
            Map<String, Object> first = signal(UNIT + "/xinzhu", "https://video.example/v/9", "某路口视频", 100);
            first.put("seenAt", T0.toString());
            String id = post("feed", "/api/v1/signals", first).statusCode(201).extract().path("id");
            at(T0.plusMinutes(30));
            Map<String, Object> later = signal(UNIT + "/xinzhu", "https://video.example/v/9", "某路口视频", 1500);
            later.put("seenAt", T0.plusMinutes(30).toString());
            post("feed", "/api/v1/signals", later).statusCode(200);
            RecordedEvent w = alerts.await(e -> "govopen.alert.sentiment.early-warning".equals(e.type()) && id.equals(e.subject()),
                    Duration.ofSeconds(20));
            org.junit.jupiter.api.Assertions.assertTrue(JsonPath.from(w.data()).getString("reason").contains("增加 1400"));
        }
        post("supervisor", "/api/v1/warning-rules", Map.of("unit", UNIT, "name", "空规则")).statusCode(400)
                .body("violations[0].field", equalTo("keywords"));
        post("supervisor", "/api/v1/warning-rules", Map.of("unit", UNIT, "name", "半个条件", "riseAtLeast", 5)).statusCode(400)
                .body("violations[0].field", equalTo("riseWithinMinutes"));
    }
}
