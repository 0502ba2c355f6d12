package org.govopen.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.govopen.catalog.CatalogTestSupport;
import org.govopen.catalog.service.AnnualReportService;
import org.govopen.commons.events.Topics;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.RecordedEvent;
import org.govopen.testing.TopicPublisher;
import org.govopen.testing.TopicRecorder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * rules.md §2b annual report (政府信息公开工作年度报告, 国办公开办函〔2021〕30号; {@code AnnualReportRule}): table 二 counted
 * from the catalogue's documents and the figures entered by hand; 三 and 四 as request-service sent them over Kafka;
 * 六 with the head's yearly counts; draft → approved → published, as JSON, printable HTML and XLSX; the deadline of
 * every unit's report — a department by 31 January. Each test has units of its own, so other tests' documents do not
 * count.
 */
@QuarkusTest
@GovOpenTest
class AnnualReportTest extends CatalogTestSupport {

    static final String JIANGNAN = "nanning/jiangnan";
    static final String FINANCE = LAND_DEPT;

    @Inject
    AnnualReportService reports;

    @BeforeEach
    void unitsOfTheirOwn() {
        unit(JIANGNAN, "江南区", "DISTRICT", null);
    }

    private static String document(String number, String kind, String formedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("unit", JIANGNAN);
        body.put("documentNumber", number);
        body.put("title", "江南区文件（" + number + "）");
        body.put("attribute", "PROACTIVE");
        body.put("formedOn", formedOn);
        body.put("kind", kind);
        return given().header("Authorization", auth("clerk", JIANGNAN)).contentType("application/json").body(body)
                .post("/api/v1/documents").then().statusCode(201).body("kind", equalTo(kind)).extract().path("id");
    }

    private static ValidatableResponse draft(Map<String, Object> body) {
        return given().header("Authorization", auth("clerk", JIANGNAN)).contentType("application/json").body(body)
                .put("/api/v1/annual-reports/" + JIANGNAN + "/2026").then();
    }

    private static ValidatableResponse step(String step) {
        return given().header("Authorization", auth("supervisor", JIANGNAN)).contentType("application/json")
                .post("/api/v1/annual-reports/" + JIANGNAN + "/2026/" + step).then();
    }

    /** What request-service sends (govopen.request.annual-table.submitted.v1.json), abridged to two rows. */
    private static String requestTables(String generatedAt, long received) {
        return """
                {"year":2026,"unit":"%s","generatedAt":"%s",
                 "columns":["NATURAL_PERSON","COMMERCIAL_ENTERPRISE","TOTAL"],
                 "columnLabels":{"NATURAL_PERSON":"自然人","COMMERCIAL_ENTERPRISE":"法人或其他组织：商业企业","TOTAL":"总计"},
                 "rows":[{"code":"一","label":"本年新收政府信息公开申请数量","subtotal":false,"counts":{"NATURAL_PERSON":%d,"COMMERCIAL_ENTERPRISE":1,"TOTAL":%d}},
                         {"code":"二","label":"上年结转政府信息公开申请数量","subtotal":false,"counts":{"NATURAL_PERSON":0,"COMMERCIAL_ENTERPRISE":0,"TOTAL":0}}],
                 "remedyResultLabels":{"MAINTAINED":"结果维持","CORRECTED":"结果纠正","OTHER":"其他结果","PENDING":"尚未审结","TOTAL":"总计"},
                 "remedyColumns":[{"kind":"ADMINISTRATIVE_REVIEW","label":"行政复议","counts":{"MAINTAINED":1,"CORRECTED":0,"OTHER":0,"PENDING":0,"TOTAL":1}},
                                  {"kind":"LITIGATION_WITHOUT_REVIEW","label":"行政诉讼（未经复议直接起诉）","counts":{"MAINTAINED":0,"CORRECTED":0,"OTHER":0,"PENDING":1,"TOTAL":1}}],
                 "someLaterField":"ignored"}
                """.formatted(JIANGNAN, generatedAt, received, received + 1);
    }

    @Test
    void theReportIsGeneratedFromTheCatalogueTheFiguresAndRequestServicesTables_approvedPublishedAndPrintable() throws IOException {
        today("2026-06-01");
        document("江政规〔2025〕1号", "NORMATIVE", "2025-06-01");
        document("江政规〔2026〕1号", "NORMATIVE", "2026-02-01");
        String repealed = document("江政规〔2026〕2号", "NORMATIVE", "2026-03-01");
        document("江政发〔2026〕9号", "OTHER", "2026-04-01");
        given().header("Authorization", auth("clerk", JIANGNAN)).contentType("application/json")
                .body(Map.of("reason", "已被江政规〔2026〕3号废止", "obsoleteOn", "2026-05-01"))
                .post("/api/v1/documents/" + repealed + "/obsolete").then().statusCode(200);
        String policy = document("江政发〔2026〕10号", "OTHER", "2026-05-20");
        given().header("Authorization", auth("clerk", JIANGNAN)).contentType("application/json")
                .body(Map.of("form", "QUESTIONS_AND_ANSWERS", "title", "政策解读", "content", "问答", "draftingDepartment", "江南区政府办",
                        "interpreter", "区长", "interpreterIsHead", true))
                .post("/api/v1/documents/" + policy + "/interpretations").then().statusCode(201);
        given().header("Authorization", auth("clerk", JIANGNAN)).contentType("application/json").body(Map.of())
                .post("/api/v1/documents/" + policy + "/publication").then().statusCode(200);

        today("2027-01-10");
        Map<String, Object> parts = new HashMap<>(Map.of("overview", "2026年，江南区深入推进政务公开。\n<script>alert(1)</script>",
                "licensingDecisions", 120, "punishmentDecisions", 35, "enforcementDecisions", 2,
                "feesTenThousandYuan", new java.math.BigDecimal("12.50"), "headHearings", 2));
        draft(parts).statusCode(200).body("status", equalTo("DRAFT")).body("dueOn", equalTo("2027-03-31"))
                .body("missing", equalTo(java.util.List.of("requestTables", "problems")))
                .body("proactive.normativeDocuments.issued", equalTo(2))
                .body("proactive.normativeDocuments.repealed", equalTo(1))
                .body("proactive.normativeDocuments.inForce", equalTo(2))
                .body("proactive.regulations.issued", equalTo(0))
                .body("proactive.feesTenThousandYuan", equalTo(12.5f))
                .body("otherMatters.headInterpretations", equalTo(1))
                .body("otherMatters.headHeardDisclosureWork", equalTo(true))
                .body("requests", equalTo(null));
        step("approval").statusCode(409).contentType("application/problem+json")
                .body("missing", equalTo(java.util.List.of("requestTables", "problems")));

        TopicPublisher.publish(Topics.REQUEST_EVENTS, JIANGNAN, "govopen.request.annual-table.submitted", "/govopen/request",
                requestTables("2027-01-08T09:00:00+08:00", 7));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", auth("clerk", JIANGNAN))
                .get("/api/v1/annual-reports/" + JIANGNAN + "/2026").then().statusCode(200)
                .body("requests.rows[0].counts.TOTAL", equalTo(8)));
        // an older table delivered late does not replace the newer one
        TopicPublisher.publish(Topics.REQUEST_EVENTS, JIANGNAN, "govopen.request.annual-table.submitted", "/govopen/request",
                requestTables("2027-01-02T09:00:00+08:00", 99));
        TopicPublisher.publish(Topics.REQUEST_EVENTS, JIANGNAN, "govopen.request.annual-table.submitted", "/govopen/request",
                requestTables("2027-01-09T09:00:00+08:00", 3));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", auth("clerk", JIANGNAN))
                .get("/api/v1/annual-reports/" + JIANGNAN + "/2026").then().statusCode(200)
                .body("requests.rows[0].counts.TOTAL", equalTo(4)));

        parts.put("problems", "一是政策解读形式较单一。\n二是依申请公开答复质量有待提高。");
        parts.put("otherMatters", "本年度未收取信息处理费。");
        draft(parts).statusCode(200).body("missing", equalTo(java.util.List.of()));
        given().get("/api/v1/public/annual-reports/" + JIANGNAN + "/2026").then().statusCode(404);
        step("publication").statusCode(409);
        step("approval").statusCode(200).body("status", equalTo("APPROVED")).body("approvedOn", equalTo("2027-01-10"));
        draft(parts).statusCode(409);
        step("publication").statusCode(200).body("status", equalTo("PUBLISHED")).body("publishedOn", equalTo("2027-01-10"));

        given().get("/api/v1/public/annual-reports/" + JIANGNAN + "/2026").then().statusCode(200)
                .body("requests.remedyColumns.label", hasItem("行政复议"))
                .body("proactive.licensingDecisions", equalTo(120));
        String html = given().queryParam("format", "html").get("/api/v1/public/annual-reports/" + JIANGNAN + "/2026").then()
                .statusCode(200).contentType(containsString("text/html")).extract().asString();
        for (String expected : new String[] {"江南区2026年政府信息公开工作年度报告", "一、总体情况", "二、主动公开政府信息情况",
                "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
                "六、其他需要报告的事项", "第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项",
                "本年制发件数", "本年废止件数", "现行有效件数", "行政许可", "行政处罚", "行政强制", "行政事业性收费", "行政规范性文件",
                "本年收费金额（单位：万元）", "12.50", "三、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请数量",
                "法人或其他组织：商业企业", "行政诉讼（未经复议直接起诉）", "尚未审结", "五、存在的主要问题及改进情况", "二是依申请公开答复质量有待提高。",
                "主要负责人听取政务公开工作汇报 2 次", "主要负责人解读重要政策 1 件", "&lt;script&gt;"}) {
            assertTrue(html.contains(expected), "the printable report shows " + expected);
        }
        assertTrue(!html.contains("<script>"), "texts are escaped");

        byte[] xlsx = given().queryParam("format", "xlsx").get("/api/v1/public/annual-reports/" + JIANGNAN + "/2026").then()
                .statusCode(200).contentType(containsString("spreadsheetml")).header("Content-Disposition", containsString("attachment"))
                .extract().asByteArray();
        String strings = sharedStrings(xlsx);
        for (String expected : new String[] {"江南区2026年政府信息公开工作年度报告", "行政规范性文件", "本年处理决定数量", "行政复议", "结果维持"}) {
            assertTrue(strings.contains(expected), "the workbook holds " + expected);
        }
    }

    @Test
    void badPartsAreRefusedByField_andUnitsWithoutAReportAreRefused() {
        today("2027-01-10");
        draft(Map.of("licensingDecisions", -1)).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("licensingDecisions"));
        draft(Map.of("feesTenThousandYuan", new java.math.BigDecimal("1.234"))).statusCode(400).body("violations.field", hasItem("feesTenThousandYuan"));
        given().header("Authorization", auth("clerk", COMMUNITY)).contentType("application/json").body(Map.of())
                .put("/api/v1/annual-reports/" + COMMUNITY + "/2026").then().statusCode(400).body("violations.field", hasItem("unit"));
        given().header("Authorization", auth("clerk", JIANGNAN)).contentType("application/json").body(Map.of())
                .put("/api/v1/annual-reports/" + JIANGNAN + "/2030").then().statusCode(400).body("violations.field", hasItem("year"));
        given().header("Authorization", auth("clerk", JIANGNAN)).queryParam("format", "pdf")
                .get("/api/v1/annual-reports/" + JIANGNAN + "/2026").then().statusCode(400).body("violations.field", hasItem("format"));
        given().header("Authorization", auth("clerk", DISTRICT)).get("/api/v1/annual-reports/" + JIANGNAN + "/2026").then()
                .statusCode(403);
    }

    @Test
    void everyUnitsReportOfLastYearIsDue_aDepartmentsBy31January_warnedAndBreached() {
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS)) {
            today("2027-01-05");
            reports.openLastYearsDeadlines();
            given().header("Authorization", auth("supervisor", FINANCE)).get("/api/v1/annual-reports/" + FINANCE + "/2026").then()
                    .statusCode(200).body("department", equalTo(true)).body("dueOn", equalTo("2027-01-31"))
                    .body("due", containsString("1月31日"));
            today("2027-01-20");
            reports.openLastYearsDeadlines(); // opening again finds it open: nothing doubles
            given().header("Authorization", auth("supervisor", FINANCE)).queryParam("kind", "annual-report")
                    .get("/api/v1/deadlines").then().statusCode(200).body("total", equalTo(1))
                    .body("items[0].aggregateId", equalTo(FINANCE + "@2026"));
            RecordedEvent warning = alerts.await(e -> (FINANCE + "@2026").equals(e.subject()) && e.type().endsWith("warning"),
                    Duration.ofSeconds(20));
            assertEquals("annual-report", JsonPath.from(warning.data()).getString("deadlineKind"));
            today("2027-02-01");
            alerts.await(e -> (FINANCE + "@2026").equals(e.subject()) && e.type().endsWith("breach"), Duration.ofSeconds(20));
        }
    }

    /** The text of the workbook's parts, XML decoded (read through the zip's central directory, as spreadsheet programs do). */
    private static String sharedStrings(byte[] xlsx) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("annual-report", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                StringBuilder all = new StringBuilder();
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    if (e.getName().startsWith("xl/") && e.getName().endsWith(".xml")) {
                        try (var in = zip.getInputStream(e)) {
                            all.append(javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                                    .getDocumentElement().getTextContent());
                        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException x) {
                            throw new IOException(e.getName() + " is not XML", x);
                        }
                    }
                }
                return all.toString();
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
