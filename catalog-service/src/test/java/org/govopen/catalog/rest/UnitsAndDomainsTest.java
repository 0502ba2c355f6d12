package org.govopen.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.govopen.catalog.CatalogTestSupport;
import org.govopen.commons.events.Topics;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.RecordedEvent;
import org.govopen.testing.TopicRecorder;
import org.junit.jupiter.api.Test;

/** rules.md §2 units (city → county → township → village, and departments) and the 26 pilot domains. */
@QuarkusTest
@GovOpenTest
class UnitsAndDomainsTest extends CatalogTestSupport {

    private static io.restassured.response.ValidatableResponse newUnit(String token, Map<String, Object> body) {
        return given().header("Authorization", token).contentType("application/json").body(body).post("/api/v1/units").then();
    }

    @Test
    void theTreeIsBuiltByAdminsTopDown_andEachChangeIsAnnounced() {
        try (TopicRecorder events = TopicRecorder.of(Topics.CATALOG_EVENTS)) {
            String admin = auth("admin", DISTRICT);
            newUnit(admin, Map.of("path", DISTRICT + "/nanhu", "name", "南湖街道", "kind", "STREET")).statusCode(201)
                    .body("parentPath", equalTo(DISTRICT)).body("recheckCycle", equalTo("EVERY_TWO_YEARS"));
            newUnit(admin, Map.of("path", DISTRICT + "/nanhu", "name", "南湖街道", "kind", "STREET")).statusCode(409);
            newUnit(admin, Map.of("path", DISTRICT + "/nowhere/x", "name", "无上级", "kind", "COMMUNITY")).statusCode(400)
                    .body("violations.field", hasItem("path"));
            newUnit(admin, Map.of("path", "Nanning/Bad Path", "name", "坏路径", "kind", "STREET")).statusCode(400)
                    .body("violations.field", hasItem("path"));
            newUnit(admin, Map.of("path", COMMUNITY + "/x", "name", "社区下级", "kind", "VILLAGE")).statusCode(400)
                    .body("violations.field", hasItem("path"));
            newUnit(admin, Map.of("path", DISTRICT + "/x", "name", "非部门审核", "kind", "STREET",
                    "reviewDomains", List.of(LAND))).statusCode(400).body("violations.field", hasItem("reviewDomains"));
            newUnit(admin, Map.of("path", DISTRICT + "/y", "name", "缺类型")).statusCode(400).body("violations.field", hasItem("kind"));
            // an admin of the district cannot add units elsewhere; a clerk cannot add any
            newUnit(admin, Map.of("path", "nanning/xingning", "name", "兴宁区", "kind", "DISTRICT")).statusCode(403);
            newUnit(auth("clerk", CITY), Map.of("path", "nanning/xingning", "name", "兴宁区", "kind", "DISTRICT")).statusCode(403);

            RecordedEvent changed = events.await(e -> (DISTRICT + "/nanhu").equals(e.subject()), Duration.ofSeconds(20));
            assertEquals("govopen.catalog.unit.changed", changed.type());
            JsonPath data = JsonPath.from(changed.data());
            assertEquals("南湖街道", data.getString("name"));
            assertEquals("STREET", data.getString("kind"));
            assertEquals(DISTRICT, data.getString("parentUnit"));
        }
        given().get("/api/v1/units?under=" + DISTRICT).then().statusCode(200)
                .body("path", hasItem(DISTRICT + "/nanhu")).body("path", not(hasItem(LAND_DEPT)));
        given().get("/api/v1/units/" + STREET).then().statusCode(200).body("kindLabel", equalTo("街道"));
        given().get("/api/v1/units/nanning/none").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void twentySixPilotDomainsShip_andAUnitMayAddItsOwn() {
        List<String> pilot = given().get("/api/v1/domains").then().statusCode(200).extract().jsonPath().getList("name");
        assertEquals(26, pilot.size());
        assertEquals("国土空间规划（城乡规划）", pilot.get(0));
        assertEquals("社会保险", pilot.get(25));

        given().header("Authorization", auth("supervisor", DISTRICT)).contentType("application/json")
                .body(Map.of("code", "village-affairs", "name", "村级财务", "unit", DISTRICT))
                .post("/api/v1/domains").then().statusCode(201).body("pilot", equalTo(false));
        given().header("Authorization", auth("supervisor", DISTRICT)).contentType("application/json")
                .body(Map.of("code", "village-affairs", "name", "重复", "unit", DISTRICT))
                .post("/api/v1/domains").then().statusCode(409);
        given().get("/api/v1/domains?unit=" + STREET).then().body("code", hasItem("village-affairs"));
        given().get("/api/v1/domains?unit=" + CIVIL_DEPT).then().body("code", not(hasItem("village-affairs")));

        Map<String, Object> own = entryForm(STREET, "村级财务收支公开");
        own.put("domain", "village-affairs");
        createEntry(own).statusCode(201);
        Map<String, Object> elsewhere = entryForm(CIVIL_DEPT, "别人的领域");
        elsewhere.put("domain", "village-affairs");
        createEntry(elsewhere).statusCode(400).body("violations.field", hasItem("domain"));
    }
}
