package org.govopen.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.govopen.catalog.CatalogTestSupport;
import org.govopen.testing.GovOpenTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public catalogue: browse, Chinese search that finds what a citizen means, and export. */
@QuarkusTest
@GovOpenTest
class PublicCatalogueTest extends CatalogTestSupport {

    private static String compensation;
    private static String assistance;
    private static String hearing;

    @BeforeEach
    void publishSomeEntries() {
        if (compensation != null) {
            return;
        }
        today("2026-11-02");
        compensation = publishedEntry(entryForm(DISTRICT, "征地补偿安置方案公告"));
        Map<String, Object> h = entryForm(DISTRICT, "征地听证告知书");
        h.put("content", "听证告知书及听证安排");
        hearing = publishedEntry(h);
        Map<String, Object> a = entryForm(DISTRICT, "城乡最低生活保障对象认定");
        a.put("domain", ASSISTANCE);
        a.put("firstLevelItem", "最低生活保障");
        a.put("secondLevelItem", "对象认定");
        a.put("content", "最低生活保障对象的申请条件、审核程序、保障标准及名单");
        a.put("legalBasis", "《社会救助暂行办法》");
        a.put("responsibleBody", "青秀区民政局");
        assistance = publishedEntry(a);
        // text that mentions the words only in passing ranks below names that carry them
        Map<String, Object> b = entryForm(DISTRICT, "建设项目批准服务");
        b.put("firstLevelItem", "项目批准");
        b.put("secondLevelItem", "批准信息");
        b.put("content", "重大建设项目批准和实施信息，涉及征地补偿的另行公开");
        publishedEntry(b);
        given().header("Authorization", auth("clerk", DISTRICT)).contentType("application/json")
                .body(Map.of("title", "2026年第三季度低保金发放名单", "body", "本季度最低生活保障金已按时发放", "formedOn", "2026-11-02",
                        "publishedOn", "2026-11-02"))
                .post("/api/v1/entries/" + assistance + "/items").then().statusCode(201);
    }

    @Test
    void searchFindsWhatACitizenMeans_rankedNamesFirst() {
        JsonPath land = given().get("/api/v1/public/search?q=征地补偿").then().statusCode(200).extract().jsonPath();
        List<String> ids = land.getList("items.id");
        assertEquals(compensation, ids.get(0), "the entry named 征地补偿… comes first");
        assertTrue(ids.size() >= 2 && !ids.contains(assistance), ids.toString());
        assertTrue(land.getDouble("items[0].rank") > land.getDouble("items[" + (ids.size() - 1) + "].rank"));

        // 低保 is what people say; the documents say 最低生活保障
        JsonPath dibao = given().get("/api/v1/public/search?q=低保").then().statusCode(200).extract().jsonPath();
        assertTrue(dibao.getList("items.entryId").contains(assistance), dibao.prettify());
        assertTrue(dibao.getList("items.kind").containsAll(List.of("entry", "item")), dibao.prettify());

        // one character still finds; nothing found is an empty page; the unit filter includes the units below
        given().get("/api/v1/public/search?q=听证").then().body("items[0].id", equalTo(hearing));
        given().get("/api/v1/public/search?q=保&kind=entry").then().body("items.id", hasItem(assistance));
        given().get("/api/v1/public/search?q=高速公路收费").then().statusCode(200).body("total", equalTo(0));
        given().get("/api/v1/public/search?q=征地&unit=" + STREET).then().body("total", equalTo(0));
        given().get("/api/v1/public/search?q=征地&unit=" + CITY).then().body("total", equalTo(3));
    }

    @Test
    void badSearchesAreNamed() {
        given().get("/api/v1/public/search").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("q"));
        given().get("/api/v1/public/search?q=" + "长".repeat(101)).then().statusCode(400).body("violations.field", hasItem("q"));
        given().get("/api/v1/public/search?q=低保&kind=page").then().statusCode(400).body("violations.field", hasItem("kind"));
        given().get("/api/v1/public/search?q=低保&size=0").then().statusCode(400).body("violations.field", hasItem("size"));
        given().get("/api/v1/public/entries?level=PROVINCE").then().statusCode(400).body("violations.field", hasItem("level"));
        given().get("/api/v1/public/search?q=低保&sort=title").then().statusCode(400).body("violations.field", hasItem("sort"));
        given().get("/api/v1/public/entries/" + compensation + "/versions/abc").then().statusCode(400)
                .body("violations.field", hasItem("version"));
        given().get("/api/v1/public/entries/" + compensation + "/diff?from=0&to=1").then().statusCode(400)
                .body("violations.field", hasItem("from"));
    }

    @Test
    void browseByUnitDomainAndLevel() {
        given().get("/api/v1/public/entries?unit=" + CITY + "&domain=" + ASSISTANCE).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].name", equalTo("城乡最低生活保障对象认定"));
        given().get("/api/v1/public/entries?unit=" + DISTRICT + "&level=COUNTY").then().body("total", equalTo(4));
        given().get("/api/v1/public/entries?unit=" + DISTRICT + "&level=TOWNSHIP").then().body("total", equalTo(0));
    }

    @Test
    void exportAsCsvInTheStandardLayout() {
        String csv = given().get("/api/v1/public/catalogue?unit=" + DISTRICT + "&format=csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertTrue(lines.get(0).startsWith("\uFEFF序号,领域,一级事项,二级事项,事项名称,公开内容（要素）,公开依据"), lines.get(0));
        assertEquals(5, lines.size(), csv);
        // pilot domains in their order: 征地补偿 (7th) before 社会救助 (18th)
        assertTrue(lines.get(1).startsWith("1,征地补偿,"), lines.get(1));
        assertTrue(lines.get(4).startsWith("4,社会救助,最低生活保障,对象认定,城乡最低生活保障对象认定"), lines.get(4));
        assertTrue(lines.get(1).contains(",√,,√,,√,,,1,2026-11-02"), lines.get(1));
    }

    @Test
    void exportAsXlsx() throws IOException {
        byte[] xlsx = given().get("/api/v1/public/catalogue?unit=" + DISTRICT + "&format=xlsx").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("filename*=UTF-8''"))
                .extract().asByteArray();
        StringBuilder xml = new StringBuilder();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("catalogue", ".xlsx");
        java.nio.file.Files.write(file, xlsx);
        // read through the central directory, as spreadsheet programs do (the workbook is streamed with data descriptors)
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().startsWith("xl/")) {
                    xml.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        String text = unescape(xml.toString());
        assertTrue(text.contains("公开事项标准目录"), text);
        assertTrue(text.contains("城乡最低生活保障对象认定"));
        assertTrue(text.contains("青秀区政务公开事项标准目录"));
        given().get("/api/v1/public/catalogue?unit=" + DISTRICT + "&format=pdf").then().statusCode(400)
                .body("violations.field", hasItem("format"));
        given().get("/api/v1/public/catalogue?unit=nanning/nowhere").then().statusCode(404);
    }

    /** XML character references (&#20844; or &#x516C;) back to characters. */
    private static String unescape(String xml) {
        return java.util.regex.Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(xml).replaceAll(m ->
                java.util.regex.Matcher.quoteReplacement(new String(Character.toChars(
                        Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16)))));
    }
}
