package org.govopen.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govopen.catalog.CatalogTestSupport;
import org.govopen.testing.GovOpenTest;
import org.junit.jupiter.api.Test;

/**
 * rules.md §2b policy interpretation (政策解读, {@code InterpretationRule}): 谁起草、谁解读; published together with
 * its document and linked both ways; a document needing interpretation without one is refused at publication
 * (退文); an interpretation published later is recorded as late and shown in the inspection report.
 */
@QuarkusTest
@GovOpenTest
class PolicyInterpretationTest extends CatalogTestSupport {

    private static String document(String number, boolean needsInterpretation) {
        Map<String, Object> body = new HashMap<>();
        body.put("unit", DISTRICT);
        body.put("documentNumber", number);
        body.put("title", "关于印发青秀区征地补偿标准的通知（" + number + "）");
        body.put("attribute", "PROACTIVE");
        body.put("formedOn", "2026-08-20");
        body.put("needsInterpretation", needsInterpretation);
        body.put("draftingDepartment", "青秀区自然资源局");
        return given().header("Authorization", auth("clerk", DISTRICT)).contentType("application/json").body(body)
                .post("/api/v1/documents").then().statusCode(201)
                .body("needsInterpretation", equalTo(needsInterpretation)).extract().path("id");
    }

    private static ValidatableResponse publish(String id, String on) {
        return given().header("Authorization", auth("clerk", DISTRICT)).contentType("application/json")
                .body(on == null ? Map.of() : Map.of("publishedOn", on))
                .post("/api/v1/documents/" + id + "/publication").then();
    }

    private static ValidatableResponse interpret(String id, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>();
        body.put("form", "QUESTIONS_AND_ANSWERS");
        body.put("title", "征地补偿标准政策解读");
        body.put("content", "问：新标准何时施行？答：自发布之日起施行。");
        body.put("interpreter", "李某（局长）");
        body.put("interpreterIsHead", true);
        body.putAll(overrides);
        return given().header("Authorization", auth("clerk", DISTRICT)).contentType("application/json").body(body)
                .post("/api/v1/documents/" + id + "/interpretations").then();
    }

    @Test
    void aPolicyNeedingInterpretationIsRefusedAtPublicationWithoutOne_andPublishedWithItLinkedBothWays() {
        today("2026-09-01");
        String doc = document("青政发〔2026〕21号", true);
        publish(doc, null).statusCode(409).contentType("application/problem+json")
                .body("missing", equalTo(List.of("interpretation"))).body("detail", containsString("退文"));
        given().get("/api/v1/public/documents/" + doc).then().statusCode(404);

        String qa = interpret(doc, Map.of()).statusCode(201).body("publishedOn", equalTo(null))
                .body("draftingDepartment", equalTo("青秀区自然资源局")).body("formLabel", equalTo("简明问答"))
                .extract().path("id");
        publish(doc, null).statusCode(200).body("publishedOn", equalTo("2026-09-01"));
        publish(doc, null).statusCode(409);

        given().get("/api/v1/public/documents/" + doc).then().statusCode(200)
                .body("interpretations", hasSize(1))
                .body("interpretations[0].id", equalTo(qa))
                .body("interpretations[0].publishedOn", equalTo("2026-09-01"))
                .body("interpretations[0].link", equalTo("/api/v1/public/interpretations/" + qa));
        given().get("/api/v1/public/interpretations/" + qa).then().statusCode(200)
                .body("documentLink", equalTo("/api/v1/public/documents/" + doc))
                .body("documentNumber", equalTo("青政发〔2026〕21号"))
                .body("interpreterIsHead", equalTo(true)).body("daysLate", equalTo(0));
    }

    @Test
    void anInterpretationPublishedAfterItsDocumentIsLate_andTheInspectionReportShowsIt() {
        today("2026-09-01");
        String doc = document("青政发〔2026〕22号", false);
        publish(doc, "2026-08-28").statusCode(200);
        String unpublished = document("青政发〔2026〕23号", false);
        interpret(unpublished, Map.of()).statusCode(201);

        today("2026-09-08");
        String late = interpret(doc, Map.of("form", "GRAPHIC", "content", "", "materialsUrl", "https://www.qingxiu.gov.cn/jd/22.png"))
                .statusCode(201).body("publishedOn", equalTo("2026-09-08")).body("daysLate", equalTo(11))
                .extract().path("id");
        given().get("/api/v1/public/documents/" + doc).then().statusCode(200)
                .body("interpretations.id", equalTo(List.of(late)));

        given().header("Authorization", auth("supervisor", DISTRICT)).get("/api/v1/inspections/" + DISTRICT).then()
                .statusCode(200)
                .body("lateInterpretations.interpretationId", hasItem(late))
                .body("lateInterpretations.find { it.interpretationId == '" + late + "' }.daysLate", equalTo(11))
                .body("lateInterpretations.find { it.interpretationId == '" + late + "' }.documentPublishedOn", equalTo("2026-08-28"));
    }

    @Test
    void badInterpretationsAreRefusedNamingTheField() {
        today("2026-09-01");
        String doc = document("青政发〔2026〕24号", true);
        interpret(doc, Map.of("form", "BOGUS")).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("form"));
        interpret(doc, Map.of("interpreter", " ")).statusCode(400).body("violations.field", hasItem("interpreter"));
        interpret(doc, Map.of("content", " ")).statusCode(400).body("violations.field", hasItem("content"));
        interpret(doc, Map.of("materialsUrl", "ftp://x")).statusCode(400).body("violations.field", hasItem("materialsUrl"));
        given().header("Authorization", auth("clerk", DISTRICT)).get("/api/v1/documents/" + doc + "/interpretations")
                .then().statusCode(200).body("$", hasSize(0));
        publish(doc, "2026-08-01").statusCode(400).body("violations.field", hasItem("publishedOn"));
    }
}
