package org.govopen.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.govopen.request.RequestTestSupport;
import org.govopen.testing.GovOpenTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 on a real endpoint: the kernel's input rules reach request-service's registration and lists without a
 * line of service code — a NUL in a form's text is a 400 naming the field (it was a 500 from PostgreSQL), as are an
 * enum by position, a number in quotes, a date outside 2000–2099, text after the JSON and a NUL in a list filter.
 */
@QuarkusTest
@GovOpenTest
class KernelInputRulesTest extends RequestTestSupport {

    private static void refused(Map<String, Object> form, String field, String messagePart) {
        registerAsClerk(form).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:govopen:problem:validation"))
                .body("violations[0].field", equalTo(field))
                .body("violations[0].message", containsString(messagePart));
    }

    @Test
    void aNulInTheDescriptionOrTheApplicantsNameIsA400NamingIt() {
        Map<String, Object> f = form(ID_A);
        f.put("description", "2025年征地补偿\u0000安置方案");
        refused(f, "description", "U+0000");
        Map<String, Object> g = form(ID_A);
        applicant(g).put("name", "李\u0007四");
        refused(g, "applicant.name", "U+0007");
        registerAsClerk(form(ID_A)).statusCode(201); // nothing of the refused ones was stored
    }

    @Test
    void multiLineDescriptionsAreStillAccepted() {
        Map<String, Object> f = form(ID_B);
        f.put("description", "一、2025年征地补偿安置方案；\r\n二、补偿标准\t（附表）");
        registerAsClerk(f).statusCode(201);
    }

    @Test
    void anEnumByPositionAndADateOutOfRangeAreRefused() {
        Map<String, Object> f = form(ID_A);
        f.put("channel", 0);
        refused(f, "channel", "IN_PERSON");
        Map<String, Object> g = form(ID_A);
        g.put("submittedOn", "1999-12-31");
        refused(g, "submittedOn", "超出允许范围");
    }

    @Test
    void aNumberInQuotesAndTextAfterTheJsonAreRefused() {
        String id = registerInPerson("2026-09-30", ID_C);
        act("reviewer", id, "review", Map.of()).statusCode(200);
        act("reviewer", id, "handling", Map.of()).statusCode(200);
        act("supervisor", id, "extension", Map.of("workingDays", "15", "reason", "需调取档案"))
                .statusCode(400).body("violations[0].field", equalTo("workingDays"));
        given().header("Authorization", token("supervisor")).contentType("application/json")
                .body("{\"workingDays\":15,\"reason\":\"需调取档案\"} trailing")
                .post("/api/v1/applications/" + id + "/extension")
                .then().statusCode(400).body("type", equalTo("urn:govopen:problem:malformed-request"));
        view(id).body("extension", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aNulInAListFilterIsA400NamingIt() {
        given().header("Authorization", token("clerk")).urlEncodingEnabled(false)
                .get("/api/v1/applications?unit=nanning%00qingxiu")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("unit"));
        given().header("Authorization", token("clerk")).urlEncodingEnabled(false)
                .get("/api/v1/applications?state=REGISTERED&state=%00")
                .then().statusCode(400).body("violations[0].field", equalTo("state"));
    }

    /** A day that already happened is today at the latest (by the service's clock): tomorrow is refused. */
    @Test
    void aSubmissionDayAfterTodayIsRefused() {
        today("2026-10-12");
        Map<String, Object> f = form(ID_A);
        f.put("submittedOn", "2026-10-13");
        refused(f, "submittedOn", "不能晚于今天");
        Map<String, Object> g = form(ID_B);
        g.put("submittedOn", "2026-10-12");
        registerAsClerk(g).statusCode(201);
    }
}
