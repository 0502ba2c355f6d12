package org.govopen.catalog;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusMock;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govopen.commons.time.GovClock;
import org.govopen.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;

/**
 * What catalog-service tests share: a settable clock, and a small unit tree — the city of Nanning with two
 * departments that review domains, the district of Qingxiu, the street of Xinzhu and its community Dongge.
 */
public abstract class CatalogTestSupport {

    public static final String CITY = "nanning";
    public static final String LAND_DEPT = "nanning/natural-resources";
    public static final String CIVIL_DEPT = "nanning/civil-affairs";
    public static final String DISTRICT = "nanning/qingxiu";
    public static final String STREET = "nanning/qingxiu/xinzhu";
    public static final String COMMUNITY = "nanning/qingxiu/xinzhu/dongge";
    public static final String LAND = "land-requisition-compensation";
    public static final String ASSISTANCE = "social-assistance";

    protected GovClock.Settable clock;

    @BeforeEach
    void installClockAndUnits() {
        clock = new GovClock.Settable(LocalDate.parse("2026-09-01").atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime());
        QuarkusMock.installMockForType(clock, GovClock.class);
        unit(CITY, "南宁市", "CITY", null);
        unit(LAND_DEPT, "南宁市自然资源局", "DEPARTMENT", List.of(LAND, "spatial-planning"));
        unit(CIVIL_DEPT, "南宁市民政局", "DEPARTMENT", List.of(ASSISTANCE, "elderly-care"));
        unit(DISTRICT, "青秀区", "DISTRICT", null);
        unit(STREET, "新竹街道", "STREET", null);
        unit(COMMUNITY, "东葛社区", "COMMUNITY", null);
    }

    protected void today(String day) {
        clock.setDay(LocalDate.parse(day));
    }

    /** Creates the unit unless an earlier test of the class did. */
    protected static void unit(String path, String name, String kind, List<String> reviewDomains) {
        Map<String, Object> body = new HashMap<>();
        body.put("path", path);
        body.put("name", name);
        body.put("kind", kind);
        if (reviewDomains != null) {
            body.put("reviewDomains", reviewDomains);
        }
        int status = given().header("Authorization", Tokens.bearer("admin", CITY)).contentType("application/json")
                .body(body).post("/api/v1/units").then().extract().statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("creating unit " + path + " answered " + status);
        }
    }

    protected static String auth(String role, String unit) {
        return Tokens.bearer(role, unit);
    }

    /** A complete entry of the district in the land-requisition domain; override entries to vary it. */
    protected static Map<String, Object> entryForm(String unit, String name) {
        Map<String, Object> f = new HashMap<>();
        f.put("unit", unit);
        f.put("domain", LAND);
        f.put("firstLevelItem", "征地补偿");
        f.put("secondLevelItem", "征地补偿安置方案");
        f.put("name", name);
        f.put("content", "征地补偿安置方案、补偿标准、安置途径及听证情况");
        f.put("legalBasis", "《中华人民共和国土地管理法》第四十七条、第四十八条");
        f.put("timeLimit", "自信息形成或变更之日起20个工作日内");
        f.put("responsibleBody", "青秀区自然资源局");
        f.put("method", "PROACTIVE");
        f.put("channels", List.of("GOVERNMENT_WEBSITE", "BULLETIN_BOARD"));
        f.put("audience", "PUBLIC");
        f.put("level", unit.equals(COMMUNITY) ? "VILLAGE" : "COUNTY");
        return f;
    }

    protected static ValidatableResponse createEntry(Map<String, Object> form) {
        return given().header("Authorization", auth("clerk", (String) form.get("unit"))).contentType("application/json")
                .body(form).post("/api/v1/entries").then();
    }

    protected static ValidatableResponse act(String role, String unit, String entryId, String action, Object body) {
        var request = given().header("Authorization", auth(role, unit));
        if (body != null) {
            request = request.contentType("application/json").body(body);
        }
        return request.post("/api/v1/entries/" + entryId + "/" + action).then();
    }

    /** Compiled, submitted, approved by the competent department and published: returns the entry id. */
    protected static String publishedEntry(Map<String, Object> form) {
        String unit = (String) form.get("unit");
        String id = createEntry(form).statusCode(201).extract().path("id");
        act("clerk", unit, id, "submit", null).statusCode(200);
        String reviewer = form.get("domain").equals(ASSISTANCE) ? CIVIL_DEPT : LAND_DEPT;
        if (unit.equals(COMMUNITY)) {
            reviewer = STREET; // the street government reviews its communities' lists
        }
        act("reviewer", reviewer, id, "approve", Map.of()).statusCode(200);
        act("supervisor", unit, id, "publish", null).statusCode(200);
        return id;
    }
}
