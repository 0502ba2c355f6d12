package org.govopen.request.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.govopen.commons.events.Topics;
import org.govopen.request.RequestTestSupport;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.TopicPublisher;
import org.junit.jupiter.api.Test;

/**
 * Rules.md §3 "Reply outcomes": exactly one outcome of the annual-report rows; partial disclosure names what was
 * withheld and why; "already public" points to where catalog-service published it; "not this agency" names the
 * right one. The letter cites the legal basis and the applicant's remedies. Delivery, then archive locks the case.
 */
@QuarkusTest
@GovOpenTest
class ReplyTest extends RequestTestSupport {

    static String letter(String id) {
        return given().header("Authorization", token("handler")).get("/api/v1/applications/" + id + "/reply-letter")
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
    }

    @Test
    void unknownOutcomeCodesAndImpossibleDatesAreRejected() {
        String id = inHandling("2026-09-30", ID_A);
        today("2026-10-20");
        act("handler", id, "reply", Map.of("outcome", "MAYBE", "summary", "x")).statusCode(400)
                .body("violations[0].field", equalTo("outcome"));
        act("handler", id, "reply", Map.of("outcome", "GRANTED", "summary", "x", "repliedOn", "2026-09-29")).statusCode(400)
                .body("violations[0].field", equalTo("repliedOn")).body("violations[0].message", containsString("2026-09-30"));
        act("handler", id, "reply", Map.of("outcome", "GRANTED", "summary", "x", "repliedOn", "2026-10-21")).statusCode(400)
                .body("violations[0].field", equalTo("repliedOn"));
        act("handler", id, "reply", Map.of("outcome", "OTHER_NO_CORRECTION", "summary", "x")).statusCode(400);
        act("handler", id, "reply", Map.of("outcome", "GRANTED", "summary", "长".repeat(8001))).statusCode(400)
                .body("violations[0].field", equalTo("summary"));
        act("handler", id, "reply", Map.of("outcome", "PARTIAL", "summary", "x",
                "withheld", java.util.List.of(Map.of("part", "长".repeat(1001), "reason", "WITHHELD_THIRD_PARTY_RIGHTS"))))
                .statusCode(400).body("violations[0].field", containsString("withheld"));
        view(id).body("state", equalTo("IN_HANDLING"));
    }

    @Test
    void aReplyBeforeReviewIsAForbiddenTransition() {
        String id = registerInPerson("2026-09-30", ID_A);
        act("handler", id, "reply", Map.of("outcome", "GRANTED", "summary", "x")).statusCode(409)
                .contentType("application/problem+json")
                .body("currentState", equalTo("REGISTERED"))
                .body("detail", containsString("已登记"));
    }

    @Test
    void partialDisclosureListsWhatWasWithheldAndWhy() {
        String id = inHandling("2026-09-30", ID_A);
        today("2026-10-20");
        act("handler", id, "reply", Map.of("outcome", "PARTIAL", "summary", "提供补偿方案，隐去个人信息")).statusCode(400)
                .body("violations[0].field", equalTo("withheld"));
        act("handler", id, "reply", Map.of("outcome", "PARTIAL", "summary", "提供补偿方案",
                "withheld", List.of(Map.of("part", "被征收户名单", "reason", "GRANTED")))).statusCode(400)
                .body("violations[0].field", equalTo("withheld[0].reason"));
        act("handler", id, "reply", Map.of("outcome", "PARTIAL", "summary", "现提供补偿方案正文。", "providedForm", "PAPER",
                "withheld", List.of(Map.of("part", "被征收户姓名及身份证号", "reason", "WITHHELD_THIRD_PARTY_RIGHTS"))))
                .statusCode(200)
                .body("state", equalTo("REPLIED"))
                .body("reply.outcomeCode", equalTo("二"))
                .body("reply.withheld[0].reasonLabel", containsString("保护第三方合法权益"))
                .body("concludedOn", equalTo("2026-10-20"))
                .body("deadlines.state", org.hamcrest.Matchers.everyItem(equalTo("CLOSED")));
        String html = letter(id);
        org.hamcrest.MatcherAssert.assertThat(html, containsString("政府信息公开申请答复告知书"));
        org.hamcrest.MatcherAssert.assertThat(html, containsString("第三十七条"));
        org.hamcrest.MatcherAssert.assertThat(html, containsString("被征收户姓名及身份证号：保护第三方合法权益，依据《中华人民共和国政府信息公开条例》第十五条"));
        org.hamcrest.MatcherAssert.assertThat(html, containsString("六十日内向本级人民政府申请行政复议"));
        org.hamcrest.MatcherAssert.assertThat(html, containsString("六个月内向有管辖权的人民法院提起行政诉讼"));
        org.hamcrest.MatcherAssert.assertThat(html, containsString("2026年9月30日收到"));
    }

    @Test
    void alreadyPublic_pointsToWhereCatalogServicePublishedIt() {
        TopicPublisher.publish(Topics.CATALOG_EVENTS, "item-771", "govopen.catalog.item.published", "/govopen/catalog", """
                {"itemId":"item-771","entryId":"entry-5","unit":"nanning/qingxiu","domain":"征地补偿",
                 "title":"青秀区2025年征地补偿安置方案","url":"https://www.qingxiu.gov.cn/zdbc/2025-3.html",
                 "documentNumber":"青政发〔2025〕3号","formedOn":"2025-03-01","publishedOn":"2025-03-10"}""");
        TopicPublisher.publish(Topics.CATALOG_EVENTS, "nanning/qingxiu", "govopen.catalog.unit.changed", "/govopen/catalog",
                "{\"unit\":\"nanning/qingxiu\",\"name\":\"南宁市青秀区人民政府\",\"kind\":\"COUNTY\",\"parentUnit\":\"nanning\"}");
        String id = inHandling("2026-09-30", ID_B);
        today("2026-10-09");
        act("handler", id, "reply", Map.of("outcome", "GRANTED", "summary", "请按上述途径获取。", "alreadyPublicId", "item-404"))
                .statusCode(400).body("violations[0].field", equalTo("alreadyPublicId"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                act("handler", id, "reply", Map.of("outcome", "GRANTED", "summary", "请按上述途径获取。", "alreadyPublicId", "item-771"))
                        .statusCode(200).body("reply.alreadyPublicUrl", equalTo("https://www.qingxiu.gov.cn/zdbc/2025-3.html")));
        String html = letter(id);
        org.hamcrest.MatcherAssert.assertThat(html, containsString("已经主动公开"));
        org.hamcrest.MatcherAssert.assertThat(html, containsString("第三十六条第（一）项"));
        org.hamcrest.MatcherAssert.assertThat(html, containsString("青秀区2025年征地补偿安置方案"));
        org.hamcrest.MatcherAssert.assertThat(html, containsString("南宁市青秀区人民政府"));
    }

    @Test
    void notThisAgency_namesTheRightOne() {
        String id = inHandling("2026-09-30", ID_C);
        today("2026-10-09");
        act("handler", id, "reply", Map.of("outcome", "GRANTED", "summary", "x",
                "competentAgency", Map.of("name", "南宁市自然资源局"))).statusCode(400)
                .body("violations[0].field", equalTo("competentAgency"));
        act("handler", id, "reply", Map.of("outcome", "UNABLE_NOT_HELD", "summary", "请向该机关申请。",
                "competentAgency", Map.of("name", "南宁市自然资源局", "contact", "0771-1234567"))).statusCode(200)
                .body("reply.outcomeCode", equalTo("四.1"));
        String html = letter(id);
        org.hamcrest.MatcherAssert.assertThat(html, containsString("南宁市自然资源局，联系方式：0771-1234567"));
        org.hamcrest.MatcherAssert.assertThat(html, containsString("第三十六条第（五）项"));
    }

    @Test
    void theLetterEscapesWhatApplicantsWrite() {
        today("2026-09-30");
        Map<String, Object> f = form(ID_A);
        f.put("description", "<script>alert(1)</script>规划图");
        String id = registerAsClerk(f).statusCode(201).extract().path("id");
        act("reviewer", id, "review", Map.of()).statusCode(200);
        act("reviewer", id, "reply", Map.of("outcome", "NOT_PROCESSED_PETITION", "summary", "请通过信访渠道反映。")).statusCode(200);
        String html = letter(id);
        org.hamcrest.MatcherAssert.assertThat(html, not(containsString("<script>")));
        org.hamcrest.MatcherAssert.assertThat(html, containsString("第三十九条第一款"));
    }

    @Test
    void deliveryThenArchiveLocksTheCase() {
        String id = inHandling("2026-09-30", ID_A);
        today("2026-10-20");
        act("handler", id, "reply", Map.of("outcome", "WITHHELD_STATE_SECRET", "summary", "该信息经确定为国家秘密。")).statusCode(200);
        act("clerk", id, "delivery", Map.of("method", "POST", "deliveredAt", "2026-10-19T10:00:00+08:00")).statusCode(400)
                .body("violations[0].field", equalTo("deliveredAt"));
        act("clerk", id, "delivery", Map.of("method", "POST", "deliveredAt", "2026-10-20T09:00:00+08:00",
                "proof", "EMS 1234567890")).statusCode(200)
                .body("state", equalTo("DELIVERED")).body("delivery.proof", equalTo("EMS 1234567890"));
        act("clerk", id, "archive", null).statusCode(200).body("state", equalTo("ARCHIVED"))
                .body("allowedActions", equalTo(List.of("RECORD_REMEDY")));
        act("handler", id, "reply", Map.of("outcome", "GRANTED", "summary", "x")).statusCode(409)
                .body("currentState", equalTo("ARCHIVED"));
        act("clerk", id, "withdrawal", Map.of()).statusCode(409);
        given().header("Authorization", token("clerk")).get("/api/v1/applications/" + id + "/history").then()
                .body("action", hasItems("REGISTER", "START_REVIEW", "START_HANDLING", "REPLY", "DELIVER", "ARCHIVE"))
                .body("[5].fromState", equalTo("DELIVERED")).body("[5].toState", equalTo("ARCHIVED"))
                .body("[5].actor", equalTo("user-clerk"));
    }

    @Test
    void aReviewIsRecordedPendingAndDecidedLater() {
        String id = inHandling("2026-09-30", ID_C);
        today("2026-10-20");
        act("handler", id, "reply", Map.of("outcome", "UNABLE_NOT_HELD", "summary", "经检索不存在")).statusCode(200);
        today("2026-11-20");
        Map<String, Object> review = Map.of("kind", "ADMINISTRATIVE_REVIEW", "filedOn", "2026-11-10", "result", "PENDING");
        act("handler", id, "remedies", review).statusCode(403);
        act("supervisor", id, "remedies", Map.of("kind", "ADMINISTRATIVE_REVIEW", "filedOn", "2026-11-30", "result", "PENDING"))
                .statusCode(400).body("violations[0].field", equalTo("filedOn"));
        act("supervisor", id, "remedies", Map.of("kind", "ADMINISTRATIVE_REVIEW", "filedOn", "2026-11-10", "result", "MAINTAINED"))
                .statusCode(400).body("violations[0].field", equalTo("decidedOn"));
        String remedy = act("supervisor", id, "remedies", review).statusCode(200)
                .body("remedies[0].result", equalTo("PENDING")).extract().path("remedies[0].id");
        String decision = "remedies/" + remedy + "/decision";
        act("supervisor", id, decision, Map.of("result", "CORRECTED", "decidedOn", "2026-11-05")).statusCode(400)
                .body("violations[0].field", equalTo("decidedOn"));
        act("supervisor", id, decision, Map.of("result", "CORRECTED", "decidedOn", "2026-11-19")).statusCode(200)
                .body("remedies[0].result", equalTo("CORRECTED")).body("remedies[0].decidedOn", equalTo("2026-11-19"));
        act("supervisor", id, decision, Map.of("result", "OTHER")).statusCode(409);
    }

    @Test
    void aWithdrawalBeforeTheReceiptDateIsRejected() {
        today("2026-10-09");
        Map<String, Object> f = form(ID_C);
        f.put("channel", "ONLINE");
        f.put("deliveryMethod", "ONLINE_PLATFORM");
        String id = given().contentType("application/json").body(f).post("/api/v1/applications").then().statusCode(201)
                .extract().path("id");
        today("2026-10-12");
        act("clerk", id, "receipt-confirmation", Map.of("receivedOn", "2026-10-12")).statusCode(200);
        act("clerk", id, "withdrawal", Map.of("withdrawnOn", "2026-10-09")).statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("withdrawnOn"))
                .body("violations[0].message", containsString("收到申请日期 2026-10-12"));
        view(id).body("state", equalTo("REGISTERED")).body("concludedOn", org.hamcrest.Matchers.nullValue());
        act("clerk", id, "withdrawal", Map.of("withdrawnOn", "2026-10-12")).statusCode(200)
                .body("state", equalTo("WITHDRAWN")).body("concludedOn", equalTo("2026-10-12"));
    }

    @Test
    void aWithdrawnApplicationCountsAsOther() {
        String id = registerInPerson("2026-09-30", ID_B);
        act("clerk", id, "withdrawal", Map.of("withdrawnOn", "2026-09-30", "note", "申请人电话撤回")).statusCode(200)
                .body("state", equalTo("WITHDRAWN")).body("reply.outcomeCode", equalTo("六.3"));
    }
}
