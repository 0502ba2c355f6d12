package org.govopen.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** rules.md §2 disclosure attribute of documents: source determination, reasons, periodic re-check, clean-up. */
@QuarkusTest
@GovOpenTest
class DocumentAttributeTest extends CatalogTestSupport {

    private static ValidatableResponse register(String unit, String number, String attribute, String reason, String formedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("unit", unit);
        body.put("documentNumber", number);
        body.put("title", "关于" + number + "的通知");
        body.put("attribute", attribute);
        body.put("formedOn", formedOn);
        if (reason != null) {
            body.put("reason", reason);
        }
        return given().header("Authorization", auth("clerk", unit)).contentType("application/json").body(body)
                .post("/api/v1/documents").then();
    }

    @Test
    void onRequestAndNotDisclosedWithoutAReasonAreRefused() {
        today("2026-09-01");
        register(DISTRICT, "青政发〔2026〕1号", "NOT_DISCLOSED", null, "2026-08-01").statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("reason"))
                .body("detail", containsString("必须说明理由"));
        register(DISTRICT, "青政发〔2026〕1号", "ON_REQUEST", "  ", "2026-08-01").statusCode(400)
                .body("violations.field", hasItem("reason"));
        register(DISTRICT, "青政发〔2026〕1号", "PROACTIVE", null, "2026-08-01").statusCode(201)
                .body("marking", equalTo("此件公开发布")).body("nextRecheckOn", equalTo(null));
        register(DISTRICT, "青政发〔2026〕1号", "PROACTIVE", null, "2026-08-01").statusCode(409);
        register(DISTRICT, "青政发〔2026〕2号", "BOGUS", null, "2026-08-01").statusCode(400);
    }

    @Test
    void recheckFollowsTheUnitsCycle_andAnOverdueRecheckRaisesABreach() {
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS); TopicRecorder events = TopicRecorder.of(Topics.CATALOG_EVENTS)) {
            today("2026-09-01");
            // the default cycle: every two years (seed 000)
            String twoYears = register(DISTRICT, "青政发〔2026〕5号", "NOT_DISCLOSED", "涉及国家秘密", "2026-03-10")
                    .statusCode(201).body("nextRecheckOn", equalTo("2028-03-10")).body("marking", equalTo("此件不公开"))
                    .extract().path("id");
            // each September for the documents of earlier years (seed 002)
            given().header("Authorization", auth("admin", CITY)).contentType("application/json")
                    .body(Map.of("recheckCycle", "EACH_SEPTEMBER", "reviewWorkingDays", 10, "conversionApplicants", 3,
                            "conversionApplications", 5))
                    .put("/api/v1/units/" + STREET + "/settings").then().statusCode(200);
            String september = register(STREET, "新街发〔2025〕7号", "ON_REQUEST", "内部事务信息", "2025-06-01")
                    .statusCode(201).body("nextRecheckOn", equalTo("2026-09-30")).extract().path("id");

            today("2026-10-01");
            RecordedEvent breach = alerts.await(e -> september.equals(e.subject()) && e.type().endsWith("breach"), Duration.ofSeconds(20));
            assertEquals("recheck", JsonPath.from(breach.data()).getString("deadlineKind"));
            given().header("Authorization", auth("clerk", DISTRICT)).get("/api/v1/documents?recheckOverdue=true")
                    .then().statusCode(200).body("items.id", equalTo(List.of(september)));

            // the re-check converts it: recorded, announced, no further re-check
            given().header("Authorization", auth("clerk", STREET)).contentType("application/json")
                    .body(Map.of("attribute", "PROACTIVE", "reason", "情势变化，可以公开"))
                    .post("/api/v1/documents/" + september + "/rechecks").then().statusCode(201)
                    .body("previousAttribute", equalTo("ON_REQUEST")).body("attribute", equalTo("PROACTIVE"));
            given().header("Authorization", auth("clerk", STREET)).get("/api/v1/documents/" + september).then()
                    .body("attribute", equalTo("PROACTIVE")).body("nextRecheckOn", equalTo(null));
            // kept as it is: the next re-check counts from the re-check day
            given().header("Authorization", auth("clerk", DISTRICT)).contentType("application/json")
                    .body(Map.of("attribute", "NOT_DISCLOSED", "reason", "仍涉及国家秘密"))
                    .post("/api/v1/documents/" + twoYears + "/rechecks").then().statusCode(201);
            given().header("Authorization", auth("clerk", DISTRICT)).get("/api/v1/documents/" + twoYears).then()
                    .body("nextRecheckOn", equalTo("2028-10-01"));

            RecordedEvent changed = events.await(e -> september.equals(e.subject())
                    && "PROACTIVE".equals(JsonPath.from(e.data()).getString("attribute")), Duration.ofSeconds(20));
            assertEquals("govopen.catalog.document.attribute-changed", changed.type());
            assertEquals("ON_REQUEST", JsonPath.from(changed.data()).getString("previousAttribute"));
            assertEquals("新街发〔2025〕7号", JsonPath.from(changed.data()).getString("documentNumber"));
        }
    }

    /** A clean-up reaches documents of the 1990s still in force: their formation day may lie before 2000. */
    @Test
    void aDocumentFormedBefore2000CanBeRegistered_butNotOneBefore1949() {
        today("2026-09-01");
        register(DISTRICT, "南府发〔1996〕12号", "PROACTIVE", null, "1996-05-20").statusCode(201)
                .body("formedOn", equalTo("1996-05-20"));
        register(DISTRICT, "南府发〔1948〕1号", "PROACTIVE", null, "1948-05-20").statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("formedOn"));
    }

    @Test
    void obsoleteDocumentsAreCleanedUpAndTheResultPublished() {
        today("2026-09-01");
        String a = register(DISTRICT, "青政发〔2019〕3号", "PROACTIVE", null, "2019-03-01").statusCode(201).extract().path("id");
        register(DISTRICT, "青政发〔2019〕4号", "PROACTIVE", null, "2019-04-01").statusCode(201);
        given().header("Authorization", auth("supervisor", DISTRICT)).contentType("application/json").body(Map.of())
                .post("/api/v1/documents/cleanups?unit=" + DISTRICT).then().statusCode(409);
        given().header("Authorization", auth("clerk", DISTRICT)).contentType("application/json")
                .body(Map.of("reason", "已被青政发〔2026〕9号废止", "obsoleteOn", "2026-08-20"))
                .post("/api/v1/documents/" + a + "/obsolete").then().statusCode(200).body("status", equalTo("OBSOLETE"));
        given().header("Authorization", auth("clerk", DISTRICT)).contentType("application/json")
                .body(Map.of("attribute", "ON_REQUEST", "reason", "x"))
                .put("/api/v1/documents/" + a + "/attribute").then().statusCode(409);
        given().header("Authorization", auth("supervisor", DISTRICT)).contentType("application/json")
                .body(Map.of("note", "2026年度文件清理"))
                .post("/api/v1/documents/cleanups?unit=" + DISTRICT).then().statusCode(201)
                .body("documents.documentNumber", equalTo(List.of("青政发〔2019〕3号")));
        given().get("/api/v1/public/cleanups?unit=" + DISTRICT).then().statusCode(200)
                .body("[0].note", equalTo("2026年度文件清理"))
                .body("[0].documents[0].reason", equalTo("已被青政发〔2026〕9号废止"));
    }
}
