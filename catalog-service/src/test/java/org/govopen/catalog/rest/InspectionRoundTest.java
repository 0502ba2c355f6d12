package org.govopen.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govopen.catalog.CatalogTestSupport;
import org.govopen.catalog.domain.InspectionDraw;
import org.govopen.catalog.domain.InspectionItem;
import org.govopen.commons.calendar.BundledNotices;
import org.govopen.commons.events.Topics;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.RecordedEvent;
import org.govopen.testing.TopicRecorder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * rules.md §2b random inspection (三随机, seed 003; {@code InspectionDraw}): a round drawn over the units below the
 * organiser with its seed recorded, so the same draw comes out again; findings per drawn unit and item; a problem's
 * rectification (整改) deadline breaching on govopen.alerts; the report (通报) published only when every pair has its
 * finding. The organiser here is a district of its own, so its candidates are known.
 */
@QuarkusTest
@GovOpenTest
class InspectionRoundTest extends CatalogTestSupport {

    static final String ORGANISER = "nanning/xixiangtang";
    static final List<String> CANDIDATES = List.of(ORGANISER + "/anji", ORGANISER + "/beihu", ORGANISER + "/hengyang");

    @BeforeEach
    void organiserWithThreeStreets() {
        unit(ORGANISER, "西乡塘区", "DISTRICT", null);
        unit(CANDIDATES.get(0), "安吉街道", "STREET", null);
        unit(CANDIDATES.get(1), "北湖街道", "STREET", null);
        unit(CANDIDATES.get(2), "衡阳街道", "STREET", null);
    }

    private static Map<String, Object> round(int units, int items, long seed) {
        Map<String, Object> body = new HashMap<>();
        body.put("organiser", ORGANISER);
        body.put("title", "2026年第四季度政务公开随机抽查");
        body.put("from", "2026-10-01");
        body.put("to", "2026-10-09");
        body.put("unitCount", units);
        body.put("itemCount", items);
        body.put("seed", seed);
        return body;
    }

    private static ValidatableResponse post(String role, String unit, String path, Object body) {
        return given().header("Authorization", auth(role, unit)).contentType("application/json").body(body).post(path).then();
    }

    @Test
    void aDrawIsRecordedWithItsSeedAndComesOutAgain_andWhatCannotBeDrawnIsRefusedByField() {
        today("2026-09-20");
        JsonPath drawn = JsonPath.from(post("supervisor", ORGANISER, "/api/v1/inspection-rounds", round(2, 3, 20261001L))
                .statusCode(201).body("seed", equalTo(20261001)).body("candidates", equalTo(CANDIDATES))
                .body("units", hasSize(2)).body("items", hasSize(3)).body("pending", hasSize(6))
                .extract().asString());
        List<String> units = drawn.getList("units");
        List<String> items = drawn.getList("items.item");
        assertEquals(2, Set.copyOf(units).size(), "no unit twice: " + units);
        assertEquals(3, Set.copyOf(items).size(), "no item twice: " + items);
        // 1–7 October 2026 are the National Day holidays: only the 8th and 9th are working days of the window
        assertTrue(Set.of("2026-10-08", "2026-10-09").contains(drawn.getString("inspectOn")), drawn.getString("inspectOn"));

        InspectionDraw again = InspectionDraw.draw(20261001L, CANDIDATES, 2, 3, false, LocalDate.parse("2026-10-01"),
                LocalDate.parse("2026-10-09"), BundledNotices.calendar()::isWorkingDay);
        assertEquals(again.units(), units);
        assertEquals(again.items().stream().map(InspectionItem::name).toList(), items);
        assertEquals(again.on().toString(), drawn.getString("inspectOn"));
        given().get("/api/v1/public/inspection-rounds/" + drawn.getString("id")).then().statusCode(404);

        Map<String, Object> holidays = round(1, 1, 1L);
        holidays.put("to", "2026-10-07");
        post("supervisor", ORGANISER, "/api/v1/inspection-rounds", holidays).statusCode(400)
                .contentType("application/problem+json").body("violations.field", equalTo(List.of("from")));
        post("supervisor", ORGANISER, "/api/v1/inspection-rounds", round(4, 1, 1L)).statusCode(400)
                .body("violations.field", hasItem("unitCount"));
        post("supervisor", ORGANISER, "/api/v1/inspection-rounds", round(1, 16, 1L)).statusCode(400)
                .body("violations.field", hasItem("itemCount"));
        Map<String, Object> backwards = round(1, 1, 1L);
        backwards.put("from", "2026-10-10");
        post("supervisor", ORGANISER, "/api/v1/inspection-rounds", backwards).statusCode(400).body("violations.field", hasItem("to"));
        Map<String, Object> department = round(1, 1, 1L);
        department.put("organiser", LAND_DEPT);
        post("supervisor", CITY, "/api/v1/inspection-rounds", department).statusCode(400).body("violations.field", hasItem("organiser"));
        post("clerk", ORGANISER, "/api/v1/inspection-rounds", round(1, 1, 1L)).statusCode(403);
        // with repeat each pick is independent: more picks than there are units is allowed
        Map<String, Object> repeated = round(5, 20, 7L);
        repeated.put("repeat", true);
        post("supervisor", ORGANISER, "/api/v1/inspection-rounds", repeated).statusCode(201).body("units", hasSize(5))
                .body("items", hasSize(20));
        given().header("Authorization", auth("supervisor", ORGANISER)).get("/api/v1/inspection-rounds?organiser=" + ORGANISER)
                .then().statusCode(200).body("id", hasItem(drawn.getString("id")));
        given().header("Authorization", auth("supervisor", CANDIDATES.get(0))).get("/api/v1/inspection-rounds/" + drawn.getString("id"))
                .then().statusCode(403);
        // a generated client encodes the unit path's slashes: the same resource answers
        given().urlEncodingEnabled(false).header("Authorization", auth("supervisor", ORGANISER))
                .get("/api/v1/inspections/" + ORGANISER.replace("/", "%2F")).then().statusCode(200).body("unit", equalTo(ORGANISER));
        given().urlEncodingEnabled(false).get("/api/v1/units/" + CANDIDATES.get(0).replace("/", "%2F") + "?x=1").then()
                .statusCode(200).body("path", equalTo(CANDIDATES.get(0)));
    }

    @Test
    void findingsPerDrawnPair_aProblemsRectificationDeadlineBreaches_andTheReportWaitsForEveryFinding() {
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS)) {
            today("2026-09-20");
            JsonPath drawn = JsonPath.from(post("supervisor", ORGANISER, "/api/v1/inspection-rounds", round(1, 2, 42L))
                    .statusCode(201).extract().asString());
            String id = drawn.getString("id");
            String unit = drawn.getString("units[0]");
            String other = CANDIDATES.stream().filter(u -> !u.equals(unit)).findFirst().orElseThrow();
            String first = drawn.getString("items[0].item");
            String second = drawn.getString("items[1].item");
            String notDrawn = java.util.Arrays.stream(InspectionItem.values()).map(Enum::name)
                    .filter(i -> !i.equals(first) && !i.equals(second)).findFirst().orElseThrow();
            String findings = "/api/v1/inspection-rounds/" + id + "/findings";

            post("supervisor", ORGANISER, findings, Map.of("unit", unit, "item", first, "conforms", true, "description", "符合要求"))
                    .statusCode(409).body("detail", containsString(drawn.getString("inspectOn")));
            today(drawn.getString("inspectOn"));
            LocalDate rectifyBy = LocalDate.parse(drawn.getString("inspectOn")).plusDays(10);
            post("supervisor", ORGANISER, findings, Map.of("unit", other, "item", notDrawn, "conforms", false, "description", "x"))
                    .statusCode(400).body("violations.field", containsInAnyOrder("unit", "item", "rectifyBy"));
            post("supervisor", ORGANISER, findings, Map.of("unit", unit, "item", first, "conforms", true, "description", "符合要求"))
                    .statusCode(201).body("pending", equalTo(List.of(unit + ":" + second)));
            post("supervisor", ORGANISER, "/api/v1/inspection-rounds/" + id + "/report", Map.of("summary", "通报"))
                    .statusCode(409).body("missing", equalTo(List.of(unit + ":" + second)));
            String finding = JsonPath.from(post("supervisor", ORGANISER, findings, Map.of("unit", unit, "item", second,
                            "conforms", false, "description", "2 件政策文件的解读晚于文件发布", "rectifyBy", rectifyBy.toString()))
                    .statusCode(201).body("pending", hasSize(0)).extract().asString())
                    .getString("findings.find { it.item == '" + second + "' }.id");
            post("supervisor", ORGANISER, findings, Map.of("unit", unit, "item", second, "conforms", true, "description", "重复"))
                    .statusCode(409);

            today(rectifyBy.plusDays(1).toString());
            RecordedEvent breach = alerts.await(e -> finding.equals(e.subject()) && e.type().endsWith("breach"), Duration.ofSeconds(20));
            assertEquals("rectification", JsonPath.from(breach.data()).getString("deadlineKind"));

            String rectification = findings + "/" + finding + "/rectification";
            post("clerk", other, rectification, Map.of("note", "不是本单位")).statusCode(403);
            post("clerk", unit, rectification, Map.of("note", "已补发解读并与文件相互链接")).statusCode(200)
                    .body("findings.find { it.id == '" + finding + "' }.rectification", equalTo("逾期整改"));
            post("clerk", unit, rectification, Map.of("note", "再次整改")).statusCode(409);

            post("supervisor", ORGANISER, "/api/v1/inspection-rounds/" + id + "/report",
                    Map.of("summary", "本次抽查 1 个单位 2 项内容，发现问题 1 个，已整改。")).statusCode(200)
                    .body("reportedOn", equalTo(rectifyBy.plusDays(1).toString()));
            given().get("/api/v1/public/inspection-rounds/" + id).then().statusCode(200)
                    .body("seed", equalTo(42)).body("candidates", equalTo(CANDIDATES))
                    .body("reportSummary", containsString("发现问题 1 个"))
                    .body("findings", hasSize(2))
                    .body("findings.find { it.id == '" + finding + "' }.itemLabel", equalTo(InspectionItem.valueOf(second).label()));
            given().get("/api/v1/public/inspection-rounds?organiser=" + ORGANISER).then().statusCode(200)
                    .body("id", hasItem(id));
            given().get("/api/v1/public/inspection-rounds").then().statusCode(400).body("violations.field", hasItem("organiser"));
        }
    }
}
