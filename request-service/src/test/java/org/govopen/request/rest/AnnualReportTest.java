package org.govopen.request.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.govopen.request.RequestTestSupport;
import org.govopen.commons.events.Topics;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.RecordedEvent;
import org.govopen.testing.TopicRecorder;
import org.govopen.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rules.md §3 "Annual report table" (条例第四十九、五十条; 国办公开办函〔2021〕30号): rows 一–四 with every outcome
 * sub-row by applicant kind, the 行政复议/行政诉讼 table, 一 + 二 = 三（七） + 四 in every column, carry-over of open
 * cases. One story over 2025 and 2026, counted by hand:
 * <pre>
 * C research institute  received 2025-11-20, granted 2025-12-10
 * A natural person      received 2025-12-01, withheld (state secret) 2026-02-27; review maintained 2026
 * B enterprise          received 2025-12-05, still open at the end of 2026
 * D natural person      received 2026-03-02, partial 2026-03-20; lawsuit filed 2026, pending
 * E legal service org   received 2026-05-06, no correction in time: deemed abandoned 2026-06-10
 * G other organisation  received 2026-06-01, withdrawn 2026-06-03
 * F natural person      online 2026-12-30, receipt confirmed 2026-12-31, open
 * H natural person      online 2026-12-30, never confirmed: not received, counted nowhere
 * </pre>
 */
@QuarkusTest
@GovOpenTest
class AnnualReportTest extends RequestTestSupport {

    static final List<String> COLUMNS = List.of("NATURAL_PERSON", "COMMERCIAL_ENTERPRISE", "RESEARCH_INSTITUTION",
            "SOCIAL_WELFARE_ORGANIZATION", "LEGAL_SERVICE_ORGANIZATION", "OTHER_ORGANIZATION", "TOTAL");
    static boolean built;

    @BeforeEach
    void buildTheStoryOnce() {
        if (built) {
            return;
        }
        built = true; // once, even if it fails: a second run would count everything twice
        String c = registerOrganisation("2025-11-20", "RESEARCH_INSTITUTION", "12450100MB12345670");
        String a = registerInPerson("2025-12-01", ID_A);
        String b = registerOrganisation("2025-12-05", "COMMERCIAL_ENTERPRISE", CREDIT_CODE);
        today("2025-12-10");
        reply(c, Map.of("outcome", "GRANTED", "summary", "予以公开"));
        today("2026-02-27");
        reply(a, Map.of("outcome", "WITHHELD_STATE_SECRET", "summary", "国家秘密"));
        String d = registerInPerson("2026-03-02", ID_B);
        today("2026-03-20");
        reply(d, Map.of("outcome", "PARTIAL", "summary", "部分公开",
                "withheld", List.of(Map.of("part", "个人信息", "reason", "WITHHELD_THIRD_PARTY_RIGHTS"))));
        today("2026-05-01");
        act("supervisor", a, "remedies", Map.of("kind", "ADMINISTRATIVE_REVIEW", "filedOn", "2026-04-01",
                "result", "MAINTAINED", "decidedOn", "2026-05-01")).statusCode(200);
        String e = registerOrganisation("2026-05-06", "LEGAL_SERVICE_ORGANIZATION", "31450000MD0123456Y");
        act("clerk", e, "correction-request", Map.of("items", "请补充委托书")).statusCode(200);
        String g = registerOrganisation("2026-06-01", "OTHER_ORGANIZATION", "51450000MJ0123456K");
        today("2026-06-03");
        act("clerk", g, "withdrawal", Map.of()).statusCode(200);
        today("2026-06-10");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> view(e).body("state", equalTo("DEEMED_ABANDONED")));
        today("2026-06-15");
        act("supervisor", d, "remedies", Map.of("kind", "LITIGATION_WITHOUT_REVIEW", "filedOn", "2026-06-01",
                "result", "PENDING")).statusCode(200);
        today("2026-12-30");
        String f = registerOnline(ID_C);
        registerOnline("450122197006150034");
        today("2026-12-31");
        act("clerk", f, "receipt-confirmation", Map.of("receivedOn", "2026-12-31")).statusCode(200);
    }

    @Test
    void theTableOf2026() {
        JsonPath r = report(2026);
        assertRow(r, "一", 2, 0, 0, 0, 1, 1, 4);
        assertRow(r, "二", 1, 1, 0, 0, 0, 0, 2);
        assertRow(r, "三（二）", 1, 0, 0, 0, 0, 0, 1);
        assertRow(r, "三（三）1", 1, 0, 0, 0, 0, 0, 1);
        assertRow(r, "三（三）", 1, 0, 0, 0, 0, 0, 1);
        assertRow(r, "三（六）1", 0, 0, 0, 0, 1, 0, 1);
        assertRow(r, "三（六）3", 0, 0, 0, 0, 0, 1, 1);
        assertRow(r, "三（一）", 0, 0, 0, 0, 0, 0, 0);
        assertRow(r, "三（七）", 2, 0, 0, 0, 1, 1, 4);
        assertRow(r, "四", 1, 1, 0, 0, 0, 0, 2);
        assertEquals(1, r.getInt("remedyColumns.find { it.kind == 'ADMINISTRATIVE_REVIEW' }.counts.MAINTAINED"));
        assertEquals(1, r.getInt("remedyColumns.find { it.kind == 'ADMINISTRATIVE_REVIEW' }.counts.TOTAL"));
        assertEquals(1, r.getInt("remedyColumns.find { it.kind == 'LITIGATION_WITHOUT_REVIEW' }.counts.PENDING"));
        assertEquals(0, r.getInt("remedyColumns.find { it.kind == 'LITIGATION_AFTER_REVIEW' }.counts.TOTAL"));
        // 条例第五十条: a government publishes its report by 31 March of the next year
        assertEquals("2027-03-31", r.getString("dueOn"));
    }

    @Test
    void theTableOf2025_carriesItsOpenCasesInto2026() {
        JsonPath r = report(2025);
        assertRow(r, "一", 1, 1, 1, 0, 0, 0, 3);
        assertRow(r, "二", 0, 0, 0, 0, 0, 0, 0);
        assertRow(r, "三（一）", 0, 0, 1, 0, 0, 0, 1);
        assertRow(r, "三（七）", 0, 0, 1, 0, 0, 0, 1);
        assertRow(r, "四", 1, 1, 0, 0, 0, 0, 2);
        // what 2025 carries out, 2026 carries in, column by column
        assertEquals(r.getMap("rows.find { it.code == '四' }.counts"), report(2026).getMap("rows.find { it.code == '二' }.counts"));
    }

    @Test
    void newPlusCarriedInEqualsResultsPlusCarriedOut_inEveryColumn() {
        for (int year : new int[] {2025, 2026}) {
            JsonPath r = report(year);
            for (String col : COLUMNS) {
                long in = count(r, "一", col) + count(r, "二", col);
                long out = count(r, "三（七）", col) + count(r, "四", col);
                assertEquals(in, out, year + " column " + col);
            }
        }
    }

    @Test
    void everyOutcomeSubRowIsThere_andTheCsvHasTheTablesLayout() {
        JsonPath r = report(2026);
        assertEquals(29, r.getList("rows").size()); // 一, 二, 21 outcome rows, 4 group subtotals, 总计, 四
        String csv = given().header("Authorization", token("supervisor")).queryParam("year", 2026).queryParam("format", "csv")
                .get("/api/v1/reports/annual").then().statusCode(200).contentType(containsString("text/csv"))
                .extract().asString();
        assertTrue(csv.startsWith("\uFEFF"), "BOM for spreadsheet programs");
        assertTrue(csv.contains("项目,自然人,法人或其他组织：商业企业,法人或其他组织：科研机构,法人或其他组织：社会公益组织,"
                + "法人或其他组织：法律服务机构,法人或其他组织：其他,总计"), csv);
        assertTrue(csv.contains("一、本年新收政府信息公开申请数量,2,0,0,0,1,1,4"), csv);
        assertTrue(csv.contains("四、结转下年度继续办理,1,1,0,0,0,0,2"), csv);
        assertTrue(csv.contains("行政复议,1,0,0,0,1"), csv);
    }

    @Test
    void theReportIsForSupervisorsOfTheUnitAndNeedsAYear() {
        given().header("Authorization", token("handler")).queryParam("year", 2026).get("/api/v1/reports/annual")
                .then().statusCode(403);
        given().header("Authorization", Tokens.bearer("supervisor", "nanning/xingning")).queryParam("year", 2026)
                .queryParam("unit", UNIT).get("/api/v1/reports/annual").then().statusCode(403);
        given().header("Authorization", token("supervisor")).get("/api/v1/reports/annual").then().statusCode(400)
                .body("violations[0].field", equalTo("year"));
        given().header("Authorization", Tokens.bearer("supervisor", "nanning")).queryParam("year", 2026)
                .queryParam("unit", "nanning").queryParam("includeSubunits", true).get("/api/v1/reports/annual")
                .then().statusCode(200).body("rows.find { it.code == '一' }.counts.TOTAL", equalTo(4));
    }

    @Test
    void demandPerRequestedDocument() {
        given().header("Authorization", token("supervisor")).queryParam("from", "2025-01-01").queryParam("to", "2026-12-31")
                .get("/api/v1/reports/demand").then().statusCode(200)
                .body("[0].documentNumber", equalTo("青政发〔2025〕3号"))
                .body("[0].applications", equalTo(8))
                .body("[0].applicants", equalTo(8));
    }

    /** Sections 三 and 四 of the annual report come from here: the finished table goes to catalog-service over Kafka. */
    @Test
    void theFinishedTableIsSentToTheAnnualReportOverKafka_asComputed() {
        try (TopicRecorder events = TopicRecorder.of(Topics.REQUEST_EVENTS)) {
            today("2026-12-31");
            submit(Map.of("year", 2026, "unit", UNIT)).statusCode(409).contentType("application/problem+json");
            submit(Map.of("unit", UNIT)).statusCode(400).body("violations.field", org.hamcrest.Matchers.hasItem("year"));
            today("2027-01-05");
            submit(Map.of("year", 2026, "unit", UNIT)).statusCode(202).body("year", equalTo(2026));
            RecordedEvent sent = events.await(e -> "govopen.request.annual-table.submitted".equals(e.type())
                    && UNIT.equals(e.subject()), Duration.ofSeconds(20));
            assertEquals("urn:govopen:schema:govopen.request.annual-table.submitted:v1", sent.headers().get("ce_dataschema"));
            JsonPath data = JsonPath.from(sent.data());
            JsonPath table = report(2026);
            assertEquals(2026, data.getInt("year"));
            assertEquals(table.getList("rows"), data.getList("rows"));
            assertEquals(table.getList("remedyColumns"), data.getList("remedyColumns"));
            assertEquals("结果维持", data.getString("remedyResultLabels.MAINTAINED"));
            assertEquals(COLUMNS, data.getList("columns"));
        }
    }

    private static io.restassured.response.ValidatableResponse submit(Map<String, Object> body) {
        return given().header("Authorization", Tokens.bearer("supervisor", UNIT)).contentType("application/json").body(body)
                .post("/api/v1/reports/annual/submissions").then();
    }

    private JsonPath report(int year) {
        return given().header("Authorization", token("supervisor")).queryParam("year", year)
                .get("/api/v1/reports/annual").then().statusCode(200).extract().jsonPath();
    }

    private static long count(JsonPath r, String row, String column) {
        return r.getLong("rows.find { it.code == '" + row + "' }.counts." + column);
    }

    private static void assertRow(JsonPath r, String row, long... expected) {
        for (int i = 0; i < COLUMNS.size(); i++) {
            assertEquals(expected[i], count(r, row, COLUMNS.get(i)), "row " + row + ", column " + COLUMNS.get(i));
        }
    }

    private String registerOrganisation(String day, String kind, String creditCode) {
        today(day);
        Map<String, Object> f = form(ID_A);
        applicant(f).put("kind", kind);
        applicant(f).put("idType", "UNIFIED_SOCIAL_CREDIT_CODE");
        applicant(f).put("idNumber", creditCode);
        applicant(f).put("name", "某某组织");
        f.put("submittedOn", day);
        return registerAsClerk(f).statusCode(201).extract().path("id");
    }

    private String registerOnline(String idNumber) {
        Map<String, Object> f = form(idNumber);
        f.put("channel", "ONLINE");
        return given().contentType("application/json").body(f).post("/api/v1/applications").then().statusCode(201)
                .extract().path("id");
    }

    private void reply(String id, Map<String, Object> reply) {
        act("reviewer", id, "review", Map.of()).statusCode(200);
        act("reviewer", id, "handling", Map.of()).statusCode(200);
        act("handler", id, "reply", reply).statusCode(200);
    }
}
