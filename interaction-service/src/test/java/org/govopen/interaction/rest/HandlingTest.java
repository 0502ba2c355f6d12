package org.govopen.interaction.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
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

/** Triage to publication (issue 10 §2–§4): returns, merges, review of the draft, ratings, 公开选登 and its masks. */
@QuarkusTest
@GovOpenTest
class HandlingTest extends InteractionTestSupport {

    @Test
    @DisplayName("退单: the unit returns with a reason; refused, it is back with the unit; accepted, back at the desk — the clock runs on")
    void returns() {
        String id = write("楼道堆放杂物").getString("id");
        dispatch(id, false, BUREAU).statusCode(200);
        post("handler", BUREAU, "/api/v1/messages/" + id + "/return", Map.of("reason", "不属本单位职责")).statusCode(200)
                .body("state", equalTo("RETURNED")).body("returnCount", equalTo(1));
        post("clerk", DESK, "/api/v1/messages/" + id + "/return-review", Map.of("approve", false, "note", "属住建局物业监管"))
                .statusCode(200).body("state", equalTo("DISPATCHED")).body("leadUnit", equalTo(BUREAU));
        post("handler", BUREAU, "/api/v1/messages/" + id + "/return", Map.of("reason", "仍不属本单位")).statusCode(200);
        post("clerk", DESK, "/api/v1/messages/" + id + "/return-review", Map.of("approve", true)).statusCode(200)
                .body("state", equalTo("RECEIVED")).body("replyDueDate", equalTo("2026-11-09")).body("returnCount", equalTo(2));
        // another unit cannot return what is not its own; a state that does not allow it is a 409 naming the state
        post("handler", OTHER_BUREAU, "/api/v1/messages/" + id + "/return", Map.of("reason", "x")).statusCode(404);
        dispatch(id, false, OTHER_BUREAU).statusCode(200);
        post("clerk", DESK, "/api/v1/messages/" + id + "/return-review", Map.of("approve", true)).statusCode(409)
                .body("currentState", equalTo("DISPATCHED"));
    }

    @Test
    @DisplayName("并单: duplicates of one matter get the one reply — every writer sees it, a merged 12345 ticket's reply goes to the hotline")
    void aMergedMessagesWritersAllGetTheReply() {
        var first = write("幸福路路灯不亮");
        var second = write(message("幸福路路灯坏了", "晚上很黑。", "COMPLAINT", DESK, false));
        String ticket = transfer(ticket("12345-1102-0101", "2026-11-02T08:00:00+08:00", "幸福路路灯不亮")).statusCode(201)
                .extract().path("id");
        String primary = first.getString("id");
        post("clerk", DESK, "/api/v1/messages/" + second.getString("id") + "/merge", Map.of("into", primary)).statusCode(200)
                .body("state", equalTo("MERGED")).body("mergedInto", equalTo(primary));
        post("clerk", DESK, "/api/v1/messages/" + ticket + "/merge", Map.of("into", primary)).statusCode(200);
        get("clerk", DESK, "/api/v1/messages/" + primary).statusCode(200)
                .body("mergedMessages", hasItems(second.getString("number")));
        dispatch(primary, false, BUREAU).statusCode(200);
        try (TopicRecorder events = TopicRecorder.of(Topics.INTERACTION_EVENTS)) {
            reply(primary, "已更换灯泡，恢复照明。").statusCode(200);
            RecordedEvent back = events.await(e -> "govopen.interaction.hotline.reply".equals(e.type())
                    && "12345-1102-0101".equals(e.key()), Duration.ofSeconds(20));
            assertEquals(first.getString("number"), io.restassured.path.json.JsonPath.from(back.data()).getString("answeredWith"));
        }
        track(first).statusCode(200).body("reply", equalTo("已更换灯泡，恢复照明。")).body("canRate", equalTo(true));
        track(second).statusCode(200).body("reply", equalTo("已更换灯泡，恢复照明。")).body("mergedWithOthers", equalTo(true))
                .body("replyUnitName", equalTo("青秀区住房和城乡建设局")).body("state", equalTo("MERGED"));
        // merging into a message that is itself merged is refused, naming the field
        String third = write("幸福路路灯").getString("id");
        post("clerk", DESK, "/api/v1/messages/" + third + "/merge", Map.of("into", second.getString("id"))).statusCode(400)
                .body("violations.field", hasItem("into"));
    }

    @Test
    @DisplayName("the desk reviews the draft: sent back it is not shown to the writer; released, it is the reply and the clock is met")
    void draftsAreReviewed() {
        var receipt = write("公园厕所脏乱");
        String id = receipt.getString("id");
        dispatch(id, false, BUREAU).statusCode(200);
        post("handler", BUREAU, "/api/v1/messages/" + id + "/reply", Map.of("text", "知道了。", "unitName", "青秀区住建局"))
                .statusCode(200).body("state", equalTo("IN_REVIEW"));
        track(receipt).statusCode(200).body("reply", equalTo(null)).body("replyDueDate", equalTo("2026-11-09"));
        post("reviewer", DESK, "/api/v1/messages/" + id + "/reply/send-back", Map.of("reason", "答复过于简单")).statusCode(200)
                .body("state", equalTo("DISPATCHED")).body("draft", equalTo("知道了。"));
        at("2026-11-03T11:00:00+08:00");
        reply(id, "已安排保洁每日两次清扫，并增设提示牌。").statusCode(200).body("state", equalTo("REPLIED"))
                .body("replyWorkingDays", equalTo(1)).body("replyClock", equalTo("CLOSED"));
        track(receipt).statusCode(200).body("reply", equalTo("已安排保洁每日两次清扫，并增设提示牌。"))
                .body("history.actor", not(hasItem("tester")));
        rate(receipt, "SATISFIED").statusCode(200).body("state", equalTo("CLOSED")).body("satisfaction", equalTo("SATISFIED"));
        // a wrong secret shows nothing
        RestAssured.given().header("X-Tracking-Secret", "WRONG").get("/api/v1/tracking/" + receipt.getString("trackingCode"))
                .then().statusCode(404);
    }

    @Test
    @DisplayName("公开选登: refused without the writer's consent or before there is a reply (naming what is missing); published, names, phones, ID numbers and addresses are masked")
    void publication() {
        Map<String, Object> text = message("小区门口占道经营",
                "我是张三丰，身份证450103199001011234，电话13812345678，住青秀区民族大道100号3栋2单元501，门口摊贩占道。",
                "COMPLAINT", DESK, true);
        String consented = write(text).getString("id");
        String refused = write(message("占道经营", "同上", "COMPLAINT", DESK, false)).getString("id");
        dispatch(consented, false, BUREAU).statusCode(200);
        org.hamcrest.MatcherAssert.assertThat(fields(post("reviewer", DESK, "/api/v1/messages/" + consented + "/publish", null)
                .statusCode(400)), org.hamcrest.Matchers.containsInAnyOrder("repliedAt", "replyingUnit", "reply"));
        reply(consented, "张三丰您好，已安排城管劝离。").statusCode(200);
        var published = post("reviewer", DESK, "/api/v1/messages/" + consented + "/publish", null).statusCode(200)
                .body("published", equalTo(true)).extract().path("number");
        RestAssured.given().get("/api/v1/public/messages/" + published).then().statusCode(200)
                .body("writtenAt", equalTo("2026-11-02T09:00:00+08:00")).body("repliedAt", equalTo("2026-11-02T09:00:00+08:00"))
                .body("replyingUnit", equalTo("青秀区住房和城乡建设局"))
                .body("reply", equalTo("张**您好，已安排城管劝离。"))
                .body("text", not(containsString("13812345678"))).body("text", not(containsString("450103199001011234")))
                .body("text", not(containsString("张三丰"))).body("text", not(containsString("3栋2单元501")));
        RestAssured.given().get("/api/v1/public/messages").then().statusCode(200).body("items.number", hasItem(published));

        dispatch(refused, false, BUREAU).statusCode(200);
        reply(refused, "已处理。").statusCode(200);
        List<String> missing = fields(post("reviewer", DESK, "/api/v1/messages/" + refused + "/publish", null).statusCode(400));
        assertEquals(List.of("consentToPublish"), missing);
        String refusedNumber = get("clerk", DESK, "/api/v1/messages/" + refused).extract().path("number");
        RestAssured.given().get("/api/v1/public/messages").then().body("items.number", not(hasItem(refusedNumber)));
    }

    @Test
    @DisplayName("答复单位: a reply the unit does not sign takes the unit's name from the catalogue (govopen.catalog.unit.changed); unknown there, 400 naming unitName")
    void theReplyingUnitsNameFromTheCatalogue() {
        String id = write("小区绿化带被占").getString("id");
        dispatch(id, false, OTHER_BUREAU).statusCode(200);
        post("handler", OTHER_BUREAU, "/api/v1/messages/" + id + "/reply", Map.of("text", "已责令恢复。")).statusCode(400)
                .body("violations.field", hasItem("unitName"));
        org.govopen.testing.TopicPublisher.publish(Topics.CATALOG_EVENTS, OTHER_BUREAU, "govopen.catalog.unit.changed",
                "/govopen/catalog", "{\"unit\":\"" + OTHER_BUREAU + "\",\"name\":\"青秀区民政局\",\"kind\":\"DEPARTMENT\","
                        + "\"parentUnit\":\"" + DESK + "\"}");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                post("handler", OTHER_BUREAU, "/api/v1/messages/" + id + "/reply", Map.of("text", "已责令恢复。"))
                        .statusCode(200).body("draftUnitName", equalTo("青秀区民政局")));
        post("reviewer", DESK, "/api/v1/messages/" + id + "/reply/release", null).statusCode(200)
                .body("replyUnitName", equalTo("青秀区民政局"));
    }

    @Test
    @DisplayName("the writer's contact is seen only by staff; the writer's page and the lists leave it out")
    void contactOnlyForStaff() {
        var receipt = write("噪音");
        get("clerk", DESK, "/api/v1/messages/" + receipt.getString("id")).statusCode(200)
                .body("contact.phone", equalTo("13812345678"));
        track(receipt).statusCode(200).body("contact", equalTo(null));
        get("clerk", DESK, "/api/v1/messages").statusCode(200).body("items[0].contact", equalTo(null));
        get("clerk", "guilin", "/api/v1/messages/" + receipt.getString("id")).statusCode(404);
    }
}
