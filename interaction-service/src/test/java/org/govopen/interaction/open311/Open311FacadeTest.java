package org.govopen.interaction.open311;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govopen.commons.time.GovClock;
import org.govopen.interaction.domain.Message;
import org.govopen.testing.GovOpenTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) as a civic app uses it: discovery, the services, filing a
 * request with its api_key (form-encoded), following it by id, in lists and by token — in JSON and XML — and the errors
 * in the spec's format ({@code [{code, description}]}, {@code <errors><error>…}), never problem+json.
 */
@QuarkusTest
@GovOpenTest
class Open311FacadeTest {

    static final String KEY = "test-open311-key";
    static final String BASE = "/open311/v2";
    /** Monday 2026-11-02 09:00 Beijing time: 5 working days later is Monday 2026-11-09 (no holiday in between). */
    static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-02T09:00:00+08:00");
    static final List<String> CODES = List.of("CONSULTATION", "SUGGESTION", "COMPLAINT", "REQUEST_FOR_HELP", "REPORT", "OTHER");

    GovClock.Settable clock;

    @BeforeEach
    void installClock() {
        clock = new GovClock.Settable(T0);
        QuarkusMock.installMockForType(clock, GovClock.class);
    }

    private static Map<String, String> form(String serviceCode, String description) {
        Map<String, String> f = new HashMap<>();
        f.put("api_key", KEY);
        f.put("jurisdiction_id", "nanning.gov.cn");
        f.put("service_code", serviceCode);
        f.put("description", description);
        f.put("lat", "22.817");
        f.put("long", "108.366");
        f.put("address_string", "青秀区民族大道 100 号");
        f.put("first_name", "三");
        f.put("last_name", "张");
        f.put("phone", "13812345678");
        f.put("email", "zhangsan@example.cn");
        f.put("media_url", "https://example.cn/photo.jpg");
        return f;
    }

    private static ValidatableResponse post(String format, Map<String, String> form) {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form)
                .post(BASE + "/requests." + format).then();
    }

    private static String file(String serviceCode, String description) {
        return post("json", form(serviceCode, description)).statusCode(200).extract().path("[0].service_request_id");
    }

    @Test
    @DisplayName("discovery names the GeoReport v2 endpoint, its url and both formats, in JSON and in XML")
    void discovery() {
        given().get(BASE + "/discovery.json").then().statusCode(200)
                .header("Content-Type", containsString("application/json")).header("Content-Type", containsString("UTF-8"))
                .body("changeset", not(emptyOrNullString()))
                .body("key_service", not(emptyOrNullString()))
                .body("endpoints[0].specification", equalTo("http://wiki.open311.org/GeoReport_v2"))
                .body("endpoints[0].url", endsWith("/open311/v2"))
                .body("endpoints[0].type", equalTo("production"))
                .body("endpoints[0].formats", hasItems("application/json", "text/xml"));
        String xml = given().get(BASE + "/discovery.xml").then().statusCode(200)
                .header("Content-Type", containsString("text/xml")).header("Content-Type", containsString("UTF-8"))
                .body("discovery.endpoints.endpoint.specification", equalTo("http://wiki.open311.org/GeoReport_v2"))
                .body("discovery.endpoints.endpoint.formats.format", hasItems("application/json", "text/xml"))
                .extract().asString();
        assertEquals(true, xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
    }

    @Test
    @DisplayName("the services are the message categories: code, Chinese name, realtime, no metadata — in JSON and in XML")
    void services() {
        given().get(BASE + "/services.json").then().statusCode(200)
                .body("", hasSize(CODES.size()))
                .body("service_code", equalTo(CODES))
                .body("find { it.service_code == 'COMPLAINT' }.service_name", equalTo("投诉"))
                .body("find { it.service_code == 'COMPLAINT' }.metadata", equalTo(false))
                .body("find { it.service_code == 'COMPLAINT' }.type", equalTo("realtime"))
                .body("find { it.service_code == 'COMPLAINT' }.description", not(emptyOrNullString()))
                .body("find { it.service_code == 'COMPLAINT' }.group", not(emptyOrNullString()));
        var xml = given().get(BASE + "/services.xml").then().statusCode(200)
                .header("Content-Type", containsString("text/xml"))
                .body("services.service.find { it.service_code == 'REQUEST_FOR_HELP' }.service_name", equalTo("求助"))
                .body("services.service.find { it.service_code == 'REQUEST_FOR_HELP' }.metadata", equalTo("false"))
                .extract().xmlPath();
        assertEquals(CODES, xml.getList("services.service.service_code"));
        // this endpoint's own jurisdiction may be named; another one is not served
        given().queryParam("jurisdiction_id", "nanning.gov.cn").get(BASE + "/services.json").then().statusCode(200);
        given().queryParam("jurisdiction_id", "liuzhou.gov.cn").get(BASE + "/services.json").then().statusCode(404)
                .body("[0].code", equalTo(404));
    }

    @Test
    @DisplayName("a service definition has no attributes; an unknown service code is a 404 in the spec's format")
    void serviceDefinition() {
        given().get(BASE + "/services/COMPLAINT.json").then().statusCode(200)
                .body("service_code", equalTo("COMPLAINT"))
                .body("attributes", hasSize(0));
        given().get(BASE + "/services/COMPLAINT.xml").then().statusCode(200)
                .body("service_definition.service_code", equalTo("COMPLAINT"));
        given().get(BASE + "/services/POTHOLE.json").then().statusCode(404)
                .header("Content-Type", containsString("application/json"))
                .body("[0].code", equalTo(404)).body("[0].description", containsString("POTHOLE"));
    }

    @Test
    @DisplayName("a filed request gets its number at once, is open with the office responsible and the reply due at the end of the 5th working day")
    void fileAndFollow() {
        var receipt = post("json", form("COMPLAINT", "小区门口路灯坏了一个多月，晚上很黑。联系电话 13812345678")).statusCode(200)
                .header("Content-Type", containsString("application/json"))
                .body("", hasSize(1))
                .body("[0].service_request_id", matchesPattern("LY2026-\\d+"))
                .body("[0].token", not(emptyOrNullString()))
                .body("[0].service_notice", containsString("5 个工作日"))
                .body("[0].service_notice", containsString("2026-11-09"))
                .extract();
        String id = receipt.path("[0].service_request_id");
        String token = receipt.path("[0].token");

        String due = QuarkusTransaction.requiringNew().call(() ->
                Open311Views.time(Message.<Message>find("number", id).firstResult().replyDueAt));
        assertEquals("2026-11-10T00:00:00+08:00", due, "the end of 2026-11-09, Beijing time");

        String json = given().get(BASE + "/requests/" + id + ".json").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].service_request_id", equalTo(id))
                .body("[0].status", equalTo("open"))
                .body("[0].status_notes", equalTo("已受理"))
                .body("[0].service_code", equalTo("COMPLAINT"))
                .body("[0].service_name", equalTo("投诉"))
                .body("[0].agency_responsible", equalTo("nanning"))
                .body("[0].requested_datetime", equalTo("2026-11-02T09:00:00+08:00"))
                .body("[0].updated_datetime", startsWith("2026-11-02T09:00:00"))
                .body("[0].expected_datetime", equalTo(due))
                .extract().asString();
        // not published: the citizen's words, name and contact are nowhere in the answer
        assertEquals(false, json.contains("路灯") || json.contains("13812345678") || json.contains("张三")
                || json.contains("zhangsan") || json.contains("民族大道"), json);
        given().get(BASE + "/requests/" + id + ".json").then().body("[0].description", nullValue());

        given().get(BASE + "/requests/" + id + ".xml").then().statusCode(200)
                .body("service_requests.request.status", equalTo("open"))
                .body("service_requests.request.expected_datetime", equalTo(due));
        given().get(BASE + "/requests.xml").then().statusCode(200)
                .header("Content-Type", containsString("text/xml"))
                .body("service_requests.request.service_request_id", hasItem(id));
        given().get(BASE + "/tokens/" + token + ".json").then().statusCode(200)
                .body("[0].service_request_id", equalTo(id)).body("[0].token", equalTo(token));
        given().get(BASE + "/tokens/" + token + ".xml").then().statusCode(200)
                .body("service_requests.request.service_request_id", equalTo(id));
    }

    @Test
    @DisplayName("the list filters by status, service code, dates and ids, newest first")
    void listFilters() {
        String older = file("SUGGESTION", "建议在公园增设座椅");
        clock.set(T0.plusHours(1));
        String newer = file("REPORT", "举报某工地夜间违规施工");
        List<String> all = given().get(BASE + "/requests.json").then().statusCode(200)
                .body("service_request_id", hasItems(older, newer)).extract().jsonPath().getList("service_request_id");
        assertEquals(true, all.indexOf(newer) < all.indexOf(older), "newest first: " + all);
        given().queryParam("status", "open").get(BASE + "/requests.json").then().statusCode(200)
                .body("service_request_id", hasItems(older, newer));
        given().queryParam("status", "closed").get(BASE + "/requests.json").then().statusCode(200)
                .body("service_request_id", not(hasItem(newer)));
        given().queryParam("service_code", "REPORT").get(BASE + "/requests.json").then().statusCode(200)
                .body("service_request_id", hasItem(newer)).body("service_request_id", not(hasItem(older)))
                .body("service_code", not(hasItem("SUGGESTION")));
        given().queryParam("start_date", "2026-11-02T09:30:00+08:00").queryParam("end_date", "2026-11-02T11:00:00+08:00")
                .get(BASE + "/requests.json").then().statusCode(200)
                .body("service_request_id", hasItem(newer)).body("service_request_id", not(hasItem(older)));
        given().queryParam("start_date", "2026-11-01T16:00:00Z").get(BASE + "/requests.json").then().statusCode(200)
                .body("service_request_id", hasItems(older, newer));
        given().queryParam("service_request_id", older + "," + newer).queryParam("status", "closed")
                .get(BASE + "/requests.json").then().statusCode(200)
                .body("service_request_id", equalTo(List.of(newer, older)));
    }

    @Test
    @DisplayName("once published, a request shows its text with the writer's personal data masked")
    void publishedDescriptionIsMasked() {
        String id = file("CONSULTATION", "请问社保卡丢了怎么补办？我的电话 13812345678");
        given().get(BASE + "/requests/" + id + ".json").then().body("[0].description", nullValue());
        // published by the desk (公开选登); the consent and the reply are the publication workflow's, not the facade's
        QuarkusTransaction.requiringNew().run(() -> {
            Message m = Message.<Message>find("number", id).firstResult();
            m.published = true;
            m.publishedAt = T0;
        });
        given().get(BASE + "/requests/" + id + ".json").then().statusCode(200)
                .body("[0].description", startsWith("请问社保卡丢了怎么补办"))
                .body("[0].description", not(containsString("13812345678")));
    }

    @Test
    @DisplayName("filing without an api_key or with a wrong one is a 403, in the spec's error list, JSON or XML")
    void apiKey() {
        Map<String, String> without = form("COMPLAINT", "没有密钥");
        without.remove("api_key");
        post("json", without).statusCode(403)
                .header("Content-Type", containsString("application/json"))
                .body("", hasSize(1)).body("[0].code", equalTo(403)).body("[0].description", containsString("api_key"));
        Map<String, String> wrong = form("COMPLAINT", "错误的密钥");
        wrong.put("api_key", "not-a-key");
        post("xml", wrong).statusCode(403)
                .header("Content-Type", containsString("text/xml"))
                .body("errors.error.code", equalTo("403"))
                .body("errors.error.description", containsString("api_key"));
    }

    @Test
    @DisplayName("an unknown or missing service code, a missing description or a bad location is a 400 naming the field")
    void badFiling() {
        post("json", form("POTHOLE", "路面有坑")).statusCode(400)
                .body("[0].code", equalTo(400)).body("[0].description", startsWith("service_code"));
        Map<String, String> noCode = form(null, "路面有坑");
        noCode.remove("service_code");
        post("json", noCode).statusCode(400).body("[0].description", startsWith("service_code"));
        Map<String, String> noText = form("COMPLAINT", null);
        noText.remove("description");
        post("json", noText).statusCode(400).body("[0].description", startsWith("description"));
        post("json", form("COMPLAINT", "长".repeat(5001))).statusCode(400).body("[0].description", startsWith("description"));
        Map<String, String> badLat = form("COMPLAINT", "路面有坑");
        badLat.put("lat", "91");
        post("xml", badLat).statusCode(400).body("errors.error.description", startsWith("lat"));
        Map<String, String> elsewhere = form("COMPLAINT", "路面有坑");
        elsewhere.put("jurisdiction_id", "liuzhou.gov.cn");
        post("json", elsewhere).statusCode(404).body("[0].code", equalTo(404));
        // several problems at once: one error each
        Map<String, String> both = form("POTHOLE", null);
        both.remove("description");
        post("json", both).statusCode(400).body("", hasSize(2)).body("code", equalTo(List.of(400, 400)));
    }

    @Test
    @DisplayName("a long description (up to 5000 characters) is taken whole")
    void longDescription() {
        String text = "楼下餐馆油烟直排。".repeat(600).substring(0, 4990);
        String id = file("COMPLAINT", text);
        String body = QuarkusTransaction.requiringNew().call(() -> Message.<Message>find("number", id).firstResult().body);
        assertEquals(true, body.startsWith(text), "the whole description, the location after it");
    }

    @Test
    @DisplayName("bad list parameters are 400s, unknown requests, tokens, paths and extensions 404s — all in the spec's format")
    void readErrors() {
        given().queryParam("status", "pending").get(BASE + "/requests.json").then().statusCode(400)
                .header("Content-Type", containsString("application/json"))
                .body("[0].code", equalTo(400)).body("[0].description", startsWith("status"));
        given().queryParam("start_date", "yesterday").get(BASE + "/requests.xml").then().statusCode(400)
                .header("Content-Type", containsString("text/xml"))
                .body("errors.error.code", equalTo("400")).body("errors.error.description", startsWith("start_date"));
        given().queryParam("start_date", "2026-01-01T00:00:00+08:00").queryParam("end_date", "2026-11-01T00:00:00+08:00")
                .get(BASE + "/requests.json").then().statusCode(400).body("[0].code", equalTo(400));
        given().queryParam("service_code", "POTHOLE").get(BASE + "/requests.json").then().statusCode(400)
                .body("[0].description", startsWith("service_code"));
        // refused by the kernel's parameter conversion (a control character): still the spec's format
        given().queryParam("status", "open\u0001").get(BASE + "/requests.json").then().statusCode(400)
                .header("Content-Type", containsString("application/json")).body("[0].code", equalTo(400));
        given().get(BASE + "/requests/LY2026-999999.json").then().statusCode(404)
                .body("[0].code", equalTo(404)).body("[0].description", containsString("LY2026-999999"));
        given().get(BASE + "/requests/LY2026-999999.xml").then().statusCode(404)
                .body("errors.error.code", equalTo("404"));
        given().get(BASE + "/tokens/NOSUCHTOKEN.json").then().statusCode(404).body("[0].code", equalTo(404));
        given().get(BASE + "/services.html").then().statusCode(404)
                .header("Content-Type", containsString("application/json")).body("[0].code", equalTo(404));
        given().get(BASE + "/services").then().statusCode(404).body("[0].code", equalTo(404));
        given().get(BASE + "/potholes.json").then().statusCode(404).body("[0].code", equalTo(404));
        // refused before the resource is chosen: a method the path does not have, a body that is not a form
        given().put(BASE + "/requests.json").then().statusCode(405)
                .header("Content-Type", containsString("application/json")).body("[0].code", equalTo(405));
        given().contentType("application/json").body("{}").post(BASE + "/requests.xml").then().statusCode(415)
                .header("Content-Type", containsString("text/xml")).body("errors.error.code", equalTo("415"))
                .body("errors.error.description", containsString("x-www-form-urlencoded"));
    }
}
