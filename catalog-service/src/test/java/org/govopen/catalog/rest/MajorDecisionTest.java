package org.govopen.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govopen.catalog.CatalogTestSupport;
import org.govopen.commons.events.Topics;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.RecordedEvent;
import org.govopen.testing.TopicRecorder;
import org.junit.jupiter.api.Test;

/**
 * rules.md §2b major administrative decisions (重大行政决策; {@code ConsultationPeriodRule},
 * {@code DecisionProcedureRule}): the yearly catalogue published with its history and hearing list; the draft
 * published for comment for at least 30 days unless a reason is given; public comments masked and moderated; the
 * account of their adoption going with the decision; alerts when a consultation closes without an account and when a
 * decision passes its planned time unrecorded. Each test keeps to its own government so catalogues do not mix.
 */
@QuarkusTest
@GovOpenTest
class MajorDecisionTest extends CatalogTestSupport {

    private static ValidatableResponse addDecision(String unit, String title, String plannedBy, boolean hearing) {
        Map<String, Object> body = new HashMap<>();
        body.put("unit", unit);
        body.put("year", 2026);
        body.put("title", title);
        body.put("department", "住房和城乡建设局");
        body.put("plannedBy", plannedBy);
        body.put("hearingRequired", hearing);
        return given().header("Authorization", auth("clerk", unit)).contentType("application/json").body(body)
                .post("/api/v1/major-decisions").then();
    }

    private static ValidatableResponse post(String unit, String path, Object body) {
        return given().header("Authorization", auth("clerk", unit)).contentType("application/json").body(body)
                .post(path).then();
    }

    private static ValidatableResponse publishCatalogue(String unit, String changeNote) {
        return post(unit, "/api/v1/decision-catalogues/" + unit + "/2026/publication",
                changeNote == null ? Map.of() : Map.of("changeNote", changeNote));
    }

    private static Map<String, Object> consultation(String opensOn, String closesOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("draftTitle", "老旧小区改造三年行动方案（征求意见稿）");
        body.put("draftText", "第一条 为推进老旧小区改造……");
        body.put("basis", "依据《国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见》起草");
        body.put("opensOn", opensOn);
        body.put("closesOn", closesOn);
        return body;
    }

    private static Map<String, Object> hearing(String heldOn) {
        return Map.of("kind", "HEARING", "heldOn", heldOn, "place", "区政府第三会议室", "summary", "听取居民代表意见",
                "participants", List.of(Map.of("name", "张某", "category", "STAKEHOLDER"),
                        Map.of("name", "广西日报记者", "category", "MEDIA")));
    }

    @Test
    void theYearlyCatalogueIsPublishedWithItsHistoryAndHearingList() {
        today("2026-03-02");
        addDecision(COMMUNITY, "社区议事规则", "2026-06-30", false).statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("unit"));
        addDecision(DISTRICT, "跨年事项", "2027-01-05", false).statusCode(400).body("violations.field", hasItem("plannedBy"));
        given().get("/api/v1/public/decision-catalogues/" + DISTRICT + "/2026").then().statusCode(404);

        String renewal = addDecision(DISTRICT, "青秀区老旧小区改造三年行动方案", "2026-11-30", true).statusCode(201)
                .body("status", equalTo("PLANNED")).extract().path("id");
        String care = addDecision(DISTRICT, "青秀区养老服务设施布局规划", "2026-06-30", false).statusCode(201).extract().path("id");
        publishCatalogue(DISTRICT, null).statusCode(201).body("version", equalTo(1)).body("lines", hasSize(2))
                .body("changes.change", equalTo(List.of("ADDED", "ADDED")))
                .body("hearingList.decisionId", equalTo(List.of(renewal)));
        publishCatalogue(DISTRICT, "没有变化").statusCode(409);

        given().header("Authorization", auth("clerk", DISTRICT)).contentType("application/json")
                .body(Map.of("title", "青秀区养老服务设施布局规划", "department", "青秀区民政局", "plannedBy", "2026-07-31",
                        "hearingRequired", false))
                .put("/api/v1/major-decisions/" + care).then().statusCode(200).body("plannedBy", equalTo("2026-07-31"));
        publishCatalogue(DISTRICT, null).statusCode(400).body("violations.field", hasItem("changeNote"));
        today("2026-04-01");
        publishCatalogue(DISTRICT, "养老服务设施布局规划的决策时间调整至7月，承办部门调整为区民政局").statusCode(201)
                .body("version", equalTo(2))
                .body("changes", hasSize(1))
                .body("changes[0].decisionId", equalTo(care))
                .body("changes[0].change", equalTo("CHANGED"))
                .body("changes[0].fields", equalTo(List.of("department", "plannedBy")));

        String parks = addDecision(DISTRICT, "青秀区公园绿地建设规划", "2026-09-30", false).statusCode(201).extract().path("id");
        post(DISTRICT, "/api/v1/major-decisions/" + care + "/withdrawal", Map.of("reason", "市级统一编制，不再作为区级决策")).statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        publishCatalogue(DISTRICT, "新增公园绿地建设规划；养老服务设施布局规划调出目录").statusCode(201).body("version", equalTo(3))
                .body("changes.find { it.decisionId == '" + parks + "' }.change", equalTo("ADDED"))
                .body("changes.find { it.decisionId == '" + care + "' }.change", equalTo("WITHDRAWN"));

        post(DISTRICT, "/api/v1/major-decisions/" + renewal + "/meetings", hearing("2026-04-01")).statusCode(201)
                .body("meetings[0].kindLabel", equalTo("听证会"));
        given().get("/api/v1/public/decision-catalogues/" + DISTRICT + "/2026").then().statusCode(200)
                .body("unitName", equalTo("青秀区")).body("version", equalTo(3)).body("lines", hasSize(3))
                .body("lines.find { it.decisionId == '" + care + "' }.statusLabel", equalTo("已调出"))
                .body("hearingList", hasSize(1))
                .body("hearingList[0].hearings[0].heldOn", equalTo("2026-04-01"))
                .body("hearingList[0].hearings[0].participants.categoryLabel", equalTo(List.of("利益相关方", "媒体")))
                // a stakeholder attends as a private person: masked for the public; the newspaper as recorded
                .body("hearingList[0].hearings[0].participants.name", equalTo(List.of("张*", "广西日报记者")));
        given().header("Authorization", auth("clerk", DISTRICT)).get("/api/v1/major-decisions/" + renewal).then()
                .statusCode(200).body("meetings[0].participants[0].name", equalTo("张某"));
        given().get("/api/v1/public/decision-catalogues/" + DISTRICT + "/2026/versions").then().statusCode(200)
                .body("version", equalTo(List.of(1, 2, 3)))
                .body("[1].changeNote", containsString("区民政局"))
                .body("[1].lines.find { it.decisionId == '" + care + "' }.plannedBy", equalTo("2026-07-31"))
                .body("[0].lines.find { it.decisionId == '" + care + "' }.plannedBy", equalTo("2026-06-30"));

        given().header("Authorization", auth("clerk", DISTRICT)).queryParam("unit", DISTRICT).queryParam("year", "2026")
                .get("/api/v1/major-decisions").then().statusCode(200).body("title", hasItem("青秀区公园绿地建设规划"));
        given().header("Authorization", auth("clerk", DISTRICT)).queryParam("unit", DISTRICT).queryParam("year", "二〇二六")
                .get("/api/v1/major-decisions").then().statusCode(400).body("violations.field", hasItem("year"));
        given().get("/api/v1/public/major-decisions/" + renewal).then().statusCode(200)
                .body("hearingRequired", equalTo(true)).body("meetings", hasSize(1))
                .body("meetings[0].participants[0].name", equalTo("张*"));
        String unpublished = addDecision(DISTRICT, "尚未发布的事项", "2026-12-31", false).statusCode(201).extract().path("id");
        given().get("/api/v1/public/major-decisions/" + unpublished).then().statusCode(404);
    }

    @Test
    void aDraftIsOpenForCommentAtLeast30DaysUnlessAReasonIsGiven_commentsAreMaskedAndModerated_andTheDecisionWaitsForItsAccountAndHearing() {
        today("2026-09-01");
        String decision = addDecision(CITY, "南宁市城市更新条例实施办法", "2026-11-30", true).statusCode(201).extract().path("id");
        publishCatalogue(CITY, null).statusCode(201);
        String path = "/api/v1/major-decisions/" + decision + "/consultation";

        // 重大行政决策程序暂行条例 第十四条: 20 days without a reason is refused, naming closesOn and the earliest day
        post(CITY, path, consultation("2026-09-01", "2026-09-21")).statusCode(400).contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("closesOn")))
                .body("violations[0].message", containsString("2026-10-01"));
        post(CITY, path, consultation("2026-09-01", "2026-12-15")).statusCode(400).body("violations.field", hasItem("closesOn"));
        Map<String, Object> noDraft = consultation("2026-09-01", "2026-10-01");
        noDraft.remove("draftText");
        post(CITY, path, noDraft).statusCode(400).body("violations.field", hasItem("draftText"));
        given().header("Authorization", auth("clerk", CITY)).get("/api/v1/major-decisions/" + decision).then()
                .statusCode(200).body("consultation", equalTo(null));

        String consultationId = JsonPath.from(post(CITY, path, consultation("2026-09-01", "2026-10-01")).statusCode(201)
                .body("consultation.periodDays", equalTo(30)).body("consultation.open", equalTo(true))
                .extract().asString()).getString("consultation.id");
        post(CITY, path, consultation("2026-09-01", "2026-10-01")).statusCode(409);

        post(CITY, "/api/v1/major-decisions/" + decision + "/decision", Map.of("summary", "市政府常务会议审议通过")).statusCode(409)
                .contentType("application/problem+json").body("missing", equalTo(List.of("adoptionAccount", "hearing")));

        String publicPath = "/api/v1/public/consultations/" + consultationId;
        String kept = given().contentType("application/json")
                .body(Map.of("author", "王小明", "content", "建议增加加装电梯补助。联系电话13812345678，住青秀区民族大道100号3栋"))
                .post(publicPath + "/comments").then().statusCode(202)
                .body("status", equalTo("PENDING")).body("author", equalTo("王**"))
                .body("content", not(containsString("13812345678"))).body("content", not(containsString("100号3栋")))
                .extract().path("id");
        String spam = given().contentType("application/json").body(Map.of("content", "广告：低价装修"))
                .post(publicPath + "/comments").then().statusCode(202).extract().path("id");
        given().contentType("application/json").body(Map.of("content", " ")).post(publicPath + "/comments").then()
                .statusCode(400).body("violations.field", hasItem("content"));
        given().get(publicPath).then().statusCode(200).body("comments", hasSize(0)).body("commentsReceived", equalTo(2));

        String moderation = "/api/v1/consultations/" + consultationId + "/comments/";
        post(CITY, moderation + spam + "/moderation", Map.of("outcome", "REJECTED")).statusCode(400)
                .body("violations.field", hasItem("reason"));
        post(CITY, moderation + spam + "/moderation", Map.of("outcome", "REJECTED", "reason", "与征求意见内容无关的广告")).statusCode(200);
        post(CITY, moderation + kept + "/moderation", Map.of("outcome", "PUBLISHED")).statusCode(200);
        post(CITY, moderation + kept + "/moderation", Map.of("outcome", "PUBLISHED")).statusCode(409);
        String page = given().get(publicPath).then().statusCode(200).body("comments.id", equalTo(List.of(kept)))
                .body("comments[0].adoption", equalTo(null)).body("account", equalTo(null)).extract().asString();
        assertTrue(!page.contains("13812345678") && !page.contains("王小明") && !page.contains("低价装修"), page);

        String account = "/api/v1/consultations/" + consultationId + "/adoption-account";
        post(CITY, account, Map.of("summary", "共收到意见 2 条")).statusCode(409).body("detail", containsString("2026-10-01"));

        today("2026-10-02");
        given().contentType("application/json").body(Map.of("content", "迟到的意见")).post(publicPath + "/comments").then()
                .statusCode(409);
        post(CITY, account, Map.of("summary", "共收到意见 2 条", "adoptions", List.of(
                Map.of("commentId", kept, "adoption", "ADOPTED"), Map.of("commentId", spam, "adoption", "NOT_ADOPTED"))))
                .statusCode(400).body("violations.field", equalTo(List.of("adoptions[1].reason")));
        post(CITY, account, Map.of("summary", "共收到意见 2 条，采纳 1 条", "adoptions", List.of(
                Map.of("commentId", kept, "adoption", "ADOPTED")))).statusCode(200)
                .body("account.received", equalTo(2)).body("account.adopted", equalTo(1))
                .body("comments.find { it.id == '" + spam + "' }.adoption", equalTo("NOT_ADOPTED"));
        given().get(publicPath).then().statusCode(200).body("account.summary", containsString("采纳 1 条"))
                .body("comments[0].adoptionLabel", equalTo("采纳")).body("open", equalTo(false));

        post(CITY, "/api/v1/major-decisions/" + decision + "/decision", Map.of("summary", "市政府常务会议审议通过")).statusCode(409)
                .body("missing", equalTo(List.of("hearing")));
        post(CITY, "/api/v1/major-decisions/" + decision + "/meetings", hearing("2026-10-02")).statusCode(201);
        post(CITY, "/api/v1/major-decisions/" + decision + "/decision", Map.of("summary", "市政府常务会议审议通过",
                "decidedOn", "2026-10-01")).statusCode(400).body("violations.field", hasItem("decidedOn"));
        post(CITY, "/api/v1/major-decisions/" + decision + "/decision", Map.of("summary", "市政府常务会议审议通过"))
                .statusCode(200).body("status", equalTo("DECIDED")).body("decidedOn", equalTo("2026-10-02"));
        given().get("/api/v1/public/major-decisions/" + decision).then().statusCode(200)
                .body("decisionSummary", equalTo("市政府常务会议审议通过"))
                .body("consultation.account.adopted", equalTo(1))
                .body("consultation.comments.id", equalTo(List.of(kept)));
    }

    @Test
    void aConsultationClosingWithoutAnAccountWarns_andADecisionPastItsPlannedTimeBreaches() {
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS)) {
            today("2026-09-01");
            String decision = addDecision(STREET, "新竹街道背街小巷整治方案", "2026-10-20", false).statusCode(201).extract().path("id");
            String withdrawn = addDecision(STREET, "新竹街道菜市场迁建", "2026-10-20", false).statusCode(201).extract().path("id");
            Map<String, Object> shortened = consultation("2026-09-01", "2026-09-21");
            shortened.put("shortenedReason", "汛期前须完成整治，经街道党工委研究缩短征求意见期限");
            String consultationId = JsonPath.from(post(STREET, "/api/v1/major-decisions/" + decision + "/consultation", shortened)
                    .statusCode(201).body("consultation.periodDays", equalTo(20))
                    .body("consultation.shortenedReason", containsString("汛期")).extract().asString()).getString("consultation.id");
            post(STREET, "/api/v1/major-decisions/" + withdrawn + "/withdrawal", Map.of("reason", "区级统一实施")).statusCode(200);

            today("2026-09-22");
            RecordedEvent warning = alerts.await(e -> consultationId.equals(e.subject()) && e.type().endsWith("warning"),
                    Duration.ofSeconds(20));
            assertEquals("adoption-account", JsonPath.from(warning.data()).getString("deadlineKind"));

            today("2026-10-21");
            RecordedEvent breach = alerts.await(e -> decision.equals(e.subject()) && e.type().endsWith("breach"),
                    Duration.ofSeconds(20));
            assertEquals("decision-record", JsonPath.from(breach.data()).getString("deadlineKind"));
            alerts.await(e -> consultationId.equals(e.subject()) && e.type().endsWith("breach"), Duration.ofSeconds(20));
            List<RecordedEvent> all = alerts.drain(Duration.ofSeconds(2));
            assertTrue(all.stream().noneMatch(e -> withdrawn.equals(e.subject()) && e.type().endsWith("breach")),
                    "a withdrawn decision owes no record: " + all);
        }
    }
}
