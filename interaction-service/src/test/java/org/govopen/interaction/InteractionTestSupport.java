package org.govopen.interaction;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusMock;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govopen.commons.time.GovClock;
import org.govopen.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;

/**
 * What interaction-service tests share: a settable clock, the district's desk {@code nanning/qingxiu} (clerk,
 * reviewer) dispatching to its housing bureau {@code nanning/qingxiu/zhujian} (handler), the city's hotline, and
 * the writer's calls with the tracking code and secret.
 */
public abstract class InteractionTestSupport {

    public static final String DESK = "nanning/qingxiu";
    public static final String BUREAU = "nanning/qingxiu/zhujian";
    public static final String OTHER_BUREAU = "nanning/qingxiu/minzheng";
    /** Monday 2 November 2026, 09:00 Beijing time. */
    public static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-02T09:00:00+08:00");

    protected GovClock.Settable clock;

    @BeforeEach
    void installClock() {
        clock = new GovClock.Settable(T0);
        QuarkusMock.installMockForType(clock, GovClock.class);
    }

    protected void at(String isoInstant) {
        clock.set(OffsetDateTime.parse(isoInstant));
    }

    protected static String token(String role, String unit) {
        return Tokens.bearer(role, unit);
    }

    protected static ValidatableResponse post(String role, String unit, String path, Object body) {
        var r = given().header("Authorization", token(role, unit));
        if (body != null) {
            r = r.contentType("application/json").body(body);
        }
        return r.post(path).then();
    }

    protected static ValidatableResponse get(String role, String unit, String path) {
        return given().header("Authorization", token(role, unit)).get(path).then();
    }

    /** A website message as a citizen writes it. */
    public static Map<String, Object> message(String subject, String text, String category, String unit, boolean consent) {
        Map<String, Object> m = new HashMap<>();
        m.put("subject", subject);
        m.put("text", text);
        m.put("category", category);
        if (unit != null) {
            m.put("unit", unit);
        }
        m.put("contact", Map.of("name", "张三丰", "phone", "13812345678", "address", "青秀区民族大道100号3栋2单元501"));
        m.put("consentToPublish", consent);
        return m;
    }

    /** Writes a message; answers the receipt (id, number, trackingCode, trackingSecret, replyDue). */
    protected static JsonPath write(Map<String, Object> message) {
        return given().contentType("application/json").body(message).post("/api/v1/messages").then().statusCode(201)
                .extract().jsonPath();
    }

    protected static JsonPath write(String subject) {
        return write(message(subject, subject + "，请尽快处理。", "COMPLAINT", DESK, true));
    }

    public static Map<String, Object> ticket(String number, String transferredAt, String text) {
        Map<String, Object> t = new HashMap<>();
        t.put("ticketNumber", number);
        t.put("transferredAt", transferredAt);
        t.put("category", "REQUEST_FOR_HELP");
        t.put("text", text);
        t.put("unit", DESK);
        t.put("suggestion", "建议派青秀区住建局");
        t.put("caller", Map.of("name", "李四", "phone", "13900001111"));
        return t;
    }

    protected static ValidatableResponse transfer(Map<String, Object> ticket) {
        return post("hotline", "nanning", "/api/v1/hotline/tickets", ticket);
    }

    protected static ValidatableResponse dispatch(String id, boolean simple, String leadUnit) {
        return post("clerk", DESK, "/api/v1/messages/" + id + "/dispatch", Map.of("simple", simple, "leadUnit", leadUnit));
    }

    /** Drafted by the bureau, released by the desk's reviewer. */
    protected static ValidatableResponse reply(String id, String text) {
        post("handler", BUREAU, "/api/v1/messages/" + id + "/reply", Map.of("text", text, "unitName", "青秀区住房和城乡建设局"))
                .statusCode(200);
        return post("reviewer", DESK, "/api/v1/messages/" + id + "/reply/release", null);
    }

    protected static ValidatableResponse track(JsonPath receipt) {
        return given().header("X-Tracking-Secret", receipt.getString("trackingSecret"))
                .get("/api/v1/tracking/" + receipt.getString("trackingCode")).then();
    }

    protected static ValidatableResponse rate(JsonPath receipt, String satisfaction) {
        return given().header("X-Tracking-Secret", receipt.getString("trackingSecret")).contentType("application/json")
                .body(Map.of("satisfaction", satisfaction)).post("/api/v1/tracking/" + receipt.getString("trackingCode") + "/rating")
                .then();
    }

    protected static List<String> fields(ValidatableResponse r) {
        return r.extract().jsonPath().getList("violations.field");
    }
}
