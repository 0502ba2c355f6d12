package org.govopen.commons.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Bad input, unknown ids, missing credentials, forbidden transitions: application/problem+json, never a 500. */
@QuarkusTest
@GovOpenTest
class ProblemDetailsTest {

    @Test
    void validationNamesEachInvalidField() {
        given().contentType("application/json").body("{\"text\":\"\",\"tags\":[\"ok\",\" \"]}")
                .post("/test/notes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:govopen:problem:validation"))
                .body("title", equalTo("请求内容不合法"))
                .body("violations.field", hasItems("text", "tags[1]"))
                .body("instance", equalTo("/test/notes"));
    }

    @Test
    void oversizedTextIsA400NamingTheField() {
        given().contentType("application/json").body("{\"text\":\"" + "长".repeat(21) + "\"}")
                .post("/test/notes")
                .then().statusCode(400).body("violations[0].field", equalTo("text"));
    }

    @Test
    void malformedJsonAndWrongTypesAre400() {
        given().contentType("application/json").body("{\"text\": ")
                .post("/test/notes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:govopen:problem:malformed-request"));
        given().contentType("application/json").body("{\"text\": \"a\", \"tags\": {\"x\": 1}}")
                .post("/test/notes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("tags"));
        given().contentType("application/json").body("")
                .post("/test/notes")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unknownIdIs404() {
        given().get("/test/notes/00000000-0000-0000-0000-000000000001")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:govopen:problem:not-found"))
                .body("detail", containsString("00000000-0000-0000-0000-000000000001"));
        given().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void missingOrBadTokenIs401AndMissingRoleIs403() {
        given().post("/test/notes/00000000-0000-0000-0000-000000000001/archive")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:govopen:problem:unauthorized"));
        given().header("Authorization", "Bearer not.a.jwt")
                .post("/test/notes/00000000-0000-0000-0000-000000000001/archive")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("clerk", "nanning/qingxiu"))
                .post("/test/notes/00000000-0000-0000-0000-000000000001/archive")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:govopen:problem:forbidden"));
    }

    @Test
    void aUnitOutsideTheTokensScopeIs403() {
        given().header("Authorization", Tokens.bearer("admin", "nanning/xingning"))
                .post("/test/notes/00000000-0000-0000-0000-000000000001/archive")
                .then().statusCode(403).body("detail", containsString("nanning/xingning"));
    }

    @Test
    void aForbiddenTransitionIs409NamingTheCurrentState() {
        given().header("Authorization", Tokens.bearer("admin", "nanning"))
                .post("/test/notes/00000000-0000-0000-0000-000000000001/archive")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:govopen:problem:illegal-transition"))
                .body("currentState", equalTo("ARCHIVED"))
                .body("detail", containsString("已归档"));
    }

    @Test
    void anUnexpectedErrorIs500WithAnErrorIdAndNoInternals() {
        given().get("/test/notes/boom")
                .then().statusCode(500).contentType("application/problem+json")
                .body("errorId", notNullValue())
                .body("detail", not(containsString("secret")));
    }

    @Test
    void aUniqueKeyTakenByACrossingRequestIs409NotA500() {
        String id = given().contentType("application/json").body(java.util.Map.of("text", "first"))
                .post("/test/notes").then().statusCode(200).extract().path("id");
        given().post("/test/notes/" + id + "/copy").then().statusCode(409).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("urn:govopen:problem:conflict"))
                .body("retryable", org.hamcrest.Matchers.equalTo(false));
    }

    @Test
    void aPageOrSizeThatIsNotANumberOrOutOfRangeIs400NamingIt() {
        String token = Tokens.bearer("operator", "nanning");
        given().header("Authorization", token).get("/api/v1/deadlines?page=abc")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:govopen:problem:validation"))
                .body("violations[0].field", equalTo("page"))
                .body("violations[0].message", containsString("abc"));
        given().header("Authorization", token).get("/api/v1/deadlines?size=x")
                .then().statusCode(400).body("violations[0].field", equalTo("size"));
        given().header("Authorization", token).get("/api/v1/deadlines?size=501")
                .then().statusCode(400).body("violations[0].field", equalTo("size"));
        given().header("Authorization", token).get("/api/v1/deadlines?page=-1")
                .then().statusCode(400).body("violations[0].field", equalTo("page"));
        given().header("Authorization", token).get("/api/v1/deadlines?overdue=maybe")
                .then().statusCode(400).body("violations[0].field", equalTo("overdue"));
        given().header("Authorization", token).get("/api/v1/deadlines?dueWithinDays=1.5")
                .then().statusCode(400).body("violations[0].field", equalTo("dueWithinDays"));
        given().header("Authorization", token).get("/api/v1/deadlines?dueWithinDays=9999")
                .then().statusCode(400).body("violations[0].field", equalTo("dueWithinDays"));
        given().header("Authorization", token).get("/api/v1/deadlines?page=0&size=10&overdue=")
                .then().statusCode(200).body("size", equalTo(10));
    }

    @Test
    void aBodyThatIsNotJsonIs415Problem() {
        given().contentType("text/plain").body("text=hello").post("/test/notes")
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("urn:govopen:problem:unsupported-media-type"));
    }
}
