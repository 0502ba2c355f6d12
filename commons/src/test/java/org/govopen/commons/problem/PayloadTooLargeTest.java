package org.govopen.commons.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.govopen.testing.GovOpenTest;
import org.junit.jupiter.api.Test;

/** A body over quarkus.http.limits.max-body-size (2M in the kernel's defaults) is a 413 problem, not an empty 413. */
@QuarkusTest
@GovOpenTest
class PayloadTooLargeTest {

    private static String noteOf(int characters) {
        return "{\"text\":\"" + "a".repeat(characters) + "\"}";
    }

    @Test
    void aBodyOf2Point5MegabytesIsA413Problem() {
        given().contentType("application/json").body(noteOf(2_500_000)).post("/test/notes")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:govopen:problem:payload-too-large"))
                .body("title", equalTo("请求内容过大"))
                .body("status", equalTo(413))
                .body("maxBodySize", equalTo(2 * 1024 * 1024))
                .body("detail", containsString("2.0 MB"))
                .body("instance", equalTo("/test/notes"));
    }

    @Test
    void aBodyJustUnderTheLimitReachesTheResource() {
        // too long for the note's @Size(max = 20), so the resource's own validation answers
        given().contentType("application/json").body(noteOf(2 * 1024 * 1024 - 100)).post("/test/notes")
                .then().statusCode(400).body("violations[0].field", equalTo("text"));
    }

    @Test
    void theServiceAnswersNormallyAfterARefusedBody() {
        for (int i = 0; i < 3; i++) {
            given().contentType("application/json").body(noteOf(2_500_000)).post("/test/notes").then().statusCode(413);
            given().contentType("application/json").body(noteOf(5)).post("/test/notes").then().statusCode(200);
        }
    }
}
