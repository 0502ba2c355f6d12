package org.govopen.interaction.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.govopen.commons.events.Topics;
import org.govopen.interaction.InteractionTestSupport;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.RecordedEvent;
import org.govopen.testing.TopicRecorder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The desk's aids (issue 10 §2, §8): the knowledge base proposes "simple" with its answer as the draft, the dispatch
 * catalogue proposes the units, and several messages on one matter are announced once as a cluster.
 */
@QuarkusTest
@GovOpenTest
class DeskTest extends InteractionTestSupport {

    @Test
    @DisplayName("a close match in the knowledge base proposes a simple question and its answer; the dispatch catalogue proposes lead and assisting units")
    void suggestions() {
        post("clerk", DESK, "/api/v1/faq", Map.of("unit", DESK, "question", "居住证怎么办理",
                "answer", "携带身份证和居住证明到社区服务中心办理。")).statusCode(201);
        post("clerk", DESK, "/api/v1/faq", Map.of("unit", DESK, "question", "如何申请廉租房",
                "answer", "向街道住房保障窗口申请。")).statusCode(201);
        post("reviewer", DESK, "/api/v1/dispatch-routes", Map.of("officeUnit", DESK, "category", "COMPLAINT", "matter", "施工噪音",
                "leadUnit", BUREAU, "assistingUnits", List.of("nanning/qingxiu/huanbao"))).statusCode(201);

        String question = write(message("请问居住证怎么办理", "刚来南宁工作，请问居住证怎么办理？", "CONSULTATION", DESK, true)).getString("id");
        get("clerk", DESK, "/api/v1/messages/" + question + "/suggestions").statusCode(200)
                .body("simple", equalTo(true)).body("draft", equalTo("携带身份证和居住证明到社区服务中心办理。"))
                .body("faqMatches[0].question", equalTo("居住证怎么办理"));

        String noise = write(message("夜间施工噪音", "工地夜里施工噪音很大。", "COMPLAINT", DESK, true)).getString("id");
        get("clerk", DESK, "/api/v1/messages/" + noise + "/suggestions").statusCode(200)
                .body("simple", equalTo(false)).body("leadUnit", equalTo(BUREAU))
                .body("assistingUnits", equalTo(List.of("nanning/qingxiu/huanbao"))).body("matter", equalTo("施工噪音"));
        // a suggestion, not a decision: the desk dispatches as it decides
        dispatch(noise, false, OTHER_BUREAU).statusCode(200).body("leadUnit", equalTo(OTHER_BUREAU));
    }

    @Test
    @DisplayName("three messages on one matter within the window are announced once as a cluster; a fourth is counted, not announced again")
    void clustersAreAnnouncedOnce() {
        try (TopicRecorder events = TopicRecorder.of(Topics.INTERACTION_EVENTS)) {
            write(message("民族大道 路面塌陷！", "路面塌了一个坑。", "REPORT", DESK, false));
            at("2026-11-02T09:30:00+08:00");
            write(message("民族大道路面塌陷", "很危险。", "COMPLAINT", DESK, false));
            at("2026-11-02T10:00:00+08:00");
            write(message("民族大道路面塌陷", "有车陷进去了。", "REPORT", DESK, false));
            RecordedEvent cluster = events.await(e -> "govopen.interaction.cluster.detected".equals(e.type()), Duration.ofSeconds(20));
            JsonPath data = JsonPath.from(cluster.data());
            assertEquals(3, data.getInt("messageCount"));
            assertEquals(DESK, data.getString("unit"));
            at("2026-11-02T10:30:00+08:00");
            write(message("民族大道路面塌陷", "还没修。", "REPORT", DESK, false));
            List<RecordedEvent> later = events.drain(Duration.ofSeconds(4));
            // everything recorded so far: the one announcement
            assertEquals(1, later.stream().filter(e -> "govopen.interaction.cluster.detected".equals(e.type())).count());
        }
        get("operator", DESK, "/api/v1/clusters").statusCode(200).body("items[0].messageCount", equalTo(4))
                .body("items.title", hasItem("民族大道 路面塌陷！"));
    }
}
