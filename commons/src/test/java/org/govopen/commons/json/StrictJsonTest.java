package org.govopen.commons.json;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: what a body or parameter may hold is decided once, in the kernel, for every service. Control characters
 * (PostgreSQL refuses U+0000 with a 500), lenient JSON (enum positions, 1.5 for an integer, "12" for a number, text
 * after the JSON) and dates outside 2000–2099 are each a 400 naming the field; multi-line text stays allowed.
 * The bodies are JSON text, so {@code \\u0000} below is the JSON escape a client sends.
 */
@QuarkusTest
@GovOpenTest
class StrictJsonTest {

    private static ValidatableResponse post(String json) {
        return given().contentType("application/json").body(json).post("/test/input").then();
    }

    private static void refused(String json, String field, String messagePart) {
        post(json).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:govopen:problem:validation"))
                .body("violations[0].field", equalTo(field))
                .body("violations[0].message", containsString(messagePart));
    }

    // --- control characters ------------------------------------------------------------------------------------

    @Test
    void aNulInTextIsA400NamingTheFieldNotA500FromPostgres() {
        refused("{\"text\":\"受理\\u0000回执\"}", "text", "U+0000");
        refused("{\"text\":\"\\u0000\"}", "text", "第 1 个字符");
    }

    @Test
    void otherControlCharactersNonCharactersAndLoneSurrogatesAreRefused() {
        refused("{\"text\":\"a\\u0001\"}", "text", "U+0001");
        refused("{\"text\":\"a\\u000B\"}", "text", "U+000B");
        refused("{\"text\":\"a\\u001F\"}", "text", "U+001F");
        refused("{\"text\":\"a\\uFFFE\"}", "text", "U+FFFE");
        refused("{\"text\":\"a\\uFFFF\"}", "text", "U+FFFF");
        refused("{\"text\":\"a\\uD800b\"}", "text", "U+D800");
        refused("{\"text\":\"a\\uDC00\"}", "text", "U+DC00");
    }

    @Test
    void multiLineTextAndSupplementaryCharactersStayAllowed() {
        post("{\"text\":\"第一行\\n第二行\\r\\n\\t缩进 𠀀\"}").statusCode(200)
                .body("text", equalTo("第一行\n第二行\r\n\t缩进 𠀀"));
    }

    @Test
    void textInsideListsArraysMapsAndNestedObjectsIsCheckedToo() {
        refused("{\"tags\":[\"ok\",\"b\\u0007\"]}", "tags[1]", "U+0007");
        refused("{\"codes\":[\"x\",\"\\u0000\"]}", "codes[1]", "U+0000");
        refused("{\"labels\":{\"k\":\"v\\u0000\"}}", "labels.k", "U+0000");
        refused("{\"labels\":{\"k\\u0000\":\"v\"}}", "labels", "键名");
        refused("{\"nested\":{\"name\":\"\\u0000\"}}", "nested.name", "U+0000");
        refused("{\"parts\":[{\"aliases\":[\"ok\",\"\\u0002\"]}]}", "parts[0].aliases[1]", "U+0002");
        post("{\"extra\":{\"a\":[\"\\u0000\"]}}").statusCode(400)
                .body("violations[0].field", startsWith("extra"));
    }

    @Test
    void aControlCharacterInAQueryOrPathParameterIsA400NamingIt() {
        given().header("Authorization", Tokens.bearer("operator", "nanning"))
                .urlEncodingEnabled(false).get("/api/v1/deadlines?kind=%00")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("kind"));
        given().urlEncodingEnabled(false).get("/test/input/search/x?q=a%00b")
                .then().statusCode(400).body("violations[0].field", equalTo("q"));
        given().urlEncodingEnabled(false).get("/test/input/search/x?tag=ok&tag=%07")
                .then().statusCode(400).body("violations[0].field", equalTo("tag"));
        given().urlEncodingEnabled(false).get("/test/input/search/a%01b")
                .then().statusCode(400).body("violations[0].field", equalTo("segment"));
        given().urlEncodingEnabled(false).get("/test/input/search/x?q=%E7%AC%AC%E4%B8%80%0A%E7%AC%AC%E4%BA%8C%09%0D")
                .then().statusCode(200).body("q", equalTo("第一\n第二\t\r"));
    }

    /** A parameter far past the HTTP server's default 4 KB request line is a problem naming it, not a bare 414. */
    @Test
    void aParameterOfAHundredThousandCharactersIsA400NamingIt() {
        given().get("/test/input/search/x?q=" + "a".repeat(100_000))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("q"))
                .body("violations[0].message", org.hamcrest.Matchers.containsString("2000"));
        given().get("/test/input/search/x?q=" + "a".repeat(2000)).then().statusCode(200);
        // three of them in one request line of 300,000 characters still reach the check
        given().get("/test/input/search/x?q=" + "a".repeat(100_000) + "&tag=" + "b".repeat(100_000) + "&tag=" + "c".repeat(100_000))
                .then().statusCode(400).contentType("application/problem+json");
    }

    /**
     * A path of 100,000 characters is a 414 problem at once: matched against the resources' path templates it kept
     * both event loops of a service busy for minutes (each answer here would then time out).
     */
    @Test
    void aPathOfAHundredThousandCharactersIsA414Problem() {
        for (int i = 0; i < 4; i++) {
            given().get("/test/input/search/" + "a".repeat(100_000))
                    .then().statusCode(414).contentType("application/problem+json")
                    .body("type", equalTo("urn:govopen:problem:uri-too-long"))
                    .body("maxPathLength", equalTo(1024));
        }
        given().get("/test/input/search/" + "a".repeat(900)).then().statusCode(200);
    }

    // --- strict JSON -------------------------------------------------------------------------------------------

    @Test
    void anEnumByItsPositionIsRefused() {
        refused("{\"kind\":0}", "kind", "PLAIN");
        refused("{\"kind\":\"1\"}", "kind", "URGENT");
        post("{\"kind\":\"URGENT\"}").statusCode(200).body("kind", equalTo("URGENT"));
    }

    @Test
    void aFractionForAnIntegerIsRefused() {
        refused("{\"count\":1.5}", "count", "整数");
        refused("{\"pages\":2.0}", "pages", "整数");
        refused("{\"big\":1e3}", "big", "整数");
    }

    @Test
    void numbersAndBooleansInQuotesAreRefused() {
        refused("{\"count\":\"12\"}", "count", "不加引号");
        refused("{\"pages\":\"12\"}", "pages", "整数");
        refused("{\"count\":\"\"}", "count", "整数");
        refused("{\"share\":\"0.5\"}", "share", "数字");
        refused("{\"flag\":\"true\"}", "flag", "true 或 false");
        refused("{\"flag\":1}", "flag", "true 或 false");
    }

    @Test
    void aNumberOrBooleanWhereTextBelongsIsRefused() {
        // an 18-digit ID number sent as a JSON number has already lost its last digits in a JavaScript client
        refused("{\"text\":450103199001011238}", "text", "文本");
        refused("{\"text\":true}", "text", "文本");
    }

    @Test
    void wellTypedValuesStillPass() {
        post("{\"count\":12,\"pages\":3,\"big\":9007199254740993,\"share\":1,\"flag\":false,"
                + "\"on\":\"2026-10-08\",\"at\":\"2026-10-08T09:30:00+08:00\",\"days\":[\"2026-10-09\"]}")
                .statusCode(200).body("count", equalTo(12)).body("share", equalTo(1.0f))
                .body("on", equalTo("2026-10-08")).body("at", equalTo("2026-10-08T09:30:00+08:00"));
    }

    @Test
    void anEmptyStringForADateIsStillNotGiven() {
        post("{\"on\":\"\",\"at\":\"\"}").statusCode(200)
                .body("on", org.hamcrest.Matchers.nullValue()).body("at", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void anythingAfterTheJsonValueIsMalformed() {
        post("{\"count\":1} x").statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:govopen:problem:malformed-request"));
        post("{\"count\":1}{\"count\":2}").statusCode(400)
                .body("type", equalTo("urn:govopen:problem:malformed-request"))
                .body("detail", containsString("多余"));
        post("{\"count\":1} \n ").statusCode(200);
    }

    // --- dates -------------------------------------------------------------------------------------------------

    @Test
    void aDateBefore2000OrAfter2099IsA400NamingTheField() {
        refused("{\"on\":\"1999-12-31\"}", "on", "2000-01-01 至 2099-12-31");
        refused("{\"on\":\"2100-01-01\"}", "on", "超出允许范围");
        refused("{\"on\":\"0226-10-08\"}", "on", "超出允许范围");
        refused("{\"days\":[\"2026-10-08\",\"+20260-10-08\"]}", "days[1]", "超出允许范围");
        post("{\"on\":\"2000-01-01\"}").statusCode(200);
        post("{\"on\":\"2099-12-31\"}").statusCode(200);
    }

    /** An existing document may have been formed before 2000; a date marked @HistoricalDate goes back to 1949-10-01. */
    @Test
    void aHistoricalDateMayLieBefore2000_butNotBefore1949_andOtherDatesStayBounded() {
        post("{\"formedOn\":\"1996-03-17\"}").statusCode(200).body("formedOn", equalTo("1996-03-17"));
        refused("{\"formedOn\":\"1949-09-30\"}", "formedOn", "1949-10-01");
        refused("{\"formedOn\":\"2100-01-01\"}", "formedOn", "2099-12-31");
        refused("{\"on\":\"1996-03-17\"}", "on", "2000-01-01");
    }

    @Test
    void aTimeIsJudgedByItsDayInShanghai() {
        refused("{\"at\":\"2099-12-31T16:30:00Z\"}", "at", "2100-01-01"); // 2100-01-01 00:30 in Shanghai
        refused("{\"at\":\"1999-12-31T15:59:59Z\"}", "at", "1999-12-31");
        post("{\"at\":\"1999-12-31T16:00:00Z\"}").statusCode(200); // 2000-01-01 00:00 in Shanghai
    }

    @Test
    void aDateParameterOutOfRangeIsA400NamingIt() {
        given().get("/api/v1/calendar/days/1999-12-31").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("date"));
        given().get("/api/v1/calendar/due-date?from=2100-01-04&workingDays=5").then().statusCode(400)
                .body("violations[0].field", equalTo("from"));
        given().get("/test/input/search/x?day=1999-12-31").then().statusCode(400)
                .body("violations[0].field", equalTo("day"));
        given().get("/test/input/search/x?day=2026-10-08").then().statusCode(200).body("day", equalTo("2026-10-08"));
    }
}
