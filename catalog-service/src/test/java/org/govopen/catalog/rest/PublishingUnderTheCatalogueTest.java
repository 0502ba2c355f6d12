package org.govopen.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.govopen.catalog.CatalogTestSupport;
import org.govopen.commons.events.Topics;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.RecordedEvent;
import org.govopen.testing.TopicRecorder;
import org.junit.jupiter.api.Test;

/** rules.md §2 publishing under the catalogue: within 20 working days of being formed (条例第二十六条; seed 003). */
@QuarkusTest
@GovOpenTest
class PublishingUnderTheCatalogueTest extends CatalogTestSupport {

    private static io.restassured.response.ValidatableResponse addItem(String entryId, Map<String, Object> item) {
        return given().header("Authorization", auth("clerk", DISTRICT)).contentType("application/json").body(item)
                .post("/api/v1/entries/" + entryId + "/items").then();
    }

    @Test
    void article26_publishedWithin20WorkingDaysIsOnTime_afterIsLate() {
        today("2026-09-25");
        String entry = publishedEntry(entryForm(DISTRICT, "征地补偿安置方案公告"));
        today("2026-11-02");
        // formed on Fri 25 Sep 2026 (Mid-Autumn, off): the day itself never counts; National Day 1–7 Oct is off
        // and Sat 10 Oct a make-up working day, so the 20th working day is Thu 29 Oct
        addItem(entry, Map.of("title", "按时公开的方案", "body", "方案正文", "formedOn", "2026-09-25", "publishedOn", "2026-10-29"))
                .statusCode(201).body("dueOn", equalTo("2026-10-29")).body("late", equalTo(false));
        addItem(entry, Map.of("title", "迟到的方案", "body", "方案正文", "formedOn", "2026-09-25", "publishedOn", "2026-10-30"))
                .statusCode(201).body("dueOn", equalTo("2026-10-29")).body("late", equalTo(true));
    }

    @Test
    void informationNotPublishedInTimeRaisesAlerts_andPublishingClosesTheDeadline() {
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS); TopicRecorder events = TopicRecorder.of(Topics.CATALOG_EVENTS)) {
            today("2026-11-02");
            String entry = publishedEntry(entryForm(DISTRICT, "征地补偿费用拨付"));
            String missing = addItem(entry, Map.of("title", "补偿费用拨付情况", "body", "已拨付", "formedOn", "2026-11-02"))
                    .statusCode(201).body("publishedOn", equalTo(null)).body("dueOn", equalTo("2026-11-30"))
                    .extract().path("id");
            // not public yet
            given().get("/api/v1/public/entries/" + entry).then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
            today("2026-12-01");
            RecordedEvent breach = alerts.await(e -> missing.equals(e.subject()) && e.type().endsWith("breach"), Duration.ofSeconds(20));
            assertEquals("publication", JsonPath.from(breach.data()).getString("deadlineKind"));
            given().header("Authorization", auth("clerk", DISTRICT)).contentType("application/json").body(Map.of())
                    .post("/api/v1/items/" + missing + "/publish").then().statusCode(200)
                    .body("publishedOn", equalTo("2026-12-01")).body("late", equalTo(true));
            given().header("Authorization", auth("clerk", DISTRICT)).contentType("application/json").body(Map.of())
                    .post("/api/v1/items/" + missing + "/publish").then().statusCode(409);
            RecordedEvent published = events.await(e -> missing.equals(e.subject()), Duration.ofSeconds(20));
            assertEquals("govopen.catalog.item.published", published.type());
            JsonPath data = JsonPath.from(published.data());
            assertEquals(entry, data.getString("entryId"));
            assertEquals("2026-12-01", data.getString("publishedOn"));
        }
    }

    @Test
    void personalDataIsMaskedBeforeItIsStoredForThePublic() {
        today("2026-11-02");
        String entry = publishedEntry(entryForm(DISTRICT, "征地补偿对象公示"));
        String id = addItem(entry, Map.of("title", "补偿对象公示", "formedOn", "2026-11-02", "publishedOn", "2026-11-02",
                        "body", "被征收人张某，身份证号450103199001011238，电话13812345678，住青秀区民族大道100号3栋"))
                .statusCode(201)
                .body("body", not(containsString("450103199001011238")))
                .body("body", not(containsString("13812345678")))
                .body("body", not(containsString("100号3栋")))
                .body("body", containsString("450103********1238"))
                .extract().path("id");
        String page = given().get("/api/v1/public/entries/" + entry).then().statusCode(200).extract().asString();
        assertFalse(page.contains("13812345678") || page.contains("450103199001011238"), page);
        assertFalse(given().get("/api/v1/public/search?q=补偿对象").then().statusCode(200).extract().asString()
                .contains("13812345678"));
        assertEquals(id, given().get("/api/v1/public/search?q=补偿对象公示&kind=item").then().extract().path("items[0].id"));
    }

    @Test
    void badItemsAreRefusedByField() {
        today("2026-11-02");
        String entry = publishedEntry(entryForm(DISTRICT, "征地补偿标准调整"));
        addItem(entry, Map.of("title", "无正文也无链接", "formedOn", "2026-11-02")).statusCode(400)
                .body("violations.field", hasItem("body"));
        addItem(entry, Map.of("title", "先公开后形成", "body", "x", "formedOn", "2026-11-02", "publishedOn", "2026-10-30"))
                .statusCode(400).body("violations.field", hasItem("publishedOn"));
        addItem(entry, Map.of("title", "未来形成", "body", "x", "formedOn", "2026-12-30")).statusCode(400)
                .body("violations.field", hasItem("formedOn"));
        Map<String, Object> noDate = new HashMap<>(Map.of("title", "缺日期", "body", "x"));
        addItem(entry, noDate).statusCode(400).body("violations.field", hasItem("formedOn"));
        // an entry not yet published takes no information
        String draft = createEntry(entryForm(DISTRICT, "草稿事项")).statusCode(201).extract().path("id");
        addItem(draft, Map.of("title", "t", "body", "x", "formedOn", "2026-11-02")).statusCode(409);
    }
}
