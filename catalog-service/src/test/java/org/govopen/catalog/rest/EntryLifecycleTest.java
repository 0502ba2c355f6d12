package org.govopen.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
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

/** rules.md §2 life cycle (seed 000): compile → submit → review by the domain's department → publish → versions. */
@QuarkusTest
@GovOpenTest
class EntryLifecycleTest extends CatalogTestSupport {

    @Test
    void everyMissingElementIsNamed_andNothingIsStored() {
        Map<String, Object> form = new HashMap<>(Map.of("unit", CIVIL_DEPT, "domain", LAND));
        createEntry(form).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:govopen:problem:validation"))
                .body("violations.field", hasItems("firstLevelItem", "name", "content", "legalBasis", "timeLimit",
                        "responsibleBody", "method", "channels", "audience", "level"));
        Map<String, Object> specific = entryForm(CIVIL_DEPT, "特定群体事项");
        specific.put("audience", "SPECIFIC_GROUP");
        specific.put("domain", "no-such-domain");
        specific.put("level", "VILLAGE");
        createEntry(specific).statusCode(400)
                .body("violations.field", hasItems("audienceDetail", "domain", "level"));
        given().header("Authorization", auth("clerk", CIVIL_DEPT)).get("/api/v1/entries?unit=" + CIVIL_DEPT)
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aWholeLife_withVersionsDiffAndEvents() {
        try (TopicRecorder events = TopicRecorder.of(Topics.CATALOG_EVENTS)) {
            String id = createEntry(entryForm(DISTRICT, "征地补偿安置方案公告")).statusCode(201)
                    .body("state", equalTo("DRAFT")).body("allowedActions", hasItems("EDIT", "SUBMIT"))
                    .extract().path("id");
            // publishing before review is a 409 naming the state
            act("supervisor", DISTRICT, id, "publish", null).statusCode(409)
                    .contentType("application/problem+json").body("currentState", equalTo("DRAFT"))
                    .body("detail", containsString("草稿"));
            act("clerk", DISTRICT, id, "submit", null).statusCode(200).body("state", equalTo("SUBMITTED"));
            // the competent department's reviewer may read the submitted entry; its other staff may not
            given().header("Authorization", auth("reviewer", LAND_DEPT)).get("/api/v1/entries/" + id).then().statusCode(200);
            given().header("Authorization", auth("clerk", LAND_DEPT)).get("/api/v1/entries/" + id).then().statusCode(403);
            given().header("Authorization", auth("reviewer", CIVIL_DEPT)).get("/api/v1/entries/" + id).then().statusCode(403);
            // the unit itself, and a department not competent for the domain, may not review
            act("reviewer", DISTRICT, id, "approve", Map.of()).statusCode(403).contentType("application/problem+json");
            act("reviewer", CIVIL_DEPT, id, "approve", Map.of()).statusCode(403);
            act("reviewer", LAND_DEPT, id, "return", Map.of()).statusCode(400).body("violations.field", hasItem("comments"));
            act("reviewer", LAND_DEPT, id, "return", Map.of("comments", "公开依据应写明条款")).statusCode(200)
                    .body("state", equalTo("RETURNED")).body("reviewComment", equalTo("公开依据应写明条款"));
            Map<String, Object> corrected = entryForm(DISTRICT, "征地补偿安置方案公告");
            corrected.put("legalBasis", "《中华人民共和国土地管理法》第四十七条");
            given().header("Authorization", auth("clerk", DISTRICT)).contentType("application/json").body(corrected)
                    .put("/api/v1/entries/" + id).then().statusCode(200).body("state", equalTo("DRAFT"));
            act("clerk", DISTRICT, id, "submit", null).statusCode(200);
            act("reviewer", LAND_DEPT, id, "approve", Map.of("comment", "同意")).statusCode(200).body("state", equalTo("APPROVED"));
            act("supervisor", CITY, id, "publish", null).statusCode(200).body("version", equalTo(1));

            // a change after publication is a new draft; version 1 stays public meanwhile
            Map<String, Object> changed = new HashMap<>(corrected);
            changed.put("timeLimit", "自信息形成之日起10个工作日内");
            changed.put("channels", List.of("GOVERNMENT_WEBSITE", "NEW_MEDIA"));
            given().header("Authorization", auth("clerk", DISTRICT)).contentType("application/json").body(changed)
                    .put("/api/v1/entries/" + id).then().statusCode(200).body("state", equalTo("DRAFT"))
                    .body("publishedVersion", equalTo(1))
                    .body("changesSincePublished.field", hasItems("timeLimit", "channels"));
            given().get("/api/v1/public/entries/" + id).then().statusCode(200)
                    .body("version", equalTo(1)).body("timeLimit", equalTo("自信息形成或变更之日起20个工作日内"));
            act("clerk", DISTRICT, id, "submit", null).statusCode(200);
            act("reviewer", LAND_DEPT, id, "approve", Map.of()).statusCode(200);
            act("supervisor", DISTRICT, id, "publish", null).statusCode(200).body("version", equalTo(2));

            given().get("/api/v1/public/entries/" + id + "/versions").then().statusCode(200)
                    .body("version", equalTo(List.of(1, 2)));
            given().get("/api/v1/public/entries/" + id + "/versions/1").then().statusCode(200)
                    .body("timeLimit", equalTo("自信息形成或变更之日起20个工作日内"));
            JsonPath diff = given().get("/api/v1/public/entries/" + id + "/diff?from=1&to=2").then().statusCode(200)
                    .extract().jsonPath();
            assertEquals(List.of("timeLimit", "channels"), diff.getList("field"));
            assertEquals("公开时限", diff.getString("[0].label"));
            assertEquals("政府网站、政务新媒体", diff.getString("[1].after"));

            List<String> actions = given().header("Authorization", auth("operator", CITY))
                    .get("/api/v1/entries/" + id + "/history").then().statusCode(200).extract().jsonPath().getList("action");
            assertEquals(List.of("CREATE", "SUBMIT", "RETURN", "EDIT", "SUBMIT", "APPROVE", "PUBLISH", "REVISE", "SUBMIT",
                    "APPROVE", "PUBLISH"), actions);

            List<RecordedEvent> published = events.awaitCount(e -> id.equals(e.subject()), 2, Duration.ofSeconds(30));
            assertEquals(List.of("govopen.catalog.entry.published", "govopen.catalog.entry.changed"),
                    published.stream().map(RecordedEvent::type).toList());
            JsonPath v2 = JsonPath.from(published.get(1).data());
            assertEquals(2, v2.getInt("version"));
            assertEquals(DISTRICT, v2.getString("unit"));
            assertEquals("PROACTIVE", v2.getString("method"));
            assertEquals(id, published.get(1).key());
        }
    }

    @Test
    void aMissedReviewRaisesAWarningThenABreach() {
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS)) {
            today("2026-09-01");
            String id = createEntry(entryForm(DISTRICT, "征地听证告知")).statusCode(201).extract().path("id");
            act("clerk", DISTRICT, id, "submit", null).statusCode(200);
            // 10 working days from Tue 1 Sep 2026 → Tue 15 Sep; warned 3 working days before (Thu 10 Sep)
            today("2026-09-10");
            RecordedEvent warning = alerts.await(e -> id.equals(e.subject()), Duration.ofSeconds(20));
            assertEquals("govopen.alert.deadline.warning", warning.type());
            assertEquals("2026-09-15", JsonPath.from(warning.data()).getString("dueDate"));
            assertEquals("review", JsonPath.from(warning.data()).getString("deadlineKind"));
            today("2026-09-16");
            RecordedEvent breach = alerts.await(e -> id.equals(e.subject()) && e.type().endsWith("breach"), Duration.ofSeconds(20));
            assertEquals(DISTRICT, JsonPath.from(breach.data()).getString("unit"));
        }
    }

    @Test
    void aReviewInTimeRaisesNoAlert() {
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS)) {
            today("2026-09-01");
            String id = createEntry(entryForm(DISTRICT, "征地补偿标准")).statusCode(201).extract().path("id");
            act("clerk", DISTRICT, id, "submit", null).statusCode(200);
            act("reviewer", LAND_DEPT, id, "approve", Map.of()).statusCode(200);
            today("2026-09-20");
            assertEquals(0, alerts.drain(Duration.ofSeconds(4)).stream().filter(e -> id.equals(e.subject())).count());
        }
    }

    @Test
    void theUnitsTimelineSetsTheReviewDay() {
        given().header("Authorization", auth("admin", CITY)).contentType("application/json")
                .body(Map.of("recheckCycle", "EVERY_TWO_YEARS", "reviewWorkingDays", 10, "reviewBy", "2026-10-15",
                        "conversionApplicants", 3, "conversionApplications", 5))
                .put("/api/v1/units/" + STREET + "/settings").then().statusCode(200).body("reviewBy", equalTo("2026-10-15"));
        String id = createEntry(entryForm(STREET, "街道征地公告")).statusCode(201).extract().path("id");
        act("clerk", STREET, id, "submit", null).statusCode(200);
        given().header("Authorization", auth("operator", STREET)).get("/api/v1/deadlines").then().statusCode(200)
                .body("items.find { it.aggregateId == '" + id + "' }.dueDate", equalTo("2026-10-15"));
    }
}
