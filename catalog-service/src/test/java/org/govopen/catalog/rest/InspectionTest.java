package org.govopen.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.govopen.catalog.CatalogTestSupport;
import org.govopen.testing.GovOpenTest;
import org.junit.jupiter.api.Test;

/** rules.md §2 inspection (网上巡查) and village lists matching the government's (相同事项的公开内容对应一致). */
@QuarkusTest
@GovOpenTest
class InspectionTest extends CatalogTestSupport {

    @Test
    void theReportListsGapsLatenessOverdueRechecksAndVillageMismatches() {
        today("2026-09-01");
        String covered = publishedEntry(entryForm(STREET, "征地补偿安置方案公告"));
        String empty = publishedEntry(entryForm(STREET, "征地听证告知书"));
        Map<String, Object> village = entryForm(COMMUNITY, "征地补偿安置方案公告");
        village.put("timeLimit", "信息形成后30日内");
        String villageEntry = publishedEntry(village);
        String sameInVillage = publishedEntry(entryForm(COMMUNITY, "征地听证告知书"));

        var clerk = given().header("Authorization", auth("clerk", STREET)).contentType("application/json");
        clerk.body(Map.of("title", "迟到的公告", "body", "x", "formedOn", "2026-09-01", "publishedOn", "2026-09-01"))
                .post("/api/v1/entries/" + covered + "/items").then().statusCode(201);
        today("2026-11-02");
        given().header("Authorization", auth("clerk", STREET)).contentType("application/json")
                .body(Map.of("title", "晚了的公告", "body", "x", "formedOn", "2026-09-01", "publishedOn", "2026-11-02"))
                .post("/api/v1/entries/" + covered + "/items").then().statusCode(201).body("late", equalTo(true));
        given().header("Authorization", auth("clerk", STREET)).contentType("application/json")
                .body(Map.of("title", "还没公开的公告", "body", "x", "formedOn", "2026-09-15"))
                .post("/api/v1/entries/" + covered + "/items").then().statusCode(201);
        given().header("Authorization", auth("clerk", STREET)).contentType("application/json")
                .body(Map.of("unit", STREET, "documentNumber", "新街发〔2023〕1号", "title", "旧文件", "attribute", "NOT_DISCLOSED",
                        "reason", "内部事务", "formedOn", "2023-06-01"))
                .post("/api/v1/documents").then().statusCode(201);

        JsonPath report = given().header("Authorization", auth("supervisor", DISTRICT)).get("/api/v1/inspections/" + STREET)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(2, report.getInt("publishedEntries"));
        assertEquals(List.of(empty), report.getList("entriesWithoutItems.entryId"));
        assertEquals(List.of("晚了的公告"), report.getList("lateItems.title"));
        assertEquals(List.of("还没公开的公告"), report.getList("missingItems.title"));
        assertEquals(List.of("新街发〔2023〕1号"), report.getList("documentsOverdueForRecheck.documentNumber"));
        assertEquals("2025-06-01", report.getString("documentsOverdueForRecheck[0].nextRecheckOn"));
        assertEquals(1, report.getList("villageMismatches").size(), report.prettify());
        assertEquals(villageEntry, report.getString("villageMismatches[0].villageEntryId"));
        assertEquals(covered, report.getString("villageMismatches[0].governmentEntryId"));
        assertEquals(List.of("timeLimit"), report.getList("villageMismatches[0].differences.field"));
        assertEquals("信息形成后30日内", report.getString("villageMismatches[0].differences[0].after"));
        assertEquals(false, report.getList("villageMismatches.villageEntryId").contains(sameInVillage));

        // a unit outside the inspector's scope
        given().header("Authorization", auth("supervisor", STREET)).get("/api/v1/inspections/" + DISTRICT)
                .then().statusCode(403).contentType("application/problem+json");
    }
}
