package org.govopen.request;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusMock;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.govopen.commons.time.GovClock;
import org.govopen.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;

/**
 * What request-service tests share: a clock set to a known day (moved by the test to let deadlines run out),
 * valid applicants, and calls as the staff of unit {@code nanning/qingxiu}.
 */
public abstract class RequestTestSupport {

    public static final String UNIT = "nanning/qingxiu";
    /** Valid 18-digit resident ID numbers (GB 11643 check digit). */
    public static final String ID_A = "450103199001011238";
    public static final String ID_B = "450102198512120013";
    public static final String ID_C = "11010519491231002X";
    public static final String CREDIT_CODE = "91450100MA5K12345X";

    protected GovClock.Settable clock;

    @BeforeEach
    void installClock() {
        clock = new GovClock.Settable(LocalDate.parse("2026-09-30").atTime(10, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toOffsetDateTime());
        QuarkusMock.installMockForType(clock, GovClock.class);
    }

    protected void today(String day) {
        clock.setDay(LocalDate.parse(day));
    }

    protected static String token(String role) {
        return Tokens.bearer(role, UNIT);
    }

    /** An in-person application of a natural person with sensible defaults; override entries to vary it. */
    protected static Map<String, Object> form(String idNumber) {
        Map<String, Object> applicant = new HashMap<>();
        applicant.put("kind", "NATURAL_PERSON");
        applicant.put("name", "李四");
        applicant.put("idType", "RESIDENT_ID_CARD");
        applicant.put("idNumber", idNumber);
        applicant.put("phone", "13812345678");
        applicant.put("address", "南宁市青秀区民族大道100号3栋");
        Map<String, Object> form = new HashMap<>();
        form.put("applicant", applicant);
        form.put("unit", UNIT);
        form.put("description", "2025年本区征地补偿安置方案及补偿标准");
        form.put("documentNumber", "青政发〔2025〕3号");
        form.put("channel", "IN_PERSON");
        form.put("provisionForm", "PAPER");
        form.put("deliveryMethod", "POST");
        return form;
    }

    @SuppressWarnings("unchecked")
    protected static Map<String, Object> applicant(Map<String, Object> form) {
        return (Map<String, Object>) form.get("applicant");
    }

    protected static ValidatableResponse registerAsClerk(Map<String, Object> form) {
        return given().header("Authorization", token("clerk")).contentType("application/json").body(form)
                .post("/api/v1/applications").then();
    }

    /** Registers in person on {@code day} (which becomes today); returns the application id. */
    protected String registerInPerson(String day, String idNumber) {
        today(day);
        Map<String, Object> f = form(idNumber);
        f.put("submittedOn", day);
        return registerAsClerk(f).statusCode(201).extract().path("id");
    }

    protected static ValidatableResponse act(String role, String id, String action, Object body) {
        var request = given().header("Authorization", token(role));
        if (body != null) {
            request = request.contentType("application/json").body(body);
        }
        return request.post("/api/v1/applications/" + id + "/" + action).then();
    }

    protected static ValidatableResponse view(String id) {
        return given().header("Authorization", token("handler")).get("/api/v1/applications/" + id).then();
    }

    /** Register, review and hand over: a case being handled. */
    protected String inHandling(String day, String idNumber) {
        String id = registerInPerson(day, idNumber);
        act("reviewer", id, "review", Map.of()).statusCode(200);
        act("reviewer", id, "handling", Map.of()).statusCode(200);
        return id;
    }
}
